package id.sopflow.mutubaku.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

@PlainTest
class ComplianceCsvTest {

    private static final String HEADER = "sop;langkahId;langkah;selesai;tepatWaktuPersen;medianKerja;medianKerjaTeks;"
            + "p90Kerja;p90KerjaTeks;mutuBaku;mutuBakuTeks\r\n";

    @Test
    void writesForIndonesianSpreadsheetsWithDurationsInWords() {
        byte[] csv = ComplianceCsv.write(List.of(
                new ComplianceRow("sipa-bermedsos", "userTask_laporkan", "Melaporkan kegiatan", 4,
                        new BigDecimal("50.0"), "PT45M", "PT2H", "PT1H", "45 menit kerja", "2 jam kerja",
                        "1 jam kerja")));

        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(text(csv)).isEqualTo(HEADER
                + "sipa-bermedsos;userTask_laporkan;Melaporkan kegiatan;4;50,0;PT45M;45 menit kerja;PT2H;2 jam kerja;"
                + "PT1H;1 jam kerja\r\n");
    }

    @Test
    void quotesFieldsWithSemicolonsQuotesAndLineBreaks() {
        byte[] csv = ComplianceCsv.write(List.of(
                new ComplianceRow("sipa-bermedsos", "userTask_verifikasi", "Verifikasi \"SIPA\"; konten\nmedsos", 1,
                        null, null, null, null, null, null, null)));

        assertThat(text(csv).split("\r\n")[1])
                .isEqualTo("sipa-bermedsos;userTask_verifikasi;\"Verifikasi \"\"SIPA\"\"; konten\nmedsos\";1;;;;;;;");
    }

    @Test
    void noRowsGiveTheHeaderAlone() {
        assertThat(text(ComplianceCsv.write(List.of()))).isEqualTo(HEADER);
    }

    private static String text(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }
}
