package id.sopflow.mutubaku.api;

import java.math.BigDecimal;

/**
 * How one step of one SOP met its mutu baku over the finished steps of a period.
 *
 * @param sop              process definition key
 * @param langkahId        task definition key
 * @param langkah          the step's name in the diagram
 * @param selesai          number of completed steps
 * @param tepatWaktuPersen share of the completed steps that had a due date and ended at or before it, in percent
 *                         with one decimal; steps without a due date are left out of the share, and it is null when
 *                         none had one
 * @param medianKerja      median working time from start to end, ISO 8601 duration (nearest rank)
 * @param p90Kerja         90th percentile of the same (nearest rank)
 * @param mutuBaku         the time the diagram allows the step ({@code camunda:dueDate}), null if it sets none
 * @param medianKerjaTeks  the median in words, "1 jam 15 menit kerja"
 * @param p90KerjaTeks     the 90th percentile in words
 * @param mutuBakuTeks     the mutu baku in words, "1 jam kerja"
 */
public record ComplianceRow(
        String sop,
        String langkahId,
        String langkah,
        int selesai,
        BigDecimal tepatWaktuPersen,
        String medianKerja,
        String p90Kerja,
        String mutuBaku,
        String medianKerjaTeks,
        String p90KerjaTeks,
        String mutuBakuTeks) {
}
