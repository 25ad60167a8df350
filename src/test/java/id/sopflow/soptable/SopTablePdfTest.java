package id.sopflow.soptable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

/**
 * The printed SOP read back with PDFBox: the header fields, every row's kegiatan and waktu, the actors as column
 * heads and the decisions' Ya/Tidak labels. The pages are also rendered to {@code target/sop-cetak/} to be looked at.
 */
@PlainTest
class SopTablePdfTest {

    @Test
    void sipaBermedsosPrintsItsHeaderRowsActorsAndDecision() throws IOException {
        SopTable table = DiagramTableReaderTest.read("sipa-bermedsos");

        String text = printAndRead(table, "Kecamatan Paringin");

        assertThat(text).contains("KECAMATAN PARINGIN", "Nomor SOP", "067.21/24/CPAR/2023", "03 Januari 2023",
                "30 Januari 2023", "Camat Paringin", "MHSRINAWATI, S.Sos", "NIP. 19720421 199603 2 005",
                "Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah", "Disimpan sebagai laporan",
                "Verifikasi laporan dan konten", "Kualifikasi Pelaksana");
        assertThat(text).contains("Pemerintah Desa", "Admin", "Kasi dan Tim Teknis", "Camat", "Kelengkapan", "Waktu",
                "Output", "Keterangan", "Uraian Kegiatan");
        assertThat(text).contains("Mulai", "Selesai", "Ya", "Tidak");
        assertEveryRow(table, text);
    }

    @Test
    void ppidPrintsElevenRowsOverPagesWithBothDecisions() throws IOException {
        SopTable table = DiagramTableReaderTest.read("ppid-penyebarluasan-informasi");

        String text = printAndRead(table, "PPID Kalurahan Bunder");

        assertThat(text).contains("PPID KALURAHAN BUNDER", "01/KPTS/2024", "Lurah Bunder selaku Atasan PPID",
                "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik", "Jaringan internet",
                "Dilaksanakan sesuai dengan ketentuan yang berlaku", "SOP Penyusunan Daftar Informasi dan Komunikasi");
        assertThat(text).contains("Ketua PPID", "Seksi Pengolahan Data dan Dokumentasi Informasi", "Admin Medsos");
        assertThat(count(text, "Tidak")).as("Tidak of rows 4 and 6").isGreaterThanOrEqualTo(2);
        assertThat(count(text, "Ya")).isGreaterThanOrEqualTo(2);
        assertEveryRow(table, text);
    }

