package id.sopflow.mutubaku;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a step's mutu-baku duration into a due instant counted in working time, and measures elapsed working time.
 *
 * <p>Office hours are read in {@code zone}: a kecamatan in Kalimantan Selatan counts in WITA
 * ({@code Asia/Makassar}), a kalurahan in Yogyakarta in WIB ({@code Asia/Jakarta}). A <em>working moment</em> is
 * an instant whose local time lies in one of the day's {@link WorkingPeriod}s (start inclusive, end exclusive) on a
 * {@linkplain #isWorkingDay working day}.
 *
 * <p>Semantics of {@link #addWorkingTime(Instant, String)} for an ISO 8601 duration
 * {@code PnYnMnWnDTnHnMnS}; the parts are applied in this order:
 * <ol>
 *   <li><b>Years and months</b> are calendar months: the local date-time plus that many months, the day of month
 *       clamped to the month's end (31 January + {@code P1M} = 28 or 29 February), then moved to the next working
 *       moment at or after it. A month of waiting is a month whatever the office hours.</li>
 *   <li><b>Days and weeks</b> are working days, a week being {@link WorkingWeek#workingDaysPerWeek()} of them
 *       (five in the civil-service week). The start is first moved to the next working moment; the result is the
 *       same local time of day that many working days later, or the next working moment after it when that time is
 *       not one on the target day (Friday 07:10 + {@code P1D} = Monday 07:30, because Monday starts at 07:30).</li>
 *   <li><b>Hours, minutes and seconds</b> are working time: only time inside working periods counts, so breaks,
 *       weekends and non-working dates are skipped. With the civil-service week, {@code PT1H} from Friday 15:30 is
 *       Monday 08:00. Work that ends exactly when a period ends is due at that end (Monday 07:30 + {@code PT4H30M}
 *       = Monday 12:00), not at the start of the next period.</li>
 * </ol>
 * A zero duration gives the next working moment at or after the start.
 */
public final class WorkingTimeCalendar {

    private static final Pattern ISO_DURATION = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?"
                    + "(T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)(?:[.,](\\d{1,9}))?S)?)?",
            Pattern.CASE_INSENSITIVE);

    private final ZoneId zone;
    private final WorkingWeek week;
    private final Set<LocalDate> nonWorkingDates;

    /**
     * @throws IllegalStateException if {@code week} has no office hours at all, because then no due date exists and
     *     the search for the next working day would never end
     */
    public WorkingTimeCalendar(ZoneId zone, WorkingWeek week, Set<LocalDate> nonWorkingDates) {
        this.zone = Objects.requireNonNull(zone, "Zona waktu wajib diisi");
        this.week = Objects.requireNonNull(week, "Jam kerja mingguan wajib diisi");
        this.nonWorkingDates = Set.copyOf(Objects.requireNonNull(nonWorkingDates, "Daftar hari libur wajib diisi"));
        if (week.workingDaysPerWeek() == 0) {
            throw new IllegalStateException(
                    "Jam kerja mingguan tidak memiliki jam kerja pada hari apa pun; batas waktu mutu baku tidak dapat"
                            + " dihitung. Tetapkan jam kerja untuk sedikitnya satu hari.");
        }
    }

    /**
     * The due instant of a step that starts at {@code start} and may take {@code isoDuration} (its mutu baku),
     * with the semantics described on this class.
     *
     * @throws IllegalArgumentException if {@code isoDuration} is empty, negative or not ISO 8601
     */
    public Instant addWorkingTime(Instant start, String isoDuration) {
        Objects.requireNonNull(start, "Waktu mulai wajib diisi");
        MutuBakuDuration duration = MutuBakuDuration.parse(isoDuration);
        Instant cursor = start;
        if (duration.months() > 0) {
            cursor = nextWorkingMoment(toInstant(toLocal(cursor).plusMonths(duration.months())));
        }
        long workingDays =
                Math.addExact(duration.days(), Math.multiplyExact(duration.weeks(), week.workingDaysPerWeek()));
        if (workingDays > 0) {
            cursor = plusWorkingDays(cursor, workingDays);
        }
        return plusWorkingTime(cursor, duration.time());
    }

    /** {@code t} itself if it is a working moment, else the start of the next working period. */
    public Instant nextWorkingMoment(Instant t) {
        LocalDateTime local = toLocal(t);
        LocalDate day = local.toLocalDate();
        if (isWorkingDay(day)) {
            for (WorkingPeriod period : week.periodsOn(day.getDayOfWeek())) {
                if (period.contains(local.toLocalTime())) {
                    return t;
                }
                if (local.toLocalTime().isBefore(period.start())) {
                    return toInstant(day, period.start());
                }
            }
        }
        LocalDate next = nextWorkingDayAfter(day);
        return toInstant(next, week.periodsOn(next.getDayOfWeek()).get(0).start());
    }

    /** A day with office hours in the working week that is not a holiday or cuti bersama. */
    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate date) {
        return !nonWorkingDates.contains(date) && !week.periodsOn(date.getDayOfWeek()).isEmpty();
    }

    /**
     * The average working day of this calendar's week (7½ hours in the civil-service week), so that a measured
     * working time can be read in days ({@link DurationWords#workingTime(Duration, Duration)}).
     */
    public Duration averageWorkingDay() {
        return week.weeklyTotal().dividedBy(week.workingDaysPerWeek());
    }

    /** A measured working time in this calendar's words: "1 hari 2 jam kerja". */
    public String words(Duration workingTime) {
        return DurationWords.workingTime(workingTime, averageWorkingDay());
    }

    /**
     * Working time between two instants, zero if {@code to} is not after {@code from}: how late a step is, or how
     * much working time it really took.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = toLocal(to).toLocalDate();
        for (LocalDate day = toLocal(from).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (WorkingPeriod period : week.periodsOn(day.getDayOfWeek())) {
                Instant overlapStart = latest(from, toInstant(day, period.start()));
                Instant overlapEnd = earliest(to, toInstant(day, period.end()));
                if (overlapEnd.isAfter(overlapStart)) {
                    total = total.plus(Duration.between(overlapStart, overlapEnd));
                }
            }
        }
        return total;
    }

    private Instant plusWorkingDays(Instant start, long workingDays) {
        LocalDateTime begin = toLocal(nextWorkingMoment(start));
        LocalDate day = begin.toLocalDate();
        for (long i = 0; i < workingDays; i++) {
            day = nextWorkingDayAfter(day);
        }
        return nextWorkingMoment(toInstant(day, begin.toLocalTime()));
    }

    private Instant plusWorkingTime(Instant start, Duration workingTime) {
        Instant cursor = nextWorkingMoment(start);
        Duration remaining = workingTime;
        while (true) {
            Instant periodEnd = endOfPeriodContaining(cursor);
            Duration available = Duration.between(cursor, periodEnd);
            if (remaining.compareTo(available) <= 0) {
                return cursor.plus(remaining);
            }
            remaining = remaining.minus(available);
            cursor = nextWorkingMoment(periodEnd);
        }
    }

    private Instant endOfPeriodContaining(Instant workingMoment) {
        LocalDateTime local = toLocal(workingMoment);
        WorkingPeriod period = week.periodsOn(local.getDayOfWeek()).stream()
                .filter(candidate -> candidate.contains(local.toLocalTime()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(workingMoment + " bukan waktu kerja"));
        return toInstant(local.toLocalDate(), period.end());
    }

    /**
     * Ends because the constructor guarantees a weekday with office hours and the set of non-working dates is
     * finite.
     */
    private LocalDate nextWorkingDayAfter(LocalDate day) {
        LocalDate candidate = day.plusDays(1);
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private LocalDateTime toLocal(Instant t) {
        return LocalDateTime.ofInstant(t, zone);
    }

    private Instant toInstant(LocalDateTime local) {
        return ZonedDateTime.of(local, zone).toInstant();
    }

    private Instant toInstant(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * A mutu-baku duration split the way it is counted: calendar months, working days and working weeks, and
     * working time. {@link java.time.Period} and {@link Duration} cannot hold it: the first turns a week into seven
     * days, the second a day into 24 hours.
     */
    private record MutuBakuDuration(long months, long weeks, long days, Duration time) {

        private static final String EXAMPLES =
                "Gunakan format ISO 8601, misalnya PT10M, PT1H, PT8H, P1D, P1M atau P1DT2H.";

        static MutuBakuDuration parse(String text) {
            if (text == null || text.isBlank()) {
                throw invalid(text, "kosong");
            }
            if (text.contains("-")) {
                throw invalid(text, "tidak boleh negatif");
            }
            Matcher m = ISO_DURATION.matcher(text.strip());
            if (!m.matches() || noPartGiven(m) || emptyTimePart(m)) {
                throw invalid(text, "bukan durasi ISO 8601");
            }
            try {
                long months = Math.addExact(Math.multiplyExact(number(m, 1), 12), number(m, 2));
                Duration time = Duration.ofHours(number(m, 6))
                        .plusMinutes(number(m, 7))
                        .plusSeconds(number(m, 8))
                        .plusNanos(nanos(m.group(9)));
                return new MutuBakuDuration(months, number(m, 3), number(m, 4), time);
            } catch (ArithmeticException | NumberFormatException e) {
                throw invalid(text, "angkanya terlalu besar");
            }
        }

        private static boolean noPartGiven(Matcher m) {
            for (int group : new int[] {1, 2, 3, 4, 6, 7, 8}) {
                if (m.group(group) != null) {
                    return false;
                }
            }
            return true;
        }

        /** {@code P1DT} matches the pattern but ISO 8601 requires a part after the {@code T}. */
        private static boolean emptyTimePart(Matcher m) {
            return m.group(5) != null && m.group(6) == null && m.group(7) == null && m.group(8) == null;
        }

        private static long number(Matcher m, int group) {
            return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
        }

        private static long nanos(String fraction) {
            return fraction == null ? 0 : Long.parseLong((fraction + "00000000").substring(0, 9));
        }

        private static IllegalArgumentException invalid(String text, String reason) {
            return new IllegalArgumentException(
                    "Durasi mutu baku '" + (text == null ? "" : text) + "' tidak sah: " + reason + ". " + EXAMPLES);
        }
    }
}
