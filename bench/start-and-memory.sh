#!/usr/bin/env bash
# Benchmark figure 5: seconds from `java -jar` to healthy on an existing database, and the idle resident memory
# (RSS) a minute later, over RUNS starts (median printed). The first start creates the H2 file database and
# deploys; it is not counted. Usage: bench/start-and-memory.sh target/sopflow-*.jar [RUNS]
# JVM options to compare go into BENCH_JAVA_OPTS (e.g. the README's recommended ones).
set -euo pipefail
jar=$(realpath "${1:?path of the application jar}")
runs=${2:-3}
idle=${BENCH_IDLE_SECONDS:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
port=$((20000 + RANDOM % 20000))

start_once() {
  local begin end pid
  begin=$(date +%s.%N)
  (cd "$work" && exec env SOPFLOW_PORT="$port" java ${BENCH_JAVA_OPTS:-} -jar "$jar" > "$work/log.txt" 2>&1) &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2> /dev/null; then echo "aplikasi berhenti, lihat $work/log.txt" >&2; cat "$work/log.txt" >&2; exit 1; fi
    sleep 0.1
  done
  end=$(date +%s.%N)
  awk -v a="$begin" -v b="$end" 'BEGIN {printf "%.2f\n", b - a}' > "$work/seconds"
  echo "$pid" > "$work/pid"
}

stop() {
  kill "$(cat "$work/pid")" && wait "$(cat "$work/pid")" 2> /dev/null || true
}

start_once; stop # creates ./data/sopflow and deploys
seconds=(); rss=()
for _ in $(seq "$runs"); do
  start_once
  seconds+=("$(cat "$work/seconds")")
  sleep "$idle"
  rss+=("$(awk '/VmRSS/ {print $2}' "/proc/$(cat "$work/pid")/status")")
  stop
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf 'BENCH cores=%s mulai-sampai-sehat detik=%.1f (min %.1f, maks %.1f, %s kali, basis data H2 yang sudah ada%s)\n' \
  "$(nproc)" "$(median "${seconds[@]}")" "$(printf '%s\n' "${seconds[@]}" | sort -n | head -1)" \
  "$(printf '%s\n' "${seconds[@]}" | sort -n | tail -1)" "$runs" "${BENCH_JAVA_OPTS:+, JVM: $BENCH_JAVA_OPTS}"
printf 'BENCH cores=%s memori-diam RSS MB=%d (%s detik setelah sehat, median %s kali)\n' \
  "$(nproc)" "$(( $(median "${rss[@]}" | cut -d. -f1) / 1024 ))" "$idle" "$runs"
