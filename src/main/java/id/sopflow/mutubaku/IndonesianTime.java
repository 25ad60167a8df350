package id.sopflow.mutubaku;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Times and durations as Indonesian staff read them: "Senin, 23 November 2026 08.00 WITA", "1 jam 30 menit". */
public final class IndonesianTime {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH.mm", INDONESIAN);
    private static final Map<String, String> ZONE_NAMES = Map.of(
            "Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
            "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

    private IndonesianTime() {
    }

    public static String format(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone)) + " " + ZONE_NAMES.getOrDefault(zone.getId(), zone.getId());
    }

    public static String format(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return "kurang dari 1 menit";
        }
        long days = minutes / (24 * 60);
        long hours = minutes % (24 * 60) / 60;
        long rest = minutes % 60;
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(" hari ");
        }
        if (hours > 0) {
            text.append(hours).append(" jam ");
        }
        if (rest > 0) {
            text.append(rest).append(" menit");
        }
        return text.toString().trim();
    }
}
