package id.sopflow.soptable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.sopflow.soptable.SopTable.Row;
import id.sopflow.soptable.SopTable.Target;
import id.sopflow.testkit.PlainTest;

/** Which rows of a table run per desa/unit, and the tables whose per-unit rows cannot run as one part. */
@PlainTest
class UnitPartTest {

    @Test
    void profilsPokjaRowsAndTheTimsVerificationThatSendsDataBackArePerKampung() throws IOException {
        SopTable profil = SopTableReader.read(Path.of("sop-tabel", "profil-desa-kelurahan.csv"));

        UnitPart part = UnitPart.of(profil).orElseThrow();

        assertThat(part.first()).isEqualTo(8);
        assertThat(part.last()).as("row 10's Tidak goes back to row 8").isEqualTo(10);
        assertThat(part.exit()).isEqualTo(new Target(11));
        SopTable child = part.childTable(profil);
        assertThat(child.rows()).extracting(Row::number).containsExactly(8, 9, 10);
        assertThat(child.row(10).decision().ya()).as("on to row 11 = this unit is done").isEqualTo(Target.SELESAI);
        assertThat(child.row(10).decision().tidak()).isEqualTo(new Target(8));
        assertThat(child.actors()).extracting(actor -> actor.group()).containsExactly("profil-tim", "profil-pokja");
        assertThat(part.mainTable(profil).rows()).extracting(Row::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13);
    }

    @Test
    void anSopStartedPerUnitOrWithoutPerUnitRowsHasNoPart() throws IOException {
        assertThat(UnitPart.of(SopTableReader.read(Path.of("sop-tabel", "sipa-bermedsos.csv")))).isEmpty();
        assertThat(UnitPart.of(SopTableReader.read(Path.of("sop-tabel", "surat-keterangan-domisili.csv")))).isEmpty();
        assertThat(UnitPart.of(SopTableReader.read(Path.of("sop-tabel", "pengaduan-masyarakat.csv")))).isEmpty();
    }

    @Test
    void aPartEnteredInTheMiddleOrLeftToTwoPlacesIsNamed() throws IOException {
        SopTable profil = SopTableReader.read(Path.of("sop-tabel", "profil-desa-kelurahan.csv"));
        List<Row> rows = new ArrayList<>(profil.rows());
        Row five = profil.row(5);
        // The Kadis's Tidak goes straight to the Pokja's hand-over (row 9), in the middle of rows 8–10.
        rows.set(4, new Row(5, five.kegiatan(), five.actor(), five.kelengkapan(), five.waktu(), five.output(),
                five.keterangan(), null, new SopTable.Decision(five.decision().question(), new Target(6),
                new Target(9))));
        Row nine = profil.row(9);
        rows.set(8, new Row(9, nine.kegiatan(), nine.actor(), nine.kelengkapan(), nine.waktu(), nine.output(),
                nine.keterangan(), null, new SopTable.Decision("Data lengkap?", new Target(10), Target.SELESAI)));

        List<String> problems = UnitPart.problems(new SopTable(profil.header(), profil.actors(), rows));

        assertThat(problems).containsExactly(
                "Baris 5 menuju baris 9, di tengah bagian per desa/unit (baris 8–10); bagian itu hanya dapat dimasuki"
                        + " dari baris pertamanya (8).",
                "Bagian per desa/unit (baris 8–10) keluar ke lebih dari satu tempat (SELESAI, baris 11); setelah semua"
                        + " desa/unit selesai, kasus berlanjut ke satu tempat saja.");
    }

    @Test
    void theChoiceIsReadAsTasklistAndRestSendIt() {
        assertThat(UnitChoice.split("[\"kampung-a\",\"kampung-b\",\"kampung-a\"]"))
                .containsExactly("kampung-a", "kampung-b");
        assertThat(UnitChoice.split(" kampung-a, ,kampung-b")).containsExactly("kampung-a", "kampung-b");
        assertThat(UnitChoice.split(List.of("kampung-a"))).containsExactly("kampung-a");
        assertThat(UnitChoice.split("")).isEmpty();
    }
}
