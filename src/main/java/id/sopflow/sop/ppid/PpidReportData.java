package id.sopflow.sop.ppid;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import id.sopflow.publishing.Platform;
import id.sopflow.reporting.StepRecord;
import id.sopflow.sop.CaseReportLayout.Decision;

/**
 * What the "Laporan Penyebarluasan Informasi" says about one case (rows 10 and 11), gathered by {@link
 * PpidDisseminationReport} and laid out by {@link PpidReportRenderer}.
 *
 * @param organisasi   display name of the organisation, e.g. "PPID Kalurahan Bunder"
 * @param ketua        who instructed (display name)
 * @param tanggalKegiatan the activity's date, ISO {@code yyyy-MM-dd}
 * @param lampiran     file names of the bahan's attachments
 * @param texts        the approved post text of each platform that has one
 * @param gambar       file names of the approved images
 * @param rounds       every review round of both gates, in the order decided
 * @param posts        one line per chosen platform, in platform order
 * @param steps        every step against its mutu baku, in the order they started
 * @param composedAt   when the report was composed
 * @param zone         the organisation's zone, for every time shown
 * @param caseId       the process instance, so that the Ketua can find it in Cockpit
 */
public record PpidReportData(
        String organisasi,
        String judul,
        String tanggalKegiatan,
        String ringkasan,
        String ketua,
        String disposisi,
        List<String> lampiran,
        String instruksiSeksi,
        Map<Platform, String> texts,
        List<String> gambar,
        List<Decision> rounds,
        String catatanPengantar,
        List<Post> posts,
        String catatanLaporan,
        List<StepRecord> steps,
        Instant composedAt,
        ZoneId zone,
        String caseId) {

    public PpidReportData {
        lampiran = List.copyOf(lampiran);
        texts = Map.copyOf(texts);
        gambar = List.copyOf(gambar);
        rounds = List.copyOf(rounds);
        posts = List.copyOf(posts);
        steps = List.copyOf(steps);
    }

    /**
     * One chosen platform's posting (row 9).
     *
     * @param link    the post's link, null when none was recorded
     * @param channel {@code otomatis} or {@code manual}, null when none was recorded
     */
    public record Post(Platform platform, String link, String channel) {
    }
}
