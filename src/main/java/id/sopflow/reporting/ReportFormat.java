package id.sopflow.reporting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.sopflow.mutubaku.IndonesianTime;

/** Figures as they are written in Indonesian government reports. */
public final class ReportFormat {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final Pattern SIMPLE_DURATION = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?");

    private ReportFormat() {
    }

    /** {@code Rp 12.500.000}. */
    public static String rupiah(long amount) {
        return (amount < 0 ? "-Rp " : "Rp ") + String.format(INDONESIAN, "%,d", Math.abs(amount));
    }

    /** {@code 94,0%}. */
    public static String percent(double fraction) {
        return String.format(INDONESIAN, "%.1f%%", fraction * 100);
    }

    /**
     * A mutu-baku duration as the SOP writes it: {@code PT1H} = "1 jam", {@code P1D} = "1 hari kerja",
     * {@code P1M} = "1 bulan"; anything else (an expression) as written, null as "-".
     */
    public static String mutuBaku(String isoDuration) {
        if (isoDuration == null || isoDuration.isBlank()) {
            return "-";
        }
        Matcher m = SIMPLE_DURATION.matcher(isoDuration.strip().toUpperCase(Locale.ROOT));
        if (!m.matches() || isoDuration.strip().equalsIgnoreCase("P") || isoDuration.strip().endsWith("T")) {
            return isoDuration;
        }
        List<String> parts = new ArrayList<>();
        part(parts, m.group(1), "tahun");
        part(parts, m.group(2), "bulan");
        part(parts, m.group(3), "minggu kerja");
        part(parts, m.group(4), "hari kerja");
        Duration time = Duration.ofHours(number(m.group(5))).plusMinutes(number(m.group(6)))
                .plusSeconds(number(m.group(7)));
        if (!time.isZero()) {
            parts.add(IndonesianTime.format(time));
        }
        return parts.isEmpty() ? isoDuration : String.join(" ", parts);
    }

    /** "-" for a missing or blank value: an empty cell reads like an omission. */
    public static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value.strip();
    }

    private static void part(List<String> parts, String number, String unit) {
        if (number != null && Long.parseLong(number) > 0) {
            parts.add(Long.parseLong(number) + " " + unit);
        }
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}
