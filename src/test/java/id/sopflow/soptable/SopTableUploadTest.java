package id.sopflow.soptable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.sopflow.tasklist.TasklistBrowser;
import id.sopflow.testkit.SharedContextTest;

/**
 * The process owner's upload of an SOP table ({@code /sop-tabel/}): the preview with the diagram's picture, every
 * problem of a bad table at once, who may not, and the deployment with the owner's own login — over HTTP, and once in
 * Chromium as a process owner logged in to Cockpit.
 */
@SharedContextTest
class SopTableUploadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path COMPLAINTS = Path.of("sop-tabel", "pengaduan-masyarakat.csv");

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void removeUploadedDeployments() {
        for (Deployment deployment : engine.getRepositoryService().createDeploymentQuery()
                .deploymentSource(SopTableUploadController.DEPLOYMENT_SOURCE).list()) {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void theProcessOwnerSeesThePreviewThenDeploysAndTheSopStarts() throws Exception {
        long running = versions();
        HttpResponse<String> preview = upload("penyusun-sop", "/pratinjau", "pengaduan-masyarakat.csv",
                Files.readAllBytes(COMPLAINTS));
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode shown = JSON.readTree(preview.body());
        assertThat(shown.path("kunciProses").asText()).isEqualTo("pengaduan-masyarakat");
        assertThat(shown.path("organisasi").asText()).isEqualTo("Kecamatan Paringin");
        assertThat(shown.path("jumlahLangkah").asInt()).isEqualTo(7);
        assertThat(shown.path("grupBelumAda")).isEmpty();
        String svg = new String(Base64.getDecoder().decode(shown.path("diagramSvgBase64").asText()),
                StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("Camat");
        assertThat(versions()).as("a preview deploys nothing").isEqualTo(running);

        HttpResponse<String> deployed = upload("penyusun-sop", "/deploy", "pengaduan-masyarakat.csv",
                Files.readAllBytes(COMPLAINTS));
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(201);
        JsonNode result = JSON.readTree(deployed.body());
        assertThat(result.path("pesan").asText()).contains("sudah dideploy sebagai versi " + (running + 1));
        assertThat(result.path("tautanCockpit").asText()).contains("/camunda/app/cockpit/default/#/process-definition/");

        HttpResponse<String> started = send("admin-pengaduan", HttpRequest.newBuilder(uri(
                "/engine-rest/process-definition/key/pengaduan-masyarakat/submit-form"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"judul\":{\"value\":\"Jalan rusak RT 03\","
                        + "\"type\":\"String\"}}}")));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    }

    @Test
    void aBadTableGetsEveryProblemInIndonesianAndNothingIsDeployed() throws Exception {
        String bad = Files.readString(COMPLAINTS, StandardCharsets.UTF_8)
                .replace(";1 hari;", ";sebentar;").replace("Kunci proses;pengaduan-masyarakat", "Kunci proses;Pengaduan Baru");
        HttpResponse<String> answer = upload("penyusun-sop", "/deploy", "rusak.csv", bad.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(422);
        JsonNode problems = JSON.readTree(answer.body()).path("masalah");
        assertThat(problems.size()).isGreaterThanOrEqualTo(2);
        assertThat(problems.toString()).contains("sebentar").contains("Pengaduan Baru");
        assertThat(engine.getRepositoryService().createDeploymentQuery()
                .deploymentSource(SopTableUploadController.DEPLOYMENT_SOURCE).count()).isZero();
    }

    @Test
    void onlyAProcessOwnerOfTheOrganisationMayUploadAndNobodyWithoutLogin() throws Exception {
        byte[] table = Files.readAllBytes(COMPLAINTS);
        HttpResponse<String> staff = upload("admin-pengaduan", "/pratinjau", "pengaduan-masyarakat.csv", table);
        assertThat(staff.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(staff.body()).path("pesan").asText()).contains("pemilik proses");

        HttpResponse<String> anonymous = http.send(multipart(HttpRequest.newBuilder(uri("/api/sop-tabel/pratinjau")),
                "pengaduan-masyarakat.csv", table).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> noFile = send("penyusun-sop", HttpRequest.newBuilder(uri("/api/sop-tabel/pratinjau"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(noFile.body()).doesNotContain("Exception");
    }

    @Test
    void inTheBrowserTheOwnerUploadsSeesTheDiagramAndDeploys() throws Exception {
        long running = versions();
        String base = "http://localhost:" + port;
        try (TasklistBrowser browser = TasklistBrowser.open(base)) {
            try {
                browser.driver().get(base + "/camunda/app/cockpit/default/");
                browser.visible(By.cssSelector("input[ng-model='username']")).sendKeys("penyusun-sop");
                browser.driver().findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
                browser.driver().findElement(By.cssSelector("form button[type='submit']")).click();
                browser.visible(By.cssSelector(".sopflow-ringkasan"));

                browser.driver().get(base + "/sop-tabel/");
                browser.driver().findElement(By.id("berkas")).sendKeys(COMPLAINTS.toAbsolutePath().toString());
                browser.click(By.id("tombol-pratinjau"));
                browser.visible(By.id("gambar-diagram"));
                assertThat(browser.visible(By.id("judul-sop")).getText()).isEqualTo("Penanganan Pengaduan Masyarakat");
                assertThat(browser.driver().findElement(By.id("pelaksana")).getText()).contains("Camat");
                Object drawn = browser.script("const img = document.getElementById('gambar-diagram');"
                        + "return img.complete && img.naturalWidth > 500;");
                assertThat(drawn).as("the diagram picture is drawn").isEqualTo(true);
                screenshot(browser, "sop-tabel-pratinjau.png");

                browser.click(By.id("tombol-deploy"));
                assertThat(browser.visible(By.id("hasil-teks")).getText()).contains("sudah dideploy sebagai versi");
                screenshot(browser, "sop-tabel-deploy.png");
            } catch (AssertionError | RuntimeException e) {
                browser.saveEvidence("sop-tabel-gagal");
                throw e;
            }
        }
        assertThat(versions()).isEqualTo(running + 1);
    }

    /** The versions of the complaint SOP deployed: the repository's own (processes/) is deployed at start. */
    private long versions() {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("pengaduan-masyarakat").count();
    }

    private static void screenshot(TasklistBrowser browser, String name) throws IOException {
        Path shot = Path.of("target", "browser", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.driver().getScreenshotAs(OutputType.BYTES));
    }

    private HttpResponse<String> upload(String user, String path, String fileName, byte[] content) throws Exception {
        return send(user, multipart(HttpRequest.newBuilder(uri("/api/sop-tabel" + path)), fileName, content));
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder multipart(HttpRequest.Builder request, String fileName, byte[] content)
            throws IOException {
        String boundary = "batas" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
