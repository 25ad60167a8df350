package id.sopflow.deployment;

import static id.sopflow.deployment.ModelerDeploymentTest.deployAsModeler;
import static id.sopflow.deployment.ModelerDeploymentTest.formsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sopflow.security.StaffClient;
import id.sopflow.testkit.SharedContextTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The user-task rules of {@code SopConformanceTest} at deployment ({@link UserTaskRules}, issue 17 §4): a process
 * owner deploys {@code sipa-bermedsos.bpmn} from Camunda Modeler (as {@code penyusun-sop}, forms attached) after one
 * ordinary edit that would break a case, and is refused with 400 and one message in Bahasa Indonesia naming the
 * element; nothing is deployed. One test per rule, one for several problems at once, and the forms a diagram needs
 * that are already deployed but were not attached (Modeler's "deploy changed only" leaves unchanged forms out).
 */
@SharedContextTest
class UserTaskDeploymentRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIAGRAM = Path.of("processes/sipa-bermedsos.bpmn");

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    @Test
    void userTaskWithoutDueDateIsRefused() throws IOException {
        String edited = original().replace("camunda:formKey=\"embedded:deployment:sipa-verifikasi.html\" "
                + "camunda:dueDate=\"PT1H\"", "camunda:formKey=\"embedded:deployment:sipa-verifikasi.html\"");

        assertRefused(edited, "sipa-bermedsos.bpmn: userTask_verifikasiLaporan: tidak punya camunda:dueDate");
    }

    @Test
    void lateTimerWithAnotherDurationThanTheDueDateIsRefused() throws IOException {
        String edited = original().replace("camunda:candidateGroups=\"sipa-camat\" "
                        + "camunda:formRef=\"sipa-baca-laporan-perkembangan\" camunda:formRefBinding=\"deployment\" "
                        + "camunda:dueDate=\"P1D\"",
                "camunda:candidateGroups=\"sipa-camat\" camunda:formRef=\"sipa-baca-laporan-perkembangan\" "
                        + "camunda:formRefBinding=\"deployment\" camunda:dueDate=\"P2D\"");

        assertRefused(edited, "userTask_bacaLaporanPerkembangan: tidak punya timer batas non-interrupting dengan "
                + "durasi yang sama dengan camunda:dueDate (P2D)");
    }

    @Test
    void candidateGroupMissingFromTheOrganisationFileIsRefused() throws IOException {
        String edited = original().replace("camunda:candidateGroups=\"sipa-camat\"",
                "camunda:candidateGroups=\"sipa-pak-camat\"");

        assertRefused(edited, "userTask_bacaLaporanPerkembangan: grup \"sipa-pak-camat\" dari camunda:candidateGroups "
                + "tidak ada di berkas organisasi");
    }

    @Test
    void embeddedFormNeitherAttachedNorDeployedIsRefused() throws IOException {
        String edited = original().replace("embedded:deployment:sipa-verifikasi.html",
                "embedded:deployment:sipa-verifikasi-baru.html");

        assertRefused(edited, "userTask_verifikasiLaporan: formulir \"sipa-verifikasi-baru.html\" dari camunda:formKey "
                + "tidak ada di deployment ini dan belum pernah dideploy");
    }

    @Test
    void camundaFormNeitherAttachedNorDeployedIsRefused() throws IOException {
        String edited = original().replace("camunda:formRef=\"sipa-baca-laporan-perkembangan\"",
                "camunda:formRef=\"sipa-baca-laporan-camat\"");

        assertRefused(edited, "userTask_bacaLaporanPerkembangan: formulir \"sipa-baca-laporan-camat\" dari "
                + "camunda:formRef tidak ada");
    }

    @Test
    void emptyRequiredTemplateFieldIsRefused() throws IOException {
        String edited = original().replace("<camunda:property name=\"putaran\" value=\"putaranVerifikasi\" />",
                "<camunda:property name=\"putaran\" value=\"\" />");

        assertRefused(edited, "userTask_verifikasiLaporan: isian wajib \"putaran\" dari templat "
                + "\"sopflow: Keputusan tinjauan dengan putaran\" kosong.");
    }

    @Test
    void everyProblemIsInTheOneMessage() throws IOException {
        String edited = original()
                .replace("camunda:candidateGroups=\"sipa-camat\"", "camunda:candidateGroups=\"sipa-pak-camat\"")
                .replace("embedded:deployment:sipa-verifikasi.html", "embedded:deployment:sipa-verifikasi-baru.html");

        String message = assertRefused(edited, "grup \"sipa-pak-camat\"");

        assertThat(message).startsWith("Deployment ditolak oleh pemeriksaan sopflow (2 masalah):\n- ")
                .contains("formulir \"sipa-verifikasi-baru.html\"");
    }

    @Test
    void formsAlreadyDeployedButNotAttachedAreCopiedIntoTheDeployment() throws IOException {
        String name = "sipa-uji-" + UUID.randomUUID();
        StaffClient owner = StaffClient.basic(port, "penyusun-sop", "demo");
        HttpResponse<String> first = deployAsModeler(owner, name, "sipa-bermedsos.bpmn", withForms(original()));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        // An ordinary edit; Modeler attaches the same forms, and "deploy changed only" leaves them out.
        String edited = original().replace("name=\"Verifikasi laporan dan konten\"",
                "name=\"Verifikasi laporan dan konten desa\"");
        HttpResponse<String> second = deployAsModeler(owner, name, "sipa-bermedsos.bpmn", withForms(edited));

        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        String deploymentId = JSON.readTree(second.body()).path("id").asText();
        assertThat(repositoryService.getDeploymentResources(deploymentId)).extracting(Resource::getName)
                .contains("sipa-bermedsos.bpmn", "sipa-verifikasi.html", "sipa-laporan.html",
                        "sipa-tanggapi-pertanyaan.form");
        assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).count()).isEqualTo(1);
    }

    private String assertRefused(String diagram, String expected) throws IOException {
        long deployments = repositoryService.createDeploymentQuery().count();

        HttpResponse<String> refused = deployAsModeler(StaffClient.basic(port, "penyusun-sop", "demo"),
                "sipa-tolak-" + UUID.randomUUID(), "sipa-bermedsos.bpmn", withForms(diagram));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode body = JSON.readTree(refused.body());
        assertThat(body.path("message").asText())
                .startsWith("Deployment ditolak oleh pemeriksaan sopflow")
                .contains(expected);
        assertThat(repositoryService.createDeploymentQuery().count()).as("tidak ada yang dideploy")
                .isEqualTo(deployments);
        return body.path("message").asText();
    }

    private static String original() throws IOException {
        return Files.readString(DIAGRAM);
    }

    private static Map<String, byte[]> withForms(String xml) throws IOException {
        Map<String, byte[]> attached = new LinkedHashMap<>();
        attached.put("sipa-bermedsos.bpmn", xml.getBytes(StandardCharsets.UTF_8));
        for (Path form : formsOf(xml)) {
            attached.put(form.getFileName().toString(), Files.readAllBytes(form));
        }
        return attached;
    }
}
