package id.sopflow.sop.sipa.feedback;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What the public may read of a published SIPA BERMEDSOS report. Deliberately without internal data: no case id on
 * the page, no reasons for rejection, no staff names.
 *
 * @param processInstanceId the case, for sopflow's own look-ups only; never rendered
 * @param photoSlots        the photo slots (1–3) that hold a photo
 * @param windowEnd         end of the feedback window
 * @param caseOpen          whether the case still runs (the window can only be open while it does)
 * @param zone              the time zone of the desa's organisation, for dates on the page
 */
public record PublicReport(
        String kodePublik,
        String processInstanceId,
        String desa,
        String organisasi,
        String jenis,
        boolean apbdes,
        String judul,
        String periode,
        String lokasi,
        String uraian,
        Long anggaran,
        Long realisasi,
        String alasanSelisih,
        List<String> links,
        List<Integer> photoSlots,
        Instant windowEnd,
        boolean caseOpen,
        ZoneId zone) {

    public boolean feedbackOpen(Instant now) {
        return caseOpen && windowEnd != null && now.isBefore(windowEnd);
    }
}
