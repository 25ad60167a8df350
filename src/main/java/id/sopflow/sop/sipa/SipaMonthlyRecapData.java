package id.sopflow.sop.sipa;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * What the monthly recap for the Camat says: per desa of the kecamatan, the month's reports and questions; late
 * steps per actor; the desa that did not report.
 *
 * @param organisasi the kecamatan, e.g. "Kecamatan Paringin"
 * @param month      the month covered (in the kecamatan's time zone)
 */
public record SipaMonthlyRecapData(String organisasi, YearMonth month, String monthName, List<DesaRow> desa,
                                   List<LateRow> lateSteps, Instant composedAt, ZoneId zone) {

    /**
     * @param submitted         reports started by the desa in the month
     * @param rejected          verification decisions "Tidak" in the month
     * @param verified          verification decisions "Ya" in the month
     * @param posted            reports posted in the month
     * @param questions         questions received in the month
     * @param answered          of those, answered so far
     * @param answeredOnTime    of those, answered within the 8 working hours
     */
    public record DesaRow(String desaId, String desa, int submitted, int rejected, int verified, int posted,
                          int questions, int answered, int answeredOnTime) {
    }

    /** Late steps of one actor in one desa: how many steps of that actor were marked late in the month. */
    public record LateRow(String desa, String actor, String step, int count) {
    }

    public List<DesaRow> notReported() {
        return desa.stream().filter(row -> row.submitted() == 0).toList();
    }
}
