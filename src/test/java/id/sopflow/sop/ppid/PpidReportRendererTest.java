package id.sopflow.sop.ppid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.sopflow.publishing.Platform;
import id.sopflow.reporting.StepRecord;
import id.sopflow.reporting.StepRecord.State;
import id.sopflow.sop.ppid.PpidReportData.Post;
import id.sopflow.sop.CaseReportLayout.Decision;
import id.sopflow.testkit.PlainTest;

/**
 * The Laporan Penyebarluasan Informasi of a hand-made case, read back from the PDF as text with whitespace collapsed
 * (a table cell stays together however it wraps; cells follow row by row). Times are WIB.
 */
@PlainTest
class PpidReportRendererTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final String WEBSITE = "https://bunder.example.go.id/berita/kerja-bakti";
    private static final String FACEBOOK = "https://www.facebook.com/kalurahan.bunder/posts/1";

    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        pdf = new PpidReportRenderer().render(new PpidReportData("PPID Kalurahan Bunder", "Kerja bakti irigasi",
                "2026-11-20", "Warga membersihkan saluran.", "Ketua PPID Kalurahan Bunder (ketua-ppid)",
                "Sebarluaskan hari ini.", List.of("notulen.pdf"), "Siapkan materi website dan Facebook.",
                Map.of(Platform.WEBSITE, "Berita kerja bakti.", Platform.FACEBOOK, "Kerja bakti hari ini!"),
                List.of("kerja-bakti.jpg"),
                List.of(new Decision("Seksi PDDI", 1, "Seksi PDDI (seksi-pddi)", at("2026-11-23T09:20"), false,
                                "Foto kurang jelas."),
                        new Decision("Seksi PDDI", 2, "Seksi PDDI (seksi-pddi)", at("2026-11-23T10:05"), true, null),
                        new Decision("Ketua PPID", 1, "Ketua PPID (ketua-ppid)", at("2026-11-23T10:20"), true, null)),
                "Mohon persetujuan.",
                List.of(new Post(Platform.WEBSITE, WEBSITE, "manual"),
                        new Post(Platform.FACEBOOK, FACEBOOK, "otomatis")),
                "Semua sudah tayang.",
                List.of(new StepRecord("t1", PpidElements.BERI_INSTRUKSI, "Terima disposisi dan beri instruksi",
                        at("2026-11-23T09:00"), at("2026-11-23T09:08"), at("2026-11-23T09:10"), "PT10M",
                        Duration.ofMinutes(8), State.DONE, true, false),
                        new StepRecord("t2", PpidElements.SUSUN_KONSEP, "Telaah bahan dan susun konsep materi medsos",
                                at("2026-11-23T09:08"), at("2026-11-23T10:30"), at("2026-11-23T10:08"), "PT60M",
                                Duration.ofMinutes(82), State.DONE, false, true)),
                at("2026-11-23T11:00"), WIB, "kasus-1"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ").strip();
        }
    }

    @Test
    void carriesThePpidLetterheadTitleAndSop() {
        assertThat(text).contains("PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID)", "KALURAHAN BUNDER",
                "KAPANEWON PATUK", "LAPORAN PENYEBARLUASAN INFORMASI", "01/KPTS/2024");
    }

    @Test
    void saysWhatWasInstructedApprovedAndPosted() {
        assertThat(text).contains("Kerja bakti irigasi", "Jumat, 20 November 2026", "notulen.pdf",
                "Sebarluaskan hari ini.", "Siapkan materi website dan Facebook.", "Berita kerja bakti.",
                "Kerja bakti hari ini!", "kerja-bakti.jpg", "Mohon persetujuan.", "Semua sudah tayang.",
                "Manual oleh Admin Medsos", "Otomatis oleh sopflow");
    }

    @Test
    void listsEveryReviewRoundWithTheReasonInWib() {
        assertThat(text).contains("3 keputusan tercatat; materi dikembalikan kepada Admin Medsos untuk diperbaiki "
                + "1 kali.", "Seksi PDDI 1 Seksi PDDI (seksi-pddi) Senin, 23 November 2026 09.20 WIB Tidak Foto "
                + "kurang jelas.", "Ketua PPID 1 Ketua PPID (ketua-ppid) Senin, 23 November 2026 10.20 WIB Ya -");
    }

    @Test
    void measuresEachStepAgainstItsMutuBaku() {
        assertThat(text).contains("1 dari 2 langkah yang selesai memenuhi mutu baku; 1 langkah tercatat terlambat.",
                "Telaah bahan dan susun konsep materi medsos Senin, 23 November 2026 09.08 WIB Senin, 23 November "
                        + "2026 10.30 WIB 1 jam 22 menit kerja 1 jam kerja Tidak Ya");
    }

    @Test
    void everyLinkIsClickable() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> uris = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            assertThat(uris).containsExactly(WEBSITE, FACEBOOK);
        }
    }

    private static Instant at(String wib) {
        return LocalDateTime.parse(wib).atZone(WIB).toInstant();
    }
}
