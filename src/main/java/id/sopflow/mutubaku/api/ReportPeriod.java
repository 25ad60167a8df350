package id.sopflow.mutubaku.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The days a report covers, both ends inclusive; an end left out is open. Days are calendar days where the work
 * was done: a step is counted on the local date of its end in the time zone of its organisation, so "1 November"
 * means 1 November in WITA for Kecamatan Paringin and in WIB for PPID Bunder.
 *
 * @param from first day, or null for no lower bound
 * @param to   last day, or null for no upper bound
 */
record ReportPeriod(LocalDate from, LocalDate to) {

    ReportPeriod {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("Rentang tanggal tidak sah: 'dari' (" + from + ") jatuh setelah "
                    + "'sampai' (" + to + "). Tukar kedua tanggal itu.");
        }
    }

    /** Reads the query parameters {@code dari} and {@code sampai} (ISO dates such as 2026-11-01). */
    static ReportPeriod parse(String dari, String sampai) {
        return new ReportPeriod(date("dari", dari), date("sampai", sampai));
    }

    boolean contains(Instant moment, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(moment, zone);
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /**
     * A safe superset of the period in any time zone, for the database query; {@link #contains} then decides per
     * step in its own zone. Time zones lie within a day of UTC.
     */
    Instant earliestPossible() {
        return from == null ? null : from.minusDays(1).atStartOfDay(ZoneId.of("UTC")).toInstant();
    }

    /** @see #earliestPossible() */
    Instant latestPossible() {
        return to == null ? null : to.plusDays(2).atStartOfDay(ZoneId.of("UTC")).toInstant();
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1900 || date.getYear() > 2999) {
                // Far-off years overflow the time arithmetic of the query; no report spans them.
                throw new InvalidRequestException("Parameter '" + parameter + "' tidak sah: tahun " + date.getYear()
                        + " di luar jangkauan 1900–2999.");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("Parameter '" + parameter + "' tidak sah: '" + value
                    + "' bukan tanggal. Gunakan format TTTT-BB-HH, misalnya 2026-11-01.");
        }
    }
}
