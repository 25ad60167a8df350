package id.sopflow.sop.profil;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

@PlainTest
class ProdeskelCsvTest {

    @Test
    void oneRowPerKampungSeparatedBySemicolonsWithDecimalCommasForIndonesianExcel() {
        byte[] csv = ProdeskelCsv.render(List.of(
                new ProdeskelRecord("kampung-sukamaju", "Kampung Sukamaju", 2026L, ProfilFixtures.plausibleProfile(),
                        "tim-profil", LocalDate.of(2026, 12, 1))));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("Kode wilayah (sopflow);Nama kampung/kelurahan;Tahun data;Luas wilayah (ha);"
                + "Batas sebelah utara;").endsWith(";Diverifikasi oleh;Tanggal verifikasi");
        assertThat(lines[0].split(";")).hasSize(3 + ProfilInstrument.FIELDS.size() + 2);
        assertThat(lines[1]).isEqualTo("kampung-sukamaju;Kampung Sukamaju;2026;125,5;Kampung Mekar Jaya;"
                + "Sungai Way Sekampung;Jalan Lintas Timur;\"Kelurahan Sido Mulyo; hutan rakyat\";4;12;1510;1490;3000;"
                + "850;700;20;150;40;200;120;300;3;1;4;6;1;tim-profil;2026-12-01");
    }

    @Test
    void quotesAndLineBreaksAreQuotedAndWholeDoublesLoseTheirDecimals() {
        Map<String, Object> profile = ProfilFixtures.plausibleProfile();
        profile.put(ProfilInstrument.BATAS_UTARA.key(), "Jalan \"Merdeka\"\nRT 01");
        profile.put(ProfilInstrument.PENDUDUK.key(), 3000.0);
        byte[] csv = ProdeskelCsv.render(List.of(new ProdeskelRecord("kampung-a", "Kampung A", null, profile,
                null, null)));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains(";\"Jalan \"\"Merdeka\"\"\nRT 01\";").contains(";3000;").endsWith(";;\r\n");
    }

    @Test
    void withoutVerifiedKampungOnlyTheHeaderIsWritten() {
        String text = new String(ProdeskelCsv.render(List.of()), StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(1);
    }
}
