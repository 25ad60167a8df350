package id.sopflow.sop.profil;

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
        assertThat(check(Map.of("jumlahPerempuan", 1400)).problems()).containsExactly(
                "Jumlah penduduk laki-laki (1.510) ditambah perempuan (1.400) = 2.910, tidak sama dengan jumlah "
                        + "penduduk (3.000).");
    }

    @Test
    void householdsCannotOutnumberThePopulation() {
        assertThat(check(Map.of("jumlahKepalaKeluarga", 3001)).problems()).containsExactly(
                "Jumlah kepala keluarga (3.001) tidak boleh lebih dari jumlah penduduk (3.000).");
        assertThat(check(Map.of("jumlahKepalaKeluarga", 0)).problems()).containsExactly(
                "Jumlah kepala keluarga tidak boleh 0 bila ada penduduk.");
        assertThat(check(Map.of("jumlahKepalaKeluarga", 3000)).isComplete()).isTrue();
    }

    @Test
    void negativeNumbersAreRefusedAndNotUsedInTheSums() {
        Kelengkapan outcome = check(Map.of("saranaPasar", -1, "jumlahPerempuan", -5));
        assertThat(outcome.problems()).containsExactly(
                "Jumlah penduduk perempuan (jiwa) tidak boleh negatif.",
                "Pasar (unit) tidak boleh negatif.");
    }

    @Test
    void everyFieldIsRequiredAndBlankTextCounts() {
        Map<String, Object> changes = new java.util.HashMap<>();
        changes.put("batasTimur", "  ");
        changes.put("jumlahRt", null);
        changes.put("luasWilayahHa", "");
        assertThat(check(changes).problems()).containsExactly(
                "Luas wilayah (ha) wajib diisi.",
                "Batas sebelah timur wajib diisi.",
                "Jumlah RT wajib diisi.");
        assertThat(rules.check(Map.of()).problems()).hasSize(ProfilInstrument.FIELDS.size());
    }

    @Test
    void countsAreWholeNumbersAndTheAreaIsPositive() {
        assertThat(check(Map.of("jumlahRw", 2.5, "luasWilayahHa", 0)).problems()).containsExactly(
                "Luas wilayah (ha) harus lebih dari 0.",
                "Jumlah RW harus bilangan bulat.");
        assertThat(check(Map.of("jumlahRw", 4.0, "luasWilayahHa", "0,75")).isComplete()).isTrue();
        assertThat(check(Map.of("jumlahRt", "dua belas")).problems()).containsExactly(
                "Jumlah RT harus berupa angka.");
    }

    @Test
    void livelihoodsCannotExceedThePopulationAndEachRwHasAnRt() {
        assertThat(check(Map.of("mpPetani", 2500)).problems()).containsExactly(
                "Jumlah penduduk menurut mata pencaharian (3.330) tidak boleh lebih dari jumlah penduduk (3.000).");
        assertThat(check(Map.of("jumlahRt", 3)).problems()).containsExactly(
                "Jumlah RT (3) tidak boleh lebih sedikit dari jumlah RW (4): setiap RW paling sedikit punya satu RT.");
    }
}
