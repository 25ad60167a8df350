package id.sopflow.sop.sipa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import id.sopflow.reporting.StepRecord;
import id.sopflow.reporting.StepRecord.State;
import id.sopflow.sop.sipa.SipaProgressReportData.Question;
import id.sopflow.sop.CaseReportLayout.Decision;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

/** The progress report of a hand-made case, read back from the PDF as text. Times are WITA (Kecamatan Paringin). */
@PlainTest
class SipaProgressReportRendererTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        pdf = new SipaProgressReportRenderer().render(data(List.of(
                new Question("Ibu Sari", "Kapan jalan usaha tani selesai?", at("2026-11-02T14:00"),
                        "Selesai akhir bulan ini.", "Admin SIPA (admin-sipa)", at("2026-11-02T15:00"),
                        at("2026-11-03T14:30")),
                new Question(null, "Berapa panjang jalannya?", at("2026-11-02T14:30"),
                        "Panjangnya 850 meter.", "Pemerintah Desa Babayau (pemdes-babayau)", at("2026-11-04T08:00"),
                        at("2026-11-03T15:00")),
                new Question("Pak Udin", "Mengapa drainase belum dibuat?", at("2026-11-04T09:00"), null, null,
                        null, at("2026-11-05T09:00")))));
        text = text(pdf);
    }

    @Test
    void isAnA4DocumentTitledAsTheReport() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Laporan Perkembangan SIPA BERMEDSOS — Desa Babayau (contoh)");
        }
    }

    @Test
    void carriesTheLetterheadSopNumberAndDesa() {
        assertThat(text).contains("PEMERINTAH KABUPATEN BALANGAN KECAMATAN PARINGIN "
                        + "LAPORAN PERKEMBANGAN SIPA BERMEDSOS SOP SIPA BERMEDSOS Nomor 067.21/24/CPAR/2023")
                .contains("Desa : Desa Babayau (contoh)")
                .contains("Kode laporan : SIPA-7Q2M")
                .contains("Disusun pada : Rabu, 4 November 2026 10.05 WITA")
                .contains("Laporan Perkembangan SIPA BERMEDSOS — Desa Babayau (contoh) — halaman 2");
    }

    @Test
    void showsTheReportOfTheDesaWithRupiahFigures() {
        assertThat(text).contains("Jenis laporan : Realisasi APBDes "
                + "Judul : Pembangunan jalan usaha tani RT 03 "
                + "Periode : Oktober 2026 "
                + "Lokasi : RT 03 Desa Babayau "
                + "Uraian : Pengerasan jalan usaha tani sepanjang 850 meter. "
                + "Anggaran : Rp 12.500.000 "
                + "Realisasi : Rp 11.750.000 "
                + "Sisa anggaran : Rp 750.000 "
                + "Persentase realisasi : 94,0% "
                + "Pelapor : Pemerintah Desa Babayau (pemdes-babayau)");
    }

    @Test
    void listsEveryVerificationRoundWithItsReason() {
        assertThat(text).contains("Laporan dinyatakan terverifikasi pada putaran ke-2 dari 2 putaran verifikasi.")
                .contains("Putaran Diverifikasi oleh Waktu Keputusan Alasan "
                        + "1 Admin SIPA (admin-sipa) Senin, 2 November 2026 09.00 WITA Dikembalikan untuk diperbaiki "
                        + "Foto kegiatan belum dilampirkan "
                        + "2 Admin SIPA (admin-sipa) Senin, 2 November 2026 13.30 WITA Terverifikasi -");
    }

    @Test
    void listsThePostLinksAndChannel() {
        assertThat(text).contains("Saluran : Facebook (diunggah otomatis oleh sopflow)")
                .contains("Tautan publikasi: • https://www.facebook.com/desababayau/posts/1001 "
                        + "• https://www.instagram.com/p/DesaBabayau1001/");
    }

    @Test
    void theLinksCanBeClicked() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getAnnotations())
                    .filteredOn(PDAnnotationLink.class::isInstance)
                    .extracting(link -> ((PDActionURI) ((PDAnnotationLink) link).getAction()).getURI())
                    .containsExactly("https://www.facebook.com/desababayau/posts/1001",
                            "https://www.instagram.com/p/DesaBabayau1001/");
        }
    }

    @Test
    void countsQuestionsAndTellsWhichWereAnsweredOnTime() {
        assertThat(text).contains("3 diterima; 2 ditanggapi (1 tepat waktu, 1 terlambat); 1 tidak ditanggapi.")
                .contains("1 Senin, 2 November 2026 14.00 WITA Ibu Sari: Kapan jalan usaha tani selesai? "
                        + "Selesai akhir bulan ini. Senin, 2 November 2026 15.00 WITA oleh Admin SIPA (admin-sipa) "
                        + "Tepat waktu")
                .contains("2 Senin, 2 November 2026 14.30 WITA Berapa panjang jalannya? Panjangnya 850 meter. "
                        + "Rabu, 4 November 2026 08.00 WITA oleh Pemerintah Desa Babayau (pemdes-babayau) Terlambat")
                .contains("3 Rabu, 4 November 2026 09.00 WITA Pak Udin: Mengapa drainase belum dibuat? - - "
                        + "Tidak ditanggapi");
    }

    @Test
    void measuresEveryStepAgainstItsMutuBaku() {
        assertThat(text).contains("2 dari 4 langkah yang selesai memenuhi mutu baku; 1 langkah tercatat terlambat.")
                .contains("Langkah Mulai Selesai Durasi kerja Mutu baku Tepat waktu Tercatat terlambat")
                .contains("Laporkan kegiatan Senin, 2 November 2026 08.00 WITA Senin, 2 November 2026 08.30 WITA "
                        + "30 menit kerja 1 jam kerja Ya Tidak")
                .contains("Verifikasi laporan Senin, 2 November 2026 10.15 WITA Senin, 2 November 2026 13.30 WITA "
                        + "2 jam 15 menit kerja 1 jam kerja Tidak Ya")
                .contains("Tanggapi pertanyaan Senin, 2 November 2026 14.30 WITA Rabu, 4 November 2026 08.00 WITA "
                        + "9 jam 30 menit kerja 8 jam kerja Tidak Tidak")
                .contains("Tanggapi pertanyaan Rabu, 4 November 2026 09.00 WITA Rabu, 4 November 2026 10.00 WITA "
                        + "1 jam kerja 8 jam kerja Dibatalkan Tidak")
                .contains("Kirim ulang laporan Senin, 2 November 2026 09.00 WITA Belum selesai 20 menit kerja 1 jam kerja "
                        + "Belum selesai Tidak");
    }

    @Test
    void saysWhenNothingWasAskedOrPosted() throws IOException {
        String empty = text(new SipaProgressReportRenderer().render(new SipaProgressReportData(
                "Desa Lok Batu (contoh)", null, null, "Kegiatan pembangunan", "Posyandu", null, null, null, null,
                null, null, List.of(), List.of(), null, List.of(), List.of(), at("2026-11-04T10:05"), WITA,
                "kasus-2")));

        assertThat(empty).contains("Kode laporan : -")
                .contains("Belum ada verifikasi yang tercatat.")
                .contains("Belum ada tautan publikasi yang tercatat.")
                .contains("Tidak ada pertanyaan, pernyataan atau keluhan dari masyarakat selama masa tanggapan.")
                .contains("Belum ada langkah yang tercatat.")
                .doesNotContain("Anggaran");
    }

    private static SipaProgressReportData data(List<Question> questions) {
        return new SipaProgressReportData(
                "Desa Babayau (contoh)", "SIPA-7Q2M", "Pemerintah Desa Babayau (pemdes-babayau)",
                "Realisasi APBDes", "Pembangunan jalan usaha tani RT 03", "Oktober 2026", "RT 03 Desa Babayau",
                "Pengerasan jalan usaha tani sepanjang 850 meter.", 12_500_000L, 11_750_000L, null,
                List.of(new Decision(null, 1, "Admin SIPA (admin-sipa)", at("2026-11-02T09:00"), false,
                                "Foto kegiatan belum dilampirkan"),
                        new Decision(null, 2, "Admin SIPA (admin-sipa)", at("2026-11-02T13:30"), true, null)),
                List.of("https://www.facebook.com/desababayau/posts/1001",
                        "https://www.instagram.com/p/DesaBabayau1001/"),
                "facebook",
                questions,
                List.of(step("Laporkan kegiatan", "2026-11-02T08:00", "2026-11-02T08:30", Duration.ofMinutes(30),
                                "PT1H", State.DONE, true, false),
                        step("Verifikasi laporan", "2026-11-02T10:15", "2026-11-02T13:30", Duration.ofMinutes(135),
                                "PT1H", State.DONE, false, true),
                        step("Tanggapi pertanyaan", "2026-11-02T14:00", "2026-11-02T15:00", Duration.ofHours(1),
                                "PT8H", State.DONE, true, false),
                        step("Tanggapi pertanyaan", "2026-11-02T14:30", "2026-11-04T08:00", Duration.ofMinutes(570),
                                "PT8H", State.DONE, false, false),
                        step("Tanggapi pertanyaan", "2026-11-04T09:00", "2026-11-04T10:00", Duration.ofHours(1),
                                "PT8H", State.CANCELLED, null, false),
                        step("Kirim ulang laporan", "2026-11-02T09:00", null, Duration.ofMinutes(20),
                                "PT1H", State.OPEN, null, false)),
                at("2026-11-04T10:05"), WITA, "kasus-1");
    }

    private static StepRecord step(String name, String start, String end, Duration workingTime, String mutuBaku,
                                   State state, Boolean onTime, boolean recordedLate) {
        return new StepRecord("task-" + name, "userTask_x", name, at(start), end == null ? null : at(end), null,
                mutuBaku, workingTime,
                state, onTime, recordedLate);
    }

    private static Instant at(String localWita) {
        return LocalDateTime.parse(localWita).atZone(WITA).toInstant();
    }

    /**
     * The text in drawing order, whitespace collapsed: a table cell's text stays together however it wraps, and
     * cells follow each other row by row.
     */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").strip();
        }
    }
}
