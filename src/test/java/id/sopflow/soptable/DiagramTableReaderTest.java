package id.sopflow.soptable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import id.sopflow.identity.IdentityProperties;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel;
import id.sopflow.testkit.PlainTest;

/**
 * The four hand-drawn SOP diagrams read back into their paper tables: rows, actors, waktu and decisions as the paper
 * SOPs of the seeds have them (GUIDE §6). Where the diagram and the paper differ, the test states the diagram's
 * reading and says why.
 */
@PlainTest
class DiagramTableReaderTest {

    static final OrganisationDirectory DIRECTORY = new OrganisationDirectory(
            new IdentityProperties(new ClassPathResource("sopflow/organisasi.yaml"), true));

    static SopTable read(String processKey) {
        return new DiagramTableReader(DIRECTORY).read(model(processKey), key -> Optional.of(new File(
                "processes/" + key + ".bpmn")).filter(File::exists).map(Bpmn::readModelFromFile));
    }

    private static BpmnModelInstance model(String processKey) {
        return Bpmn.readModelFromFile(new File("processes/" + processKey + ".bpmn"));
    }

    @Test
    void sipaBermedsos() {
        SopTable table = read("sipa-bermedsos");

        // The paper's Masyarakat column is a collapsed pool in the diagram (citizens never log in): no actor here.
        assertThat(table.actors()).containsExactly(
                new OrganisationModel.Actor("sipa-pemerintah-desa", "Pemerintah Desa", true, true),
                new OrganisationModel.Actor("sipa-admin", "Admin", false, false),
                new OrganisationModel.Actor("sipa-kasi-tim-teknis", "Kasi dan Tim Teknis", false, false),
                new OrganisationModel.Actor("sipa-camat", "Camat", false, false));
        assertRows(table,
                row(1, "sipa-pemerintah-desa", "1 Jam", "PT1H", next(2)),
                row(2, "sipa-admin", "1 Jam", "PT1H", decision("Laporan terverifikasi?", 3, 1)),
                row(3, "sipa-admin", "1 Jam", "PT1H", next(4)),
                row(4, "sipa-admin", "8 Jam", "PT8H", next(5)),
                row(5, "sipa-kasi-tim-teknis", "1 Jam", "PT1H", next(0)));
        assertThat(table.row(1).kegiatan()).startsWith("Pemerintah Desa melaporkan kegiatan pembangunan");
        assertThat(table.row(1).kelengkapan()).first().isEqualTo("Laptop dan hand phone");
        assertThat(table.row(5).kelengkapan()).containsExactly("Laptop");
        assertThat(table.row(5).output()).isEqualTo("Laporan");

        SopTable.Header header = table.header();
        assertThat(header.processKey()).isEqualTo("sipa-bermedsos");
        assertThat(header.nomor()).isEqualTo("067.21/24/CPAR/2023");
        assertThat(header.tanggalPembuatan()).isEqualTo("03 Januari 2023");
        assertThat(header.tanggalRevisi()).isEqualTo("-");
        assertThat(header.tanggalEfektif()).isEqualTo("30 Januari 2023");
        assertThat(header.disahkanOleh()).startsWith("Camat Paringin");
        assertThat(header.dasarHukum()).containsExactly("Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah");
        assertThat(header.kualifikasiPelaksana()).isEmpty();
        assertThat(header.peralatan()).containsExactly("Laporan Pemerintahan desa via Media Sosial",
                "Verifikasi laporan dan konten");
        assertThat(header.pencatatan()).containsExactly("Disimpan sebagai laporan");
        assertThat(header.organisation()).isEqualTo("kec-paringin");
        assertThat(header.supervisor()).isEqualTo("sipa-camat");
    }

    @Test
    void ppidPenyebarluasanInformasi() {
        SopTable table = read("ppid-penyebarluasan-informasi");

        assertThat(table.actors()).extracting(OrganisationModel.Actor::name).containsExactly("Ketua PPID",
                "Seksi Pengolahan Data dan Dokumentasi Informasi", "Admin Medsos");
        String ketua = "ppid-ketua";
        String seksi = "ppid-seksi-pddi";
        String admin = "ppid-admin-medsos";
        // Paper row 6 names no target for "Tidak"; the diagram sends it back to row 3 (documented in row 6).
        assertRows(table,
                row(1, ketua, "10 menit", "PT10M", next(2)),
                row(2, seksi, "10 menit", "PT10M", next(3)),
                row(3, admin, "60 menit", "PT60M", next(4)),
                row(4, seksi, "15 menit", "PT15M", decision("Konsep materi sesuai?", 5, 3)),
                row(5, seksi, "15 menit", "PT15M", next(6)),
                row(6, ketua, "10 menit", "PT10M", decision("Materi disetujui?", 7, 3)),
                row(7, seksi, "10 menit", "PT10M", next(8)),
                row(8, admin, "10 menit", "PT10M", next(9)),
                row(9, admin, "10 menit", "PT10M", next(10)),
                row(10, seksi, "10 menit", "PT10M", next(11)),
                row(11, ketua, "10 menit", "PT10M", next(0)));
        assertThat(table.header().nomor()).isEqualTo("01/KPTS/2024");
        assertThat(table.header().dasarHukum()).hasSize(7);
        assertThat(table.header().keterkaitan()).hasSize(6);
        assertThat(table.header().peralatan()).containsExactly("Lembaran kerja dan rencana kerja",
                "Term of Reference", "Alat tulis kantor", "Jaringan internet");
        assertThat(table.header().pencatatan()).containsExactly("Disimpan dalam bentuk softcopy dan hardcopy");
        assertThat(table.header().disahkanOleh()).isEqualTo("Lurah Bunder selaku Atasan PPID");
        assertThat(table.header().supervisor()).isEqualTo(ketua);
    }

