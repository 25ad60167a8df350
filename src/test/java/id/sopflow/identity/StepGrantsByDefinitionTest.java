package id.sopflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Base64;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.sopflow.security.StaffClient;
import id.sopflow.testkit.SharedContextTest;
import id.sopflow.verification.TestImages;

/**
 * A SIPA step is read through the SOP's definition grant within the desa's tenant, with no authorization row of its
 * own, and worked only by its actor: Desa Babayau's report waits at the Admin's "Verifikasi laporan".
 */
@SharedContextTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StepGrantsByDefinitionTest {

    static final String REST = "/engine-rest";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    String instanceId;
    String taskId;

    @BeforeAll
    void babayauHandsInACompleteReport() throws Exception {
        String start = """
                {"variables": {
                  "jenisLaporan": {"value": "realisasi-apbdes"},
                  "judul": {"value": "Realisasi dana desa tahap II"},
                  "lokasi": {"value": "Balai desa"},
                  "anggaran": {"value": 100000000},
                  "realisasi": {"value": 90000000},
                  "periode": {"value": "November 2026"},
                  "uraian": {"value": "Pembangunan jalan usaha tani."},
                  "teksKonten": {"value": "Jalan usaha tani selesai."},
                  "platformFacebook": {"value": true},
                  "platformInstagram": {"value": false},
                  "foto1": {"value": "%s", "type": "File",
                            "valueInfo": {"filename": "jalan.png", "mimeType": "image/png"}}}}
                """.formatted(Base64.getEncoder().encodeToString(TestImages.png()));
        HttpResponse<String> started = client("pemdes-babayau")
                .post(REST + "/process-definition/key/sipa-bermedsos/start", start);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        instanceId = JSON.readTree(started.body()).get("id").asText();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("userTask_verifikasiLaporan");
        taskId = task.getId();
    }

    StaffClient client(String user) {
        return StaffClient.basic(port, user, "demo");
    }

    @Test
    void theStepHasNoAuthorizationRowOfItsOwn() {
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(taskId).count()).isZero();
    }

    @Test
    void theAdminClaimsItAndTheDesaReadsItButCannotWorkIt() {
        StaffClient admin = client("admin-sipa");
        assertThat(admin.get(REST + "/task?processInstanceId=" + instanceId).body()).contains(taskId);

        StaffClient babayau = client("pemdes-babayau");
        assertThat(babayau.get(REST + "/task/" + taskId).statusCode()).isEqualTo(200);
        HttpResponse<String> claim = babayau.post(REST + "/task/" + taskId + "/claim",
                "{\"userId\": \"pemdes-babayau\"}");
        assertRefused(claim);
        assertThat(claim.body()).as("refused by the step's actor check").contains(StepGrantsByDefinition.MESSAGE);
        assertRefused(babayau.post(REST + "/task/" + taskId + "/complete",
                "{\"variables\": {\"laporanLengkap\": {\"value\": true}}}"));
        assertRefused(babayau.put(REST + "/task/" + taskId + "/variables/catatanVerifikasi",
                "{\"value\": \"sudah lengkap\"}"));
        assertRefused(client("kasi-sipa").post(REST + "/task/" + taskId + "/claim", "{\"userId\": \"kasi-sipa\"}"));
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        assertThat(engine.getTaskService().getVariable(taskId, "catatanVerifikasi")).isNull();

        HttpResponse<String> claimed = admin.post(REST + "/task/" + taskId + "/claim", "{\"userId\": \"admin-sipa\"}");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(taskId).count()).as("the assignee works through the group's grant too").isZero();
        engine.getTaskService().setAssignee(taskId, null);
    }

    @Test
    void anotherDesaDoesNotSeeIt() {
        StaffClient lamida = client("pemdes-lamida-atas");
        assertThat(lamida.get(REST + "/task?processInstanceId=" + instanceId).body()).doesNotContain(taskId);
        assertThat(lamida.get(REST + "/task/" + taskId).statusCode()).isBetween(400, 499);
        assertRefused(lamida.post(REST + "/task/" + taskId + "/claim", "{\"userId\": \"pemdes-lamida-atas\"}"));
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isBetween(400, 499);
    }
}
