package id.sopflow.reporting;

import java.util.Locale;

/** Figures as they are written in Indonesian government reports. */
public final class ReportFormat {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

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

    /** "-" for a missing or blank value: an empty cell reads like an omission. */
    public static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value.strip();
    }
}
