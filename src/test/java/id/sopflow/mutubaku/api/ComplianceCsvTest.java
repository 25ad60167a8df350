package id.sopflow.mutubaku.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceCsvTest {

    @Test
    void writesHeaderAndOneLinePerRowWithCrlf() {
        String csv = ComplianceCsv.write(List.of(
                new ComplianceRow("sipa-bermedsos", "userTask_laporkan", "Melaporkan kegiatan", 4,
                        new BigDecimal("50.0"), "PT45M", "PT2H", "PT1H")));

        assertThat(csv).isEqualTo(
                "sop,langkahId,langkah,selesai,tepatWaktuPersen,medianKerja,p90Kerja,mutuBaku\r\n"
                        + "sipa-bermedsos,userTask_laporkan,Melaporkan kegiatan,4,50.0,PT45M,PT2H,PT1H\r\n");
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        String csv = ComplianceCsv.write(List.of(
                new ComplianceRow("sipa-bermedsos", "userTask_verifikasi", "Verifikasi \"SIPA\", konten\nmedsos", 1,
                        null, null, null, null)));

        assertThat(csv.split("\r\n")[1])
                .isEqualTo("sipa-bermedsos,userTask_verifikasi,\"Verifikasi \"\"SIPA\"\", konten\nmedsos\",1,,,,");
    }

    @Test
    void noRowsGiveTheHeaderAlone() {
        assertThat(ComplianceCsv.write(List.of()))
                .isEqualTo("sop,langkahId,langkah,selesai,tepatWaktuPersen,medianKerja,p90Kerja,mutuBaku\r\n");
    }
}
