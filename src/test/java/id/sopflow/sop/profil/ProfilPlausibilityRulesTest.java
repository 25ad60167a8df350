package id.sopflow.sop.profil;

import static id.sopflow.sop.profil.ProfilInstrument.BATAS_TIMUR;
import static id.sopflow.sop.profil.ProfilInstrument.JUMLAH_RT;
import static id.sopflow.sop.profil.ProfilInstrument.JUMLAH_RW;
import static id.sopflow.sop.profil.ProfilInstrument.KEPALA_KELUARGA;
import static id.sopflow.sop.profil.ProfilInstrument.LUAS_WILAYAH;
import static id.sopflow.sop.profil.ProfilInstrument.PEREMPUAN;
import static id.sopflow.sop.profil.ProfilInstrument.SARANA_PASAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import id.sopflow.verification.Kelengkapan;
import id.sopflow.testkit.PlainTest;

@PlainTest
class ProfilPlausibilityRulesTest {

    private final ProfilPlausibilityRules rules = new ProfilPlausibilityRules();

    private Kelengkapan check(Map<String, Object> changes) {
        Map<String, Object> profile = ProfilFixtures.plausibleProfile();
        profile.putAll(changes);
        return rules.check(profile);
    }

    @Test
    void aConsistentProfilePasses() {
        assertThat(rules.check(ProfilFixtures.plausibleProfile()).problems()).isEmpty();
    }

    @Test
    void menPlusWomenMustEqualThePopulation() {
        assertThat(check(Map.of(PEREMPUAN.key(), 1400)).problems()).containsExactly(
                "Jumlah penduduk laki-laki (1.510) ditambah perempuan (1.400) = 2.910, tidak sama dengan jumlah "
                        + "penduduk (3.000).");
    }

    @Test
    void householdsCannotOutnumberThePopulation() {
        assertThat(check(Map.of(KEPALA_KELUARGA.key(), 3001)).problems()).containsExactly(
                "Jumlah kepala keluarga (3.001) tidak boleh lebih dari jumlah penduduk (3.000).");
        assertThat(check(Map.of(KEPALA_KELUARGA.key(), 0)).problems()).containsExactly(
                "Jumlah kepala keluarga tidak boleh 0 bila ada penduduk.");
        assertThat(check(Map.of(KEPALA_KELUARGA.key(), 3000)).isComplete()).isTrue();
    }

    @Test
    void negativeNumbersAreRefusedAndNotUsedInTheSums() {
        Kelengkapan outcome = check(Map.of(SARANA_PASAR.key(), -1, PEREMPUAN.key(), -5));
        assertThat(outcome.problems()).containsExactly(
                "Jumlah penduduk perempuan (jiwa) tidak boleh negatif.",
                "Pasar (unit) tidak boleh negatif.");
    }

    @Test
    void everyFieldIsRequiredAndBlankTextCounts() {
        Map<String, Object> changes = new java.util.HashMap<>();
        changes.put(BATAS_TIMUR.key(), "  ");
        changes.put(JUMLAH_RT.key(), null);
        changes.put(LUAS_WILAYAH.key(), "");
        assertThat(check(changes).problems()).containsExactly(
                "Luas wilayah (ha) wajib diisi.",
                "Batas sebelah timur wajib diisi.",
                "Jumlah RT wajib diisi.");
        assertThat(rules.check(Map.of()).problems()).hasSize(ProfilInstrument.FIELDS.size());
    }

    @Test
    void countsAreWholeNumbersAndTheAreaIsPositive() {
        assertThat(check(Map.of(JUMLAH_RW.key(), 2.5, LUAS_WILAYAH.key(), 0)).problems()).containsExactly(
                "Luas wilayah (ha) harus lebih dari 0.",
                "Jumlah RW harus bilangan bulat.");
        assertThat(check(Map.of(JUMLAH_RW.key(), 4.0, LUAS_WILAYAH.key(), "0,75")).isComplete()).isTrue();
        assertThat(check(Map.of(JUMLAH_RT.key(), "dua belas")).problems()).containsExactly(
                "Jumlah RT harus berupa angka.");
    }

    @Test
    void livelihoodsCannotExceedThePopulationAndEachRwHasAnRt() {
        assertThat(check(Map.of("mpPetani", 2500)).problems()).containsExactly(
                "Jumlah penduduk menurut mata pencaharian (3.330) tidak boleh lebih dari jumlah penduduk (3.000).");
        assertThat(check(Map.of(JUMLAH_RT.key(), 3)).problems()).containsExactly(
                "Jumlah RT (3) tidak boleh lebih sedikit dari jumlah RW (4): setiap RW paling sedikit punya satu RT.");
    }
}
