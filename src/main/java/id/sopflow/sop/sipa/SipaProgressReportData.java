package id.sopflow.sop.sipa;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import id.sopflow.reporting.StepRecord;
import id.sopflow.sop.CaseReportLayout.Decision;

/**
 * What the "Laporan Perkembangan SIPA BERMEDSOS" says about one case (SOP row 5), gathered from the case's history
 * by {@link SipaProgressReportHistory} and laid out by {@link SipaProgressReportRenderer}.
 *
 * @param desa          display name of the desa
 * @param kodePublik    the report's public code (business key)
 * @param pelapor       who reported for the desa (display name)
 * @param jenisLaporan  label of the kind of report
 * @param anggaran      Rupiah, null when not given
 * @param realisasi     Rupiah, null when not given
 * @param links         the post links, output of row 3
 * @param rounds        every verification by the Admin / Tim SIPA (row 2), in the order decided
 * @param channel       which channel posted ({@code facebook}, {@code manual})
 * @param steps         every step against its mutu baku, in the order they started
 * @param composedAt    when the report was composed
 * @param zone          the organisation's zone, for every time shown
 * @param caseId        the process instance, so that a supervisor can open it in Cockpit
 */
public record SipaProgressReportData(
        String desa,
        String kodePublik,
        String pelapor,
        String jenisLaporan,
        String judul,
        String periode,
        String lokasi,
        String uraian,
        Long anggaran,
        Long realisasi,
        String alasanSelisih,
        List<Decision> rounds,
        List<String> links,
        String channel,
        List<Question> questions,
        List<StepRecord> steps,
        Instant composedAt,
        ZoneId zone,
        String caseId) {

    public SipaProgressReportData {
        rounds = List.copyOf(rounds);
        links = List.copyOf(links);
        questions = List.copyOf(questions);
        steps = List.copyOf(steps);
    }

    /**
     * One question, statement or complaint from Masyarakat and its answer (row 4).
     *
     * @param asker      the citizen's name as given, null when anonymous
     * @param received   when it came in
     * @param answer     the answer, null when not answered
     * @param answeredBy who answered (display name), null when not answered or unknown
     * @param answeredAt when the answer was given, null when not answered
     * @param due        by when it had to be answered (8 working hours), null when unknown
     */
    public record Question(String asker, String question, Instant received, String answer, String answeredBy,
                           Instant answeredAt, Instant due) {

        public boolean answered() {
            return answeredAt != null;
        }

        /** True or false once answered with a known due date; null otherwise. */
        public Boolean onTime() {
            return answeredAt == null || due == null ? null : !answeredAt.isAfter(due);
        }
    }
}
