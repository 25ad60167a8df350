package id.sopflow.sop.profil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import id.sopflow.identity.IdentityProperties;
import id.sopflow.identity.InvalidOrganisationFileException;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.testkit.PlainTest;

/** What the profil SOP needs from the organisation file: its called process, its kampung, their choice. */
@PlainTest
class ProfilOrganisationTest {

    private final OrganisationDirectory directory = new OrganisationDirectory(
            new IdentityProperties(new ClassPathResource("sopflow/organisasi.yaml"), true));
    private final ProfilKampung kampung = new ProfilKampung(directory);

    @Test
    void theDataCollectionBelongsToTheProfilSopAndItsSupervisor() {
        assertThat(directory.sop(ProfilVariables.PENDATAAN_PROCESS_KEY)).hasValueSatisfying(sop -> {
            assertThat(sop.processKey()).isEqualTo(ProfilVariables.PROCESS_KEY);
            assertThat(sop.supervisor()).isEqualTo("profil-kadis");
        });
        assertThat(directory.sop("sipa-bermedsos").orElseThrow().calledProcesses()).isEmpty();
    }

    @Test
    void onlyTheDinassOwnKampungAreUnitsOfIt() {
        assertThat(directory.isUnitOf("kampung-sukamaju", "dinas-kominfo")).isTrue();
        assertThat(directory.isUnitOf("desa-babayau", "dinas-kominfo")).isFalse();
        assertThat(directory.isUnitOf("dinas-kominfo", "dinas-kominfo")).isFalse();
        assertThat(directory.isUnitOf("kampung-mekar-jaya", "kampung-sukamaju")).isFalse();
    }

    @Test
    void theChecklistOffersTheDinassKampungAndTheServerChecksTheChoice() {
        assertThat(kampung.optionsJson("dinas-kominfo")).isEqualTo("[{\"id\":\"kampung-sukamaju\",\"nama\":"
                + "\"Kampung Sukamaju (contoh)\"},{\"id\":\"kampung-mekar-jaya\",\"nama\":\"Kampung Mekar Jaya "
                + "(contoh)\"},{\"id\":\"kelurahan-sido-mulyo\",\"nama\":\"Kelurahan Sido Mulyo (contoh)\"}]");
        assertThat(kampung.problemsOf("kampung-sukamaju, kelurahan-sido-mulyo", "dinas-kominfo")).isEmpty();
        assertThat(kampung.problemsOf("kampung-sukamaju,desa-babayau", "dinas-kominfo"))
                .containsExactly("Kampung/kelurahan desa-babayau tidak ada di daftar dinas ini.");
        assertThat(kampung.problemsOf(" ,", "dinas-kominfo"))
                .containsExactly("Pilih paling sedikit satu kampung/kelurahan yang didata.");
        assertThat(kampung.list("kampung-sukamaju,,kampung-sukamaju , kampung-mekar-jaya"))
                .containsExactly("kampung-sukamaju", "kampung-mekar-jaya");
    }

    @Test
    void aCalledProcessCannotBelongToTwoSops() {
        String yaml = """
                organisations:
                  - { id: dinas-a, name: Dinas A, timeZone: Asia/Jakarta }
                sops:
                  - processKey: sop-a
                    organisation: dinas-a
                    supervisor: a-kadis
                    calledProcesses: [sop-b, Salah_Id]
                    actors: [{ group: a-kadis, name: Kadis, starts: true }]
                  - processKey: sop-b
                    organisation: dinas-a
                    supervisor: b-kadis
                    actors: [{ group: b-kadis, name: Kadis, starts: true }]
                """;
        assertThatThrownBy(() -> new OrganisationDirectory(new IdentityProperties(
                new ByteArrayResource(yaml.getBytes(), "organisasi-uji.yaml"), true)))
                .isInstanceOf(InvalidOrganisationFileException.class)
                .hasMessageContaining("proses sop-b (calledProcesses SOP sop-a) sudah milik SOP lain")
                .hasMessageContaining("'Salah_Id' tidak sah");
    }
}
