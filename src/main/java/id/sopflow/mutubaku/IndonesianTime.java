package id.sopflow.mutubaku;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Times as Indonesian staff read them: "Senin, 23 November 2026 08.00 WITA". Durations are {@link DurationWords}.
 */
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
}
