package id.sopflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.sopflow.testkit.SharedContextTest;

/**
 * Downloading archived reports over HTTP as the demo users (password {@code demo}): a report belongs to its desa and
 * to the kecamatan the desa is part of, and to nobody else.
 */
@SharedContextTest
class ReportApiTest {

    private static final byte[] CONTENT = "%PDF-1.4\n% laporan uji\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    TestRestTemplate http;

    @Autowired
    ReportArchive archive;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theCamatDownloadsTheReportOfADesaOfTheKecamatan() {
        String id = archiveFor("desa-babayau");

        ResponseEntity<byte[]> response = get("camat-paringin", id, byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"laporan-perkembangan-desa-babayau.pdf\"");
        assertThat(response.getHeaders().getCacheControl()).contains("no-store").contains("private");
        assertThat(response.getBody()).isEqualTo(CONTENT);
    }

    @Test
    void theDesaDownloadsItsOwnReport() {
        String id = archiveFor("desa-babayau");

        ResponseEntity<byte[]> response = get("pemdes-babayau", id, byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).isEqualTo(CONTENT);
    }

    @Test
    void anotherDesaAndAnotherOrganisationAreToldTheReportDoesNotExist() throws IOException {
        String id = archiveFor("desa-babayau");
        ResponseEntity<String> unknown = get("camat-paringin", "00000000-0000-0000-0000-000000000000", String.class);

        for (String stranger : new String[] {"pemdes-lok-batu", "ketua-ppid"}) {
            ResponseEntity<String> response = get(stranger, id, String.class);

            assertThat(response.getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
            assertThat(response.getBody()).as(stranger).isEqualTo(unknown.getBody());
        }
    }

    @Test
    void anUnknownReportIsNotFoundWithAMessageInBahasaIndonesia() throws IOException {
        ResponseEntity<String> response = get("camat-paringin", "tidak-ada", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(response.getBody()).path("pesan").asText())
                .isEqualTo("Laporan tidak ditemukan, atau Anda tidak berwenang membukanya. "
                        + "Periksa tautannya atau hubungi pengirim laporan.");
    }

    @Test
    void withoutLoginTheCallerIsAskedToLogIn() throws IOException {
        String id = archiveFor("desa-babayau");

        ResponseEntity<String> response = http.getForEntity(ReportArchive.downloadPath(id), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"sopflow\"");
        assertThat(json.readTree(response.getBody()).path("pesan").asText()).startsWith("Silakan masuk:");
    }

    /** Without a tenant a report belongs to the organisation that runs its SOP, not to any desa. */
    @Test
    void aReportWithoutTenantBelongsToTheOrganisationOfItsSop() {
        String id = archive.archive(NewReport.pdf("sipa-bermedsos", null, null, "Rekap SIPA BERMEDSOS",
                "rekap.pdf", CONTENT)).id();

        assertThat(get("camat-paringin", id, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("pemdes-babayau", id, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("ketua-ppid", id, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void fileNamesAreKeptSafeForTheDownloadHeader() {
        String id = archive.archive(NewReport.pdf("sipa-bermedsos", "kasus-1", "desa-babayau", "Laporan",
                "../Laporan \"Babayau\" Nov 2026.pdf", CONTENT)).id();

        assertThat(get("pemdes-babayau", id, byte[].class).getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"Laporan-Babayau-Nov-2026.pdf\"");
    }

    private String archiveFor(String tenantId) {
        return archive.archive(NewReport.pdf("sipa-bermedsos", "kasus-1", tenantId, "Laporan Perkembangan uji",
                "laporan-perkembangan-" + tenantId + ".pdf", CONTENT)).id();
    }

    private <T> ResponseEntity<T> get(String user, String id, Class<T> type) {
        return http.withBasicAuth(user, "demo").getForEntity(ReportArchive.downloadPath(id), type);
    }
}
