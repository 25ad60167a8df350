package id.sopflow.mutubaku;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations in the words Indonesian staff use for working time: "1 jam kerja", "3 hari kerja",
 * "2 jam 15 menit kerja". The one formatter for both kinds of duration sopflow shows: a mutu baku as the diagram
 * writes it (an ISO 8601 duration, counted as {@link WorkingTimeCalendar} counts it) and a working time measured by
 * {@link WorkingTimeCalendar#workingTimeBetween} (how long a step took, how late it is).
 *
 * <p>Calendar months and years are not working time ("1 bulan"); days, weeks, hours and minutes are, so they carry
 * "kerja" once at the end of their run.
 */
public final class DurationWords {

    private static final Pattern SIMPLE_DURATION = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");
    private static final String WORKING = "kerja";

    private DurationWords() {
    }

    /**
     * A mutu baku as words: {@code PT1H} = "1 jam kerja", {@code P3D} = "3 hari kerja", {@code P1M} = "1 bulan",
     * {@code P1DT3H} = "1 hari 3 jam kerja". Anything that is not a plain ISO duration (an expression such as
     * {@code ${batasWaktu}}) is shown as written; null or blank as "-".
     */
    public static String mutuBaku(String isoDuration) {
        if (isoDuration == null || isoDuration.isBlank()) {
            return "-";
        }
        String text = isoDuration.strip().toUpperCase(Locale.ROOT);
        Matcher m = SIMPLE_DURATION.matcher(text);
        if (!m.matches() || text.equals("P") || text.endsWith("T")) {
            return isoDuration;
        }
        List<String> calendar = new ArrayList<>();
        count(calendar, number(m.group(1)), "tahun");
        count(calendar, number(m.group(2)), "bulan");
        List<String> working = new ArrayList<>();
        count(working, number(m.group(3)), "minggu");
        count(working, number(m.group(4)), "hari");
        clock(working, Duration.ofHours(number(m.group(5))).plusMinutes(number(m.group(6)))
                .plusSeconds(number(m.group(7))));
        if (!working.isEmpty()) {
            working.add(WORKING);
        }
        calendar.addAll(working);
        return calendar.isEmpty() ? "0 menit " + WORKING : String.join(" ", calendar);
    }

    /** A measured working time in hours and minutes: "2 jam 15 menit kerja", "kurang dari 1 menit kerja". */
    public static String workingTime(Duration workingTime) {
        return workingTime(workingTime, null);
    }

    /**
     * A measured working time with whole working days counted as days: with a 7½-hour working day, 22½ hours is
     * "3 hari kerja" and 9 hours "1 hari 1 jam 30 menit kerja".
     *
     * @param workingDay the length of one working day ({@link WorkingTimeCalendar#averageWorkingDay()}), or null to
     *                   count only hours and minutes
     */
    public static String workingTime(Duration workingTime, Duration workingDay) {
        if (workingTime == null) {
            return "-";
        }
        if (workingTime.toMinutes() < 1) {
            return workingTime.isZero() || workingTime.isNegative() ? "0 menit " + WORKING
                    : "kurang dari 1 menit " + WORKING;
        }
        List<String> parts = new ArrayList<>();
        Duration rest = workingTime;
        if (workingDay != null && workingDay.toMinutes() > 0) {
            long days = workingTime.toMinutes() / workingDay.toMinutes();
            count(parts, days, "hari");
            rest = workingTime.minus(workingDay.multipliedBy(days));
        }
        clock(parts, rest);
        parts.add(WORKING);
        return String.join(" ", parts);
    }

    /** Wall-clock time, nights and holidays included: "2 hari 3 jam 15 menit". */
    public static String calendarTime(Duration time) {
        if (time == null) {
            return "-";
        }
        if (time.toMinutes() < 1) {
            return time.isZero() || time.isNegative() ? "0 menit" : "kurang dari 1 menit";
        }
        List<String> parts = new ArrayList<>();
        count(parts, time.toDays(), "hari");
        clock(parts, time.minusDays(time.toDays()));
        return String.join(" ", parts);
    }

    private static void clock(List<String> parts, Duration time) {
        count(parts, time.toHours(), "jam");
        count(parts, time.toMinutesPart(), "menit");
        if (parts.isEmpty() && !time.isZero()) {
            parts.add(time.toSeconds() + " detik");
        }
    }

    private static void count(List<String> parts, long number, String unit) {
        if (number > 0) {
            parts.add(number + " " + unit);
        }
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}