    /**
     * The flowchart sits in the right columns: on the step page, Mulai under the first row's actor (Pemerintah Desa),
     * Selesai under the last row's (Kasi dan Tim Teknis), and the jump circle of row 2's Tidak ("1") under the column
     * of row 1's actor, where it goes back to.
     */
    @Test
    void sipaSymbolsSitInTheirActorsColumns() throws IOException {
        SopTable table = DiagramTableReaderTest.read("sipa-bermedsos");
        byte[] pdf = SopTablePdf.render(table, "Kecamatan Paringin");

        Map<String, Float> centres = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float left = positions.get(0).getXDirAdj();
                    TextPosition last = positions.get(positions.size() - 1);
                    centres.putIfAbsent(text.strip(), (left + last.getXDirAdj() + last.getWidthDirAdj()) / 2);
                }
            };
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            stripper.getText(document);
        }

        assertThat(centres.get("Mulai")).isCloseTo(centres.get("Pemerintah Desa"), within(3f));
        assertThat(centres.get("Selesai")).isCloseTo(centres.get("Kasi dan Tim"), within(3f));
        assertThat(centres.get("1")).as("circle of row 2's Tidak, in row 1's column")
                .isCloseTo(centres.get("Pemerintah Desa"), within(3f));
        assertThat(centres.get("Tidak")).isLessThan(centres.get("Admin")).isGreaterThan(centres.get("1"));
    }

    /** A long actor name breaks after its slash, never inside a word ("Kampung/Kel" + "urahan" before). */
    @Test
    void anActorHeadingBreaksAfterItsSlashNotInsideAWord() throws IOException {
        SopTable table = DiagramTableReaderTest.read("profil-desa-kelurahan");
        String text = printAndRead(table, "profil-desa-kelurahan");
        assertThat(text).contains("Kampung/ Kelurahan").doesNotContain("Kel urahan");
    }

    @Test
    void everyHandDrawnSopPrints() throws IOException {
        for (String key : new String[] {"setwan-bapinanduan", "profil-desa-kelurahan"}) {
            SopTable table = DiagramTableReaderTest.read(key);
            assertEveryRow(table, printAndRead(table, key));
        }
    }

    /**
     * Back to paper from a table-generated diagram too: the two service SOPs committed as generated diagrams print
     * with their header, actors as column heads, every row and the Ya/Tidak of their decisions.
     */
    @Test
    void everyTableGeneratedSopPrints() throws IOException {
        SopTable pengaduan = DiagramTableReaderTest.read("pengaduan-masyarakat");
        String text = printAndRead(pengaduan, "Kecamatan Paringin");
        assertThat(text).contains("KECAMATAN PARINGIN", "065/07/CPAR/2025 (contoh)", "Disahkan oleh",
                "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Admin Pengaduan", "Kasi", "Camat",
                "Mulai", "Selesai");
        assertThat(count(text, "Tidak")).as("Tidak of rows 1 and 5").isGreaterThanOrEqualTo(2);
        assertEveryRow(pengaduan, text);

        SopTable domisili = DiagramTableReaderTest.read("surat-keterangan-domisili");
        text = printAndRead(domisili, "Kecamatan Paringin");
        assertThat(text).contains("Kasi Pemerintahan", "Sekretaris Desa", "Kepala Desa", "Mulai", "Selesai");
        assertEveryRow(domisili, text);
    }

    /**
     * Row 1 of the pengaduan SOP is a first-column decision: its Ya leaves right (to row 3, a circle in the Camat
     * column) and the circle of row 2's jump back ("2") sits in the Kasi column it crosses. That circle is under the
     * Ya line, not threaded on it.
     */
    @Test
    void anIncomingJumpIsNotThreadedOnAnOutgoingLine() throws IOException {
        byte[] pdf = SopTablePdf.render(DiagramTableReaderTest.read("pengaduan-masyarakat"), "Kecamatan Paringin");

        Map<String, float[]> at = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    float left = positions.get(0).getXDirAdj();
                    TextPosition last = positions.get(positions.size() - 1);
                    float centre = (left + last.getXDirAdj() + last.getWidthDirAdj()) / 2;
                    String key = text.strip();
                    float[] header = at.get(key.equals("2") ? "Kasi" : key.equals("3") ? "Camat" : "");
                    if (header == null || Math.abs(centre - header[0]) < 3) {
                        at.putIfAbsent(key, new float[] {centre, last.getYDirAdj()});
                    }
                }
            };
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }

        assertThat(at).containsKeys("2", "3");
        assertThat(Math.abs(at.get("2")[1] - at.get("3")[1])).as("circle 2 off the Ya line to circle 3")
                .isGreaterThan(6.5f);
    }

    private static void assertEveryRow(SopTable table, String text) {
        String flat = text;
        for (SopTable.Row row : table.rows()) {
            assertThat(flat).as("row %d", row.number()).contains(row.kegiatan().replaceAll("\\s+", " "));
            assertThat(flat).as("waktu of row %d", row.number()).contains(row.waktu().asWritten());
        }
    }

    private static int count(String text, String word) {
        return text.split(word, -1).length - 1;
    }

    private static String printAndRead(SopTable table, String organisation) throws IOException {
        byte[] pdf = SopTablePdf.render(table, organisation);
        Path dir = Path.of("target", "sop-cetak");
        Files.createDirectories(dir);
        Files.write(dir.resolve(table.header().processKey() + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("landscape").isGreaterThan(page.getHeight());
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 110);
                ImageIO.write(image, "png", new File(dir.toFile(), table.header().processKey() + "-" + (i + 1) + ".png"));
            }
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
