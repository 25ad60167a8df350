#!/usr/bin/env bash
# Benchmark figure 5: seconds from `java -jar` to healthy on an existing database, and the idle resident memory
# (RSS) a while later, over RUNS starts (median printed). The first start creates the H2 file database and
# deploys; it is not counted. Usage: bench/start-and-memory.sh target/sopflow-*.jar [RUNS]
#
# BENCH_JAVA_OPTS   JVM options to compare (e.g. the README's recommended ones).
# BENCH_LAYOUT      jar (default): the fat jar as built, classes read from jars nested in it;
#                   extracted: `java -Djarmode=tools -jar … extract` first, then `java -jar` of the extracted jar,
#                   as the Docker image runs it; cds: extracted plus a class data sharing archive made by one
#                   training start (README "Start and memory").
# BENCH_IDLE_SECONDS seconds after healthy before RSS is read (default 60).
#
# Besides the wall-clock seconds each start prints the CPU seconds the JVM used until healthy (all its threads, the
# JIT compilers included) and the load average: on a machine shared with other work the wall clock mostly measures
# the others, the CPU seconds much less so.
set -euo pipefail
jar=$(realpath "${1:?path of the application jar}")
runs=${2:-3}
idle=${BENCH_IDLE_SECONDS:-60}
layout=${BENCH_LAYOUT:-jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
port=$((20000 + RANDOM % 20000))
ticks=$(getconf CLK_TCK)
java_opts=(${BENCH_JAVA_OPTS:-})

case "$layout" in
  jar) ;;
  extracted | cds)
    java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
    jar="$work/app/$(basename "$jar")"
    ;;
  *) echo "BENCH_LAYOUT: jar, extracted atau cds" >&2; exit 2 ;;
esac

start_once() {
  local begin end pid
  begin=$(date +%s.%N)
  (cd "$work" && exec env SOPFLOW_PORT="$port" java "${java_opts[@]}" -jar "$jar" > "$work/log.txt" 2>&1) &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2> /dev/null; then echo "aplikasi berhenti, lihat $work/log.txt" >&2; cat "$work/log.txt" >&2; exit 1; fi
    sleep 0.1
  done
  end=$(date +%s.%N)
  awk -v a="$begin" -v b="$end" 'BEGIN {printf "%.2f\n", b - a}' > "$work/seconds"
  awk -v t="$ticks" '{printf "%.2f\n", ($14 + $15) / t}' "/proc/$pid/stat" > "$work/cpu"
  echo "$pid" > "$work/pid"
}

stop() {
  kill "$(cat "$work/pid")" && wait "$(cat "$work/pid")" 2> /dev/null || true
}

start_once; stop # creates ./data/sopflow and deploys
if [ "$layout" = cds ]; then
  # One training start that stops once the context is refreshed (engine built, nothing served) and writes the
  # classes it loaded into the archive the measured starts map.
  (cd "$work" && SOPFLOW_PORT="$port" java "${java_opts[@]}" -XX:ArchiveClassesAtExit="$work/app/app.jsa" \
      -Dspring.context.exit=onRefresh -jar "$jar" > "$work/training.txt" 2>&1)
  java_opts+=("-XX:SharedArchiveFile=$work/app/app.jsa")
fi
seconds=(); cpu=(); rss=()
for _ in $(seq "$runs"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  start_once
  seconds+=("$(cat "$work/seconds")")
  cpu+=("$(cat "$work/cpu")")
  sleep "$idle"
  rss+=("$(awk '/VmRSS/ {print $2}' "/proc/$(cat "$work/pid")/status")")
  echo "start: $(cat "$work/seconds") detik, CPU $(cat "$work/cpu") detik, RSS $(( ${rss[-1]} / 1024 )) MB (beban $load)"
  stop
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf 'BENCH cores=%s mulai-sampai-sehat detik=%.1f (min %.1f, maks %.1f, %s kali, basis data H2 yang sudah ada, %s%s)\n' \
  "$(nproc)" "$(median "${seconds[@]}")" "$(printf '%s\n' "${seconds[@]}" | sort -n | head -1)" \
  "$(printf '%s\n' "${seconds[@]}" | sort -n | tail -1)" "$runs" "$layout" "${BENCH_JAVA_OPTS:+, JVM: $BENCH_JAVA_OPTS}"
printf 'BENCH cores=%s mulai-sampai-sehat CPU detik=%.1f (min %.1f, maks %.1f)\n' \
  "$(nproc)" "$(median "${cpu[@]}")" "$(printf '%s\n' "${cpu[@]}" | sort -n | head -1)" \
  "$(printf '%s\n' "${cpu[@]}" | sort -n | tail -1)"
printf 'BENCH cores=%s memori-diam RSS MB=%d (%s detik setelah sehat, median %s kali)\n' \
  "$(nproc)" "$(( $(median "${rss[@]}" | cut -d. -f1) / 1024 ))" "$idle" "$runs"
