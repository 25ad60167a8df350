package id.sopflow.soptable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.sopflow.testkit.SharedContextTest;

/**
 * Downloading the printed SOP over HTTP as the demo users (password {@code demo}): process owners and supervisors of
 * the organisation that runs the SOP get the PDF; staff, and supervisors of another organisation, are refused; an
 * unknown SOP or version is not found. Every refusal is a message in Bahasa Indonesia.
 */
@SharedContextTest
class SopPrintApiTest {

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theCamatPrintsTheLatestSipaBermedsos() throws IOException {
        ResponseEntity<byte[]> response = get("camat-paringin", "/api/sop/sipa-bermedsos/cetak.pdf", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .matches("inline; filename=\"sop-sipa-bermedsos-versi-\\d+\\.pdf\"");
        assertThat(response.getHeaders().getCacheControl()).contains("no-store");
        String text = text(response.getBody());
        assertThat(text).contains("KECAMATAN PARINGIN", "067.21/24/CPAR/2023", "Pemerintah Desa", "Kasi dan Tim Teknis",
                "Admin menerima laporan dan/atau konten kemudian diverifikasi", "Ya", "Tidak", "Mulai", "Selesai");
    }

    @Test
    void theProcessOwnerPrintsAVersionAndTheKetuaPpidItsOwnSop() throws IOException {
        ResponseEntity<byte[]> owner = get("penyusun-sop", "/api/sop/profil-desa-kelurahan/cetak.pdf?versi=1",
                byte[].class);
        ResponseEntity<byte[]> ketua = get("ketua-ppid", "/api/sop/ppid-penyebarluasan-informasi/cetak.pdf",
                byte[].class);

        assertThat(owner.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(owner.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("versi-1.pdf");
        assertThat(text(owner.getBody())).contains("Pokja Profil", "Verifikasi data oleh Tim");
        assertThat(ketua.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(text(ketua.getBody())).contains("PPID KALURAHAN BUNDER", "Admin Medsos");
    }

    /**
     * A diagram generated from an SOP table prints like a hand-drawn one, for its supervisors but not its staff: the
     * Camat the pengaduan SOP, the Kepala Desa (a supervisor who works for one desa) the desa's domisili SOP.
     */
    @Test
    void theSupervisorsPrintTheTableGeneratedSops() throws IOException {
        ResponseEntity<byte[]> camat = get("camat-paringin", "/api/sop/pengaduan-masyarakat/cetak.pdf", byte[].class);
        ResponseEntity<byte[]> kades = get("kades-babayau", "/api/sop/surat-keterangan-domisili/cetak.pdf",
                byte[].class);
        ResponseEntity<String> staff = get("admin-pengaduan", "/api/sop/pengaduan-masyarakat/cetak.pdf", String.class);

        assertThat(camat.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(text(camat.getBody())).contains("065/07/CPAR/2025 (contoh)", "Admin Pengaduan",
                "Camat menelaah pengaduan dan memberikan disposisi kepada Kasi yang membidangi", "Ya", "Tidak",
                "Mulai", "Selesai");
        assertThat(kades.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(text(kades.getBody())).contains("Kasi Pemerintahan", "Sekretaris Desa", "Kepala Desa");
        assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("kades-babayau", "/api/sop/sipa-bermedsos/cetak.pdf", String.class).getStatusCode())
                .as("the Kepala Desa prints the SOP he supervises, not the kecamatan's others")
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void staffAndSupervisorsOfAnotherOrganisationAreRefused() throws IOException {
        for (String user : new String[] {"admin-sipa", "pemdes-babayau", "ketua-ppid"}) {
            ResponseEntity<String> response = get(user, "/api/sop/sipa-bermedsos/cetak.pdf", String.class);

            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
            assertThat(json.readTree(response.getBody()).path("pesan").asText()).as(user)
                    .isEqualTo("Anda tidak berwenang mencetak SOP ini. SOP hanya dapat dicetak oleh pemilik proses "
                            + "dan pengawas (Camat, Ketua PPID, Kabag, Kadis) organisasi Kecamatan Paringin.");
        }
    }

    @Test
    void anUnknownSopOrVersionIsNotFoundAndABadVersionIsExplained() throws IOException {
        ResponseEntity<String> unknown = get("camat-paringin", "/api/sop/tidak-ada/cetak.pdf", String.class);
        ResponseEntity<String> version = get("camat-paringin", "/api/sop/sipa-bermedsos/cetak.pdf?versi=999",
                String.class);
        ResponseEntity<String> bad = get("camat-paringin", "/api/sop/sipa-bermedsos/cetak.pdf?versi=dua",
                String.class);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(unknown.getBody()).path("pesan").asText())
                .startsWith("SOP \"tidak-ada\" tidak ditemukan");
        assertThat(version.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(version.getBody()).path("pesan").asText())
                .isEqualTo("SOP \"sipa-bermedsos\" versi 999 tidak ditemukan. Hapus ?versi= untuk mencetak versi "
                        + "terbaru.");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(bad.getBody()).path("pesan").asText()).startsWith("Versi harus berupa angka");
    }

    @Test
    void withoutLoginTheCallerIsAskedToLogIn() {
        ResponseEntity<String> response = http.getForEntity("/api/sop/sipa-bermedsos/cetak.pdf", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
        return http.withBasicAuth(user, "demo").getForEntity(path, type);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
