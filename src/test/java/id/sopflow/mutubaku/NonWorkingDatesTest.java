package id.sopflow.mutubaku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

@PlainTest
class NonWorkingDatesTest {

    private static final LocalDate PROKLAMASI_2026 = LocalDate.of(2026, 8, 17);

    private static NonWorkingDates parse(String yaml) {
        return NonWorkingDates.parse("uji.yaml", new StringReader(yaml));
    }

    @Test
    void shippedHolidayFileLoadsWithANameForEveryDate() {
        NonWorkingDates holidays = NonWorkingDates.fromClasspath(NonWorkingDates.DEFAULT_RESOURCE);

        assertThat(holidays.dates()).contains(PROKLAMASI_2026, LocalDate.of(2025, 8, 18), LocalDate.of(2026, 3, 23));
        assertThat(holidays.nameOf(PROKLAMASI_2026)).contains("Proklamasi Kemerdekaan");
        assertThat(holidays.dates()).allSatisfy(date -> assertThat(holidays.nameOf(date)).isPresent());
    }

    @Test
    void shippedHolidayFileHasTheCountsOfTheSkb() {
        NonWorkingDates holidays = NonWorkingDates.fromClasspath(NonWorkingDates.DEFAULT_RESOURCE);

        assertThat(holidays.dates()).filteredOn(date -> date.getYear() == 2025).hasSize(17 + 11);
        assertThat(holidays.dates()).filteredOn(date -> date.getYear() == 2026).hasSize(17 + 8);
    }

    @Test
    void datesAreSorted() {
        NonWorkingDates holidays = NonWorkingDates.fromClasspath(NonWorkingDates.DEFAULT_RESOURCE);

        assertThat(List.copyOf(holidays.dates())).isSorted();
    }

    @Test
    void extraDatesFromConfigurationHaveNoName() {
        LocalDate hariJadi = LocalDate.of(2026, 12, 8);
        NonWorkingDates holidays = NonWorkingDates.fromClasspath(NonWorkingDates.DEFAULT_RESOURCE)
                .plus(List.of(hariJadi, PROKLAMASI_2026));

        assertThat(holidays.dates()).contains(hariJadi);
        assertThat(holidays.nameOf(hariJadi)).isEmpty();
        assertThat(holidays.nameOf(PROKLAMASI_2026)).contains("Proklamasi Kemerdekaan");
    }

    @Test
    void ofTakesPlainDates() {
        NonWorkingDates dates = NonWorkingDates.of(List.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)));

        assertThat(dates.dates()).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2));
        assertThat(dates.nameOf(LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void fileWithOnlyCommentsHasNoDates() {
        assertThat(parse("# belum ada\n").dates()).isEmpty();
    }

    @Test
    void missingFileIsReported() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NonWorkingDates.fromClasspath("sopflow/tidak-ada.yaml"))
                .withMessage("Berkas hari libur 'sopflow/tidak-ada.yaml' tidak ditemukan di classpath");
    }

    @Test
    void impossibleDateIsReportedNotRolledOver() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("- {tanggal: 2026-02-30, nama: Uji, jenis: libur-nasional}"))
                .withMessageStartingWith("Berkas hari libur 'uji.yaml', entri ke-1: tanggal '2026-02-30' tidak sah");
    }

    @Test
    void missingNameIsReported() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        - {tanggal: 2026-01-01, nama: Tahun Baru, jenis: libur-nasional}
                        - {tanggal: 2026-08-17, jenis: libur-nasional}
                        """))
                .withMessage("Berkas hari libur 'uji.yaml', entri ke-2: nama untuk tanggal 2026-08-17 wajib diisi");
    }

    @Test
    void unknownKindIsReported() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("- {tanggal: 2026-08-17, nama: Proklamasi, jenis: libur}"))
                .withMessageContaining("entri ke-1: jenis 'libur' untuk tanggal 2026-08-17 tidak dikenal");
    }

    @Test
    void duplicateDateIsReported() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("""
                        - {tanggal: 2026-08-17, nama: Proklamasi, jenis: libur-nasional}
                        - {tanggal: 2026-08-17, nama: Proklamasi, jenis: libur-nasional}
                        """))
                .withMessage("Berkas hari libur 'uji.yaml', entri ke-2: tanggal 2026-08-17 sudah tercantum pada"
                        + " entri ke-1");
    }

    @Test
    void misspelledKeyIsReported() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("- {tangal: 2026-08-17, nama: Proklamasi, jenis: libur-nasional}"))
                .withMessageContaining("entri ke-1: kunci 'tangal' tidak dikenal");
    }

    @Test
    void notAListIsReported() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("tanggal: 2026-08-17"))
                .withMessage("Berkas hari libur 'uji.yaml' harus berisi daftar entri {tanggal, nama, jenis}");
    }

    @Test
    void brokenYamlIsReported() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> parse("- {tanggal: 2026-08-17, nama: [Proklamasi"))
                .withMessageStartingWith("Berkas hari libur 'uji.yaml' bukan YAML yang sah");
    }
}
