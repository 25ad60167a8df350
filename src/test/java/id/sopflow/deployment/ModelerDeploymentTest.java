package id.sopflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sopflow.security.StaffClient;
import id.sopflow.sop.setwan.SetwanElements;
import id.sopflow.sop.setwan.SetwanVariables;
import id.sopflow.testkit.ModelerDeployment;
import id.sopflow.testkit.SharedContextTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Deploying from Camunda Modeler (Deploy → Camunda 7, HTTP Basic as a process owner, forms attached): Modeler sends a
 * multipart request to {@code /engine-rest/deployment/create} in which every file carries its bare name. Every
 * diagram of {@code processes/} is deployed that way with the forms it refers to; then a case is started on the
 * version Modeler deployed and its embedded forms load.
 */
@SharedContextTest
class ModelerDeploymentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
    private static final Pattern EMBEDDED = Pattern.compile("camunda:formKey=\"embedded:deployment:([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void everyDiagramDeploysFromModelerWithItsFormsAndACaseLoadsItsEmbeddedForms() throws IOException {
        StaffClient owner = StaffClient.basic(port, "penyusun-sop", "demo");
        Map<String, String> setwanDefinition = new LinkedHashMap<>();
        List<Path> diagrams;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            diagrams = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(diagrams).hasSize(9);
        for (Path diagram : diagrams) {
            String xml = Files.readString(diagram);
            Map<String, byte[]> attached = new LinkedHashMap<>();
            attached.put(diagram.getFileName().toString(), xml.getBytes(StandardCharsets.UTF_8));
            for (Path form : formsOf(xml)) {
                attached.put(form.getFileName().toString(), Files.readAllBytes(form));
            }

            HttpResponse<String> deployed = deployAsModeler(owner, diagram.getFileName().toString(), attached);

            assertThat(deployed.statusCode()).as(diagram + ": " + deployed.body()).isEqualTo(200);
            JsonNode deployment = JSON.readTree(deployed.body());
            assertThat(deployment.path("deployedProcessDefinitions").size()).as(diagram.toString()).isPositive();
            deployment.path("deployedProcessDefinitions").forEach(definition -> {
                if ("setwan-bapinanduan".equals(definition.path("key").asText())) {
                    setwanDefinition.put("id", definition.path("id").asText());
                }
            });
            Matcher embedded = EMBEDDED.matcher(xml);
            while (embedded.find()) {
                HttpResponse<String> resources = owner.get("/engine-rest/deployment/" + deployment.path("id").asText()
                        + "/resources");
                assertThat(resources.body()).as(diagram + " memuat " + embedded.group(1))
                        .contains("\"name\":\"" + embedded.group(1) + "\"");
            }
        }

        StaffClient staf = StaffClient.basic(port, "staf-setwan", "demo");
        HttpResponse<String> started = staf.post("/engine-rest/process-definition/" + setwanDefinition.get("id")
                + "/start", """
                {"variables": {
                  "judul": {"value": "Rapat paripurna (uji deploy Modeler)", "type": "String"},
                  "jenisKegiatan": {"value": "dprd", "type": "String"},
                  "tanggalKegiatan": {"value": "2026-11-23", "type": "String"}}}""");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String caseId = JSON.readTree(started.body()).path("id").asText();

        JsonNode tasks = JSON.readTree(staf.get("/engine-rest/task?processInstanceId=" + caseId).body());
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo(SetwanElements.KUMPULKAN_DATA);
        assertThat(tasks.get(0).path("processDefinitionId").asText()).isEqualTo(setwanDefinition.get("id"));
        HttpResponse<String> form = staf.get("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/deployed-form");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(form.body()).contains("<form").contains(SetwanVariables.NASKAH_PUBLIKASI.name());
    }

    @Test
    void aDiagramWhoseTemplateFieldIsEmptiedIsRefusedWithOneIndonesianMessage() throws IOException {
        String xml = Files.readString(Path.of("processes/sipa-bermedsos.bpmn"))
                .replace("<camunda:property name=\"putaran\" value=\"putaranVerifikasi\" />",
                        "<camunda:property name=\"putaran\" value=\"\" />");
        Map<String, byte[]> attached = new LinkedHashMap<>();
        attached.put("sipa-bermedsos.bpmn", xml.getBytes(StandardCharsets.UTF_8));
        for (Path form : formsOf(xml)) {
            attached.put(form.getFileName().toString(), Files.readAllBytes(form));
        }

        HttpResponse<String> refused = deployAsModeler(StaffClient.basic(port, "penyusun-sop", "demo"),
                "sipa-bermedsos.bpmn", attached);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("message").asText())
                .startsWith("Deployment ditolak oleh pemeriksaan sopflow")
                .contains("sipa-bermedsos.bpmn: userTask_verifikasiLaporan: isian wajib \"putaran\" dari templat "
                        + "\"sopflow: Keputusan tinjauan dengan putaran\" kosong.");
    }

    /** The forms a diagram refers to: {@code .form} files by their id, embedded forms by file name. */
    static List<Path> formsOf(String xml) throws IOException {
        List<Path> forms = new ArrayList<>();
        List<Path> all;
        try (Stream<Path> files = Files.walk(Path.of("forms"))) {
            all = files.filter(Files::isRegularFile).toList();
        }
        Matcher refs = FORM_REF.matcher(xml);
        while (refs.find()) {
            String id = refs.group(1);
            for (Path file : all) {
                if (file.toString().endsWith(".form") && id.equals(JSON.readTree(file.toFile()).path("id").asText())
                        && !forms.contains(file)) {
                    forms.add(file);
                }
            }
        }
        Matcher embedded = EMBEDDED.matcher(xml);
        while (embedded.find()) {
            Path file = Path.of("forms", embedded.group(1));
            if (Files.exists(file) && !forms.contains(file)) {
                forms.add(file);
            }
        }
        return forms;
    }

    static HttpResponse<String> deployAsModeler(StaffClient client, String name, Map<String, byte[]> files)
            throws IOException {
        return deployAsModeler(client, name.replace(".bpmn", ""), name, files);
    }

    /**
     * The request Modeler 5 sends for "Deploy to Camunda 7": multipart, every file under its bare name, and
     * "deploy changed only", so that the engine leaves out every attached file that did not change since the last
     * deployment of that name.
     */
    static HttpResponse<String> deployAsModeler(StaffClient client, String deploymentName, String name,
            Map<String, byte[]> files) throws IOException {
        return ModelerDeployment.deploy(client, "penyusun-sop", "demo", deploymentName, files);
    }
}
