package id.sopflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import id.sopflow.testkit.PlainTest;

@PlainTest
class OrganisationFileTest {

    @Test
    void thePackagedFileIsValidAndMarksItsExamples() {
        OrganisationDirectory directory = new OrganisationDirectory(
                new IdentityProperties(new ClassPathResource("sopflow/organisasi.yaml"), true));

        assertThat(directory.organisation("kec-paringin").orElseThrow().units()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(desa -> assertThat(desa.example()).isTrue());
        assertThat(directory.organisation("dinas-kominfo").orElseThrow().units()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(directory.organisationOfTenant("desa-lok-batu")).map(o -> o.id()).contains("kec-paringin");
        assertThat(directory.sop("ppid-penyebarluasan-informasi").orElseThrow().actors())
                .extracting(OrganisationModel.Actor::name)
                .containsExactly("Ketua PPID", "Seksi Pengolahan Data dan Dokumentasi Informasi", "Admin Medsos");
    }

    @Test
    void everyProblemOfABadFileIsNamedAtOnce() {
        String yaml = """
                organisations:
                  - id: Kec_Paringin
                    name: Kecamatan Paringin
                    timeZone: Asia/Banjarmasin
                sops:
                  - processKey: sipa-bermedsos
                    organisation: kec-tidak-ada
                    supervisor: sipa-camat
                    actors:
                      - { group: sipa-admin, name: Admin }
                demoPassword: demo
                demoUsers:
                  - { id: pemdes-x, organisations: [kec-paringin], groups: [grup-tidak-ada] }
                """;

        assertThatThrownBy(() -> new OrganisationDirectory(new IdentityProperties(
                new ByteArrayResource(yaml.getBytes(), "organisasi-uji.yaml"), true)))
                .isInstanceOf(InvalidOrganisationFileException.class)
                .hasMessageContaining("organisasi-uji.yaml")
                .hasMessageContaining("'Kec_Paringin' tidak sah")
                .hasMessageContaining("zona waktu 'Asia/Banjarmasin' tidak dikenal")
                .hasMessageContaining("organisasi 'kec-tidak-ada' tidak ada")
                .hasMessageContaining("tepat satu pelaksana dengan starts: true")
                .hasMessageContaining("supervisor 'sipa-camat' harus salah satu grup pelaksananya")
                .hasMessageContaining("grup 'grup-tidak-ada' tidak ada");
    }

    @Test
    void aMisspelledKeyIsReportedWithItsPlace() {
        String yaml = """
                organisations:
                  - id: kec-paringin
                    nama: Kecamatan Paringin
                """;

        assertThatThrownBy(() -> new OrganisationDirectory(new IdentityProperties(
                new ByteArrayResource(yaml.getBytes(), "organisasi-uji.yaml"), true)))
                .isInstanceOf(InvalidOrganisationFileException.class)
                .hasMessageContaining("kunci 'nama' tidak dikenal di organisations[0].nama")
                .hasMessageContaining("timeZone");
    }
}