    @Test
    void setwanBapinanduan() {
        SopTable table = read("setwan-bapinanduan");

        assertThat(table.actors()).extracting(OrganisationModel.Actor::group)
                .containsExactly("setwan-staf", "setwan-kabag", "setwan-team-website");
        // The diagram ends a case after row 3 and runs row 4 (the periodic update) as its own scheduled case, where
        // the paper goes on from row 3 to row 4.
        assertRows(table,
                row(1, "setwan-staf", "60 menit", "PT60M", next(2)),
                row(2, "setwan-kabag", "30 menit", "PT30M", decision("Materi diterima?", 3, 1)),
                row(3, "setwan-staf", "30 menit", "PT30M", next(0)),
                row(4, "setwan-staf", "60 menit", "PT60M", next(0)));
        assertThat(table.header().tanggalEfektif()).isEqualTo("8 Desember 2022");
        assertThat(table.header().kualifikasiPelaksana()).containsExactly("S1 Ilmu Komputer", "D3 Ilmu Komputer",
                "SMA/SMK");
        assertThat(table.header().pencatatan()).isEmpty();
        assertThat(table.row(2).output()).isEqualTo("Hasil koreksi dari Kabag (setiap putaran dicatat)");
    }

    @Test
    void profilDesaKelurahanWithItsCalledDataCollection() {
        SopTable table = read("profil-desa-kelurahan");

        assertThat(table.actors()).extracting(OrganisationModel.Actor::name)
                .containsExactly("Kadis", "Kabid", "Kasi", "Tim", "Pokja Profil Kampung/Kelurahan");
        assertThat(table.actors().get(4).perUnit()).isTrue();
        assertRows(table,
                row(1, "profil-kadis", "15 menit", "PT15M", next(2)),
                row(2, "profil-kabid", "15 menit", "PT15M", next(3)),
                row(3, "profil-kasi", "1 hari", "P1D", next(4)),
                row(4, "profil-kabid", "3 jam", "PT3H", decision("Konsep SK disetujui?", 5, 3)),
                row(5, "profil-kadis", "3 jam", "PT3H", decision("Draft SK disetujui?", 6, 4)),
                row(6, "profil-kabid", "10 menit", "PT10M", next(7)),
                row(7, "profil-kasi", "3 jam", "PT3H", next(8)),
                row(8, "profil-pokja", "1 bulan", "P1M", next(9)),
                row(9, "profil-pokja", "1 hari", "P1D", next(10)),
                row(10, "profil-tim", "1 bulan", "P1M", decision("Data terverifikasi?", 11, 8)),
                row(11, "profil-tim", "1 hari", "P1D", next(12)),
                row(12, "profil-kadis", "15 menit", "PT15M", next(13)),
                // Paper row 13's actor is illegible; the diagram gives it to the Kabid (documented in the step).
                row(13, "profil-kabid", "3 jam", "PT3H", next(0)));
    }

    @Test
    void aDiagramWithoutPaperRowsIsRefusedWithAReason() {
        BpmnModelInstance empty = Bpmn.createExecutableProcess("kosong").startEvent().endEvent().done();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DiagramTableReader(null)
                        .read(empty, key -> Optional.empty()))
                .isInstanceOf(UnreadableDiagramException.class).hasMessageContaining("tidak memuat baris naskah SOP");
    }

    private record Expected(int number, String actor, String waktu, String iso, SopTable.Target next,
                            SopTable.Decision decision) {
    }

    private static Object[] next(int row) {
        return new Object[] {new SopTable.Target(row), null};
    }

    private static Object[] decision(String question, int ya, int tidak) {
        return new Object[] {null, new SopTable.Decision(question, new SopTable.Target(ya), new SopTable.Target(tidak))};
    }

    private static Expected row(int number, String actor, String waktu, String iso, Object[] way) {
        return new Expected(number, actor, waktu, iso, (SopTable.Target) way[0], (SopTable.Decision) way[1]);
    }

    private static void assertRows(SopTable table, Expected... expected) {
        List<Expected> actual = table.rows().stream().map(row -> new Expected(row.number(), row.actor(),
                row.waktu().asWritten(), row.waktu().isoDuration(), row.next(), row.decision())).toList();
        assertThat(actual).containsExactly(expected);
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.kegiatan()).isNotBlank());
    }
}
