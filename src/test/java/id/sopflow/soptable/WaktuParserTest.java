package id.sopflow.soptable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.sopflow.mutubaku.DurationWords;
import id.sopflow.testkit.PlainTest;

@PlainTest
class WaktuParserTest {

    /** As written on paper | ISO duration of the diagram | how sopflow reads it back to staff. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10 menit                    | PT10M    | 10 menit kerja
            30 Menit                    | PT30M    | 30 menit kerja
            60 menit                    | PT60M    | 1 jam kerja
            1 Jam                       | PT1H     | 1 jam kerja
            8 Jam                       | PT8H     | 8 jam kerja
            3jam                        | PT3H     | 3 jam kerja
            1,5 jam                     | PT1H30M  | 1 jam 30 menit kerja
            0.25 jam                    | PT15M    | 15 menit kerja
            1 jam 30 menit              | PT1H30M  | 1 jam 30 menit kerja
            2 jam 15 mnt                | PT2H15M  | 2 jam 15 menit kerja
            1 hari                      | P1D      | 1 hari kerja
            1 hari kerja                | P1D      | 1 hari kerja
            3 hari                      | P3D      | 3 hari kerja
            14 (empat belas) hari kerja | P14D     | 14 hari kerja
            1 x 24 jam                  | P1D      | 1 hari kerja
            2x24 Jam                    | P2D      | 2 hari kerja
            1 hari 3 jam                | P1DT3H   | 1 hari 3 jam kerja
            2 minggu                    | P2W      | 2 minggu kerja
            1 pekan                     | P1W      | 1 minggu kerja
            1 bulan                     | P1M      | 1 bulan
            1 Bulan                     | P1M      | 1 bulan
            1 tahun                     | P1Y      | 1 tahun
            """)
    void readsTheWordsOfPaperSops(String written, String iso, String readBack) {
        SopTable.Waktu waktu = WaktuParser.parse(written);

        assertThat(waktu.asWritten()).isEqualTo(written.strip());
        assertThat(waktu.isoDuration()).isEqualTo(iso);
        assertThat(DurationWords.mutuBaku(waktu.isoDuration())).isEqualTo(readBack);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sebentar            | "sebentar" bukan waktu yang dapat dibaca; tulis angka dan satuan
            10                  | "10" bukan waktu yang dapat dibaca
            10 menit lagi       | "10 menit lagi" bukan waktu yang dapat dibaca
            menit               | "menit" bukan waktu yang dapat dibaca
            -                   | belum diisi
            0 menit             | "0 menit": waktu harus lebih dari nol
            1,5 hari            | "1,5 hari": pecahan hanya dapat dipakai untuk jam ("1,5 jam"); tulis hari utuh
            0,01 jam            | "0,01 jam": jam pecahan harus menjadi menit utuh
            30 menit 1 jam      | "30 menit 1 jam": satuan ditulis dari yang terbesar ke yang terkecil
            1 jam 1 jam         | satuan ditulis dari yang terbesar ke yang terkecil dan masing-masing sekali
            3 hari kalender     | "3 hari kalender": hari kalender tidak dapat dipakai
            """)
    void explainsWhatItCannotRead(String written, String reason) {
        assertThatThrownBy(() -> WaktuParser.parse(written)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }
}
