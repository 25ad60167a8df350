package id.sopflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.rest.dto.CamundaQueryParam;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.sopflow.testkit.SharedContextTest;
import id.sopflow.verification.TestImages;

/**
 * Security as an outsider meets it, over HTTP only: the Camunda REST API as Modeler and scripts use it (HTTP Basic)
 * and the webapps' copy of it as Tasklist uses it (session login). A real SIPA case of Desa Babayau is the object
 * every other desa and organisation tries to reach.
 */
@SharedContextTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHttpTest {

    static final String REST = "/engine-rest";
    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] PHOTO = TestImages.png();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    String instanceId;
    String taskId;

    /**
     * Desa Babayau hands in a realisation above its budget without a reason — what the form lets through and the
     * kelengkapan check refuses: it comes straight back to the desa as "Perbaiki laporan".
     */
    @BeforeAll
    void babayauStartsAReportOverRest() throws Exception {
        String photo = Base64.getEncoder().encodeToString(PHOTO);
        String start = """
                {"variables": {
                  "jenisLaporan": {"value": "realisasi-apbdes"},
                  "judul": {"value": "Realisasi dana desa"},
                  "lokasi": {"value": "Balai desa"},
                  "anggaran": {"value": 100000000},
                  "realisasi": {"value": 120000000},
                  "periode": {"value": "November 2026"},
                  "uraian": {"value": "Rahasia desa: rincian yang belum diverifikasi."},
                  "teksKonten": {"value": "Gotong royong RT 03."},
                  "platformFacebook": {"value": true},
                  "platformInstagram": {"value": false},
                  "foto1": {"value": "%s", "type": "File",
                            "valueInfo": {"filename": "gotong-royong.png", "mimeType": "image/png"}}}}
                """.formatted(photo);
        HttpResponse<String> started = StaffClient.basic(port, "pemdes-babayau", "demo")
                .post(REST + "/process-definition/key/sipa-bermedsos/start", start);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        instanceId = JSON.readTree(started.body()).get("id").asText();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("userTask_perbaikiLaporan");
        assertThat(task.getTenantId()).isEqualTo("desa-babayau");
        taskId = task.getId();
    }

    String ppidInstanceId;
    String ppidTaskId;

    /** The Ketua PPID of Kalurahan Bunder starts a dissemination over REST, with an attachment. */
    @BeforeAll
    void ketuaPpidStartsADisseminationOverRest() throws Exception {
        String attachment = Base64.getEncoder().encodeToString("%PDF-1.4 notulen rahasia".getBytes(
                StandardCharsets.US_ASCII));
        String start = """
                {"variables": {
                  "judul": {"value": "Musyawarah Kalurahan RKP 2027"},
                  "tanggalKegiatan": {"value": "2026-11-20"},
                  "ringkasan": {"value": "Rahasia kalurahan: ringkasan yang belum disebarluaskan."},
                  "disposisi": {"value": "Mohon disebarluaskan hari ini."},
                  "lampiran1": {"value": "%s", "type": "File",
                                "valueInfo": {"filename": "notulen.pdf", "mimeType": "application/pdf"}}}}
                """.formatted(attachment);
        HttpResponse<String> started = StaffClient.basic(port, "ketua-ppid", "demo")
                .post(REST + "/process-definition/key/ppid-penyebarluasan-informasi/start", start);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        ppidInstanceId = JSON.readTree(started.body()).get("id").asText();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(ppidInstanceId).singleResult();
        assertThat(task.getTenantId()).isEqualTo("ppid-bunder");
        ppidTaskId = task.getId();
    }

    static Stream<String> sessionKinds() {
        return Stream.of("basic", "tasklist");
    }

    /** The same user through either door: HTTP Basic on /engine-rest or a Tasklist session on its API. */
    StaffClient as(String kind, String user) {
        return kind.equals("basic") ? StaffClient.basic(port, user, "demo")
                : StaffClient.tasklistSession(port, user, "demo");
    }

    static String base(String kind) {
        return kind.equals("basic") ? REST : StaffClient.WEBAPP_ENGINE_API;
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    @Nested
    class Isolation {

        @ParameterizedTest
        @MethodSource("id.sopflow.security.SecurityHttpTest#sessionKinds")
        void theDesaThatStartedTheCaseWorksOnIt(String kind) {
            StaffClient babayau = as(kind, "pemdes-babayau");
            String api = base(kind);
            assertThat(babayau.get(api + "/task?processInstanceId=" + instanceId).body()).contains(taskId);
            assertThat(babayau.get(api + "/task/" + taskId).statusCode()).isEqualTo(200);
            HttpResponse<String> photo = babayau.get(api + "/task/" + taskId + "/variables/foto1/data");
            assertThat(photo.statusCode()).isEqualTo(200);
            assertThat(photo.body().getBytes(StandardCharsets.ISO_8859_1).length).isPositive();
            assertThat(babayau.get(api + "/history/process-instance?processInstanceId=" + instanceId).body())
                    .contains(instanceId);
        }

        @ParameterizedTest
        @MethodSource("id.sopflow.security.SecurityHttpTest#sessionKinds")
        void anotherDesaOfTheSameGroupCannotListOpenClaimCompleteOrReadIt(String kind) throws Exception {
            StaffClient lamida = as(kind, "pemdes-lamida-atas");
            String api = base(kind);
            assertThat(json(lamida.get(api + "/task?processInstanceId=" + instanceId))).isEmpty();
            assertThat(json(lamida.get(api + "/task/count?processInstanceId=" + instanceId)).get("count").asInt())
                    .isZero();
            assertThat(lamida.get(api + "/task").body()).doesNotContain(taskId);
            assertDenied(lamida.get(api + "/task/" + taskId));
            assertDenied(lamida.get(api + "/task/" + taskId + "/variables"));
            assertDenied(lamida.get(api + "/task/" + taskId + "/form-variables"));
            assertDenied(lamida.get(api + "/task/" + taskId + "/variables/foto1/data"));
            assertDenied(lamida.get(api + "/task/" + taskId + "/variables/foto1"));
            assertDenied(lamida.get(api + "/process-instance/" + instanceId + "/variables"));
            assertDenied(lamida.get(api + "/process-instance/" + instanceId));
            assertDenied(lamida.post(api + "/task/" + taskId + "/claim", "{\"userId\": \"pemdes-lamida-atas\"}"));
            assertDenied(lamida.post(api + "/task/" + taskId + "/complete",
                    "{\"variables\": {\"judul\": {\"value\": \"dibajak\"}}}"));
            assertDenied(lamida.post(api + "/task/" + taskId + "/submit-form",
                    "{\"variables\": {\"judul\": {\"value\": \"dibajak\"}}}"));
            for (String history : List.of("process-instance", "task", "variable-instance", "detail",
                    "activity-instance")) {
                HttpResponse<String> found = lamida.get(api + "/history/" + history + "?processInstanceId="
                        + instanceId);
                assertThat(json(found)).as(history + " " + found.body()).isEmpty();
            }
            for (Filter filter : engine.getFilterService().createTaskFilterQuery().list()) {
                assertThat(lamida.post(api + "/filter/" + filter.getId() + "/list", "{}").body())
                        .as(filter.getName()).doesNotContain(taskId);
            }
            Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
            assertThat(task).as("the task is still open").isNotNull();
            assertThat(task.getAssignee()).isNull();
            assertThat(engine.getRuntimeService().getVariable(instanceId, "judul")).isEqualTo("Realisasi dana desa");
        }

        /**
         * Four refused executions used to use up another desa's timer (each counted as a failure) and stall its case
         * with an incident. Now no non-administrator operates a job, of another desa or of their own, and a refused
         * call leaves the job exactly as it was.
         */
        @ParameterizedTest
        @MethodSource("id.sopflow.security.SecurityHttpTest#sessionKinds")
        void onlyAdministratorsOperateJobsAndARefusedCallLeavesTheJobAlone(String kind) {
            var management = engine.getManagementService();
            Job timer = management.createJobQuery().processInstanceId(instanceId).timers().list().get(0);
            String job = base(kind) + "/job/" + timer.getId();
            for (String user : List.of("pemdes-lamida-atas", "pemdes-babayau", "camat-paringin")) {
                StaffClient staff = as(kind, user);
                for (int attempt = 0; attempt < 4; attempt++) {
                    assertJobRefused(staff.post(job + "/execute", null));
                }
                assertJobRefused(staff.put(job + "/retries", "{\"retries\": 0}"));
                assertJobRefused(staff.put(job + "/suspended", "{\"suspended\": true}"));
                assertJobRefused(staff.put(job + "/duedate", "{\"duedate\": \"2020-01-01T00:00:00.000+0000\"}"));
                assertJobRefused(staff.post(base(kind) + "/job/retries",
                        "{\"jobIds\": [\"" + timer.getId() + "\"], \"retries\": 0}"));
            }
            Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
            assertThat(after.getRetries()).isEqualTo(timer.getRetries());
            assertThat(after.isSuspended()).isFalse();
            assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
            assertThat(after.getExceptionMessage()).isNull();
            assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instanceId).count()).isZero();

            HttpResponse<String> byAdmin = StaffClient.basic(port, "admin", "admin")
                    .put(REST + "/job/" + timer.getId() + "/retries", "{\"retries\": " + timer.getRetries() + "}");
            assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(204);
        }

        /** A desa's notes and attachments are its own, even to someone who knows their ids. */
        @ParameterizedTest
        @MethodSource("id.sopflow.security.SecurityHttpTest#sessionKinds")
        void commentsAndAttachmentsByIdAreRefusedToOtherDesaAndOrganisations(String kind) throws Exception {
            StaffClient babayau = as(kind, "pemdes-babayau");
            String task = base(kind) + "/task/" + taskId;
            HttpResponse<String> comment = babayau.post(task + "/comment/create",
                    "{\"message\": \"Catatan internal desa\"}");
            assertThat(comment.statusCode()).as(comment.body()).isEqualTo(200);
            String commentId = json(comment).get("id").asText();
            String attachmentId = engine.getTaskService().createAttachment("text/plain", taskId, null, "rahasia.txt",
                    "lampiran desa", "https://contoh.desa.id/rahasia.txt").getId();
            for (String user : List.of("pemdes-lamida-atas", "ketua-ppid")) {
                StaffClient other = as(kind, user);
                for (HttpResponse<String> refused : List.of(
                        other.get(task + "/comment/" + commentId),
                        other.get(task + "/comment"),
                        other.get(task + "/attachment/" + attachmentId),
                        other.download(task + "/attachment/" + attachmentId + "/data"),
                        other.get(task + "/attachment"),
                        other.send("DELETE", task + "/attachment/" + attachmentId, null),
                        other.send("DELETE", task + "/comment/" + commentId, null))) {
                    // The lists check the task as the caller and answer "no such task", and the REST API words a
                    // refused deletion as "no such attachment": 404. What was kept is checked below.
                    boolean answeredAsMissing = refused.request().method().equals("DELETE")
                            || refused.uri().getPath().endsWith("/comment")
                            || refused.uri().getPath().endsWith("/attachment");
                    assertThat(refused.statusCode()).as(user + " " + refused.uri() + " " + refused.body())
                            .isEqualTo(answeredAsMissing ? 404 : 403);
                    assertThat(refused.body()).doesNotContain("Catatan internal", "rahasia.txt");
                }
            }
            assertThat(engine.getTaskService().getAttachment(attachmentId)).isNotNull();
            assertThat(engine.getTaskService().getTaskComment(taskId, commentId)).isNotNull();
            assertThat(babayau.get(task + "/comment/" + commentId).body()).contains("Catatan internal desa");
            assertThat(babayau.get(task + "/attachment/" + attachmentId).body()).contains("rahasia.txt");
        }

        /** Staff cannot test colleagues' passwords through /identity/verify; an administrator still can. */
        @ParameterizedTest
        @MethodSource("id.sopflow.security.SecurityHttpTest#sessionKinds")
        void identityVerifyIsNoPasswordOracleForStaff(String kind) {
            StaffClient lamida = as(kind, "pemdes-lamida-atas");
            HttpResponse<String> guess = lamida.post(base(kind) + "/identity/verify",
                    "{\"username\": \"camat-paringin\", \"password\": \"demo\"}");
            assertThat(guess.statusCode()).as(guess.body()).isEqualTo(403);
            assertThat(guess.body()).contains("hanya administrator").doesNotContain("authenticated");
            HttpResponse<String> own = lamida.post(base(kind) + "/identity/verify",
                    "{\"username\": \"pemdes-lamida-atas\", \"password\": \"demo\"}");
            assertThat(own.statusCode()).isEqualTo(200);
            HttpResponse<String> byAdmin = StaffClient.basic(port, "admin", "admin").post(REST + "/identity/verify",
                    "{\"username\": \"camat-paringin\", \"password\": \"demo\"}");
            assertThat(byAdmin.statusCode()).isEqualTo(200);
            assertThat(byAdmin.body()).contains("\"authenticated\":true");
        }

        /**
         * Staff list the users and groups of their own organisations only (Tasklist still shows colleagues' names);
         * before, every user and e-mail address of every office was listed. Administrators keep everything.
         */
        @ParameterizedTest
        @MethodSource("id.sopflow.security.SecurityHttpTest#sessionKinds")
        void staffListOnlyUsersAndGroupsOfTheirOwnOrganisations(String kind) {
            String api = base(kind);
            StaffClient lamida = as(kind, "pemdes-lamida-atas");
            List<String> users = ids(lamida.get(api + "/user?maxResults=500"));
            assertThat(users).contains("pemdes-lamida-atas", "admin-sipa", "kasi-sipa", "camat-paringin")
                    .doesNotContain("pemdes-babayau", "pemdes-lok-batu", "ketua-ppid", "staf-setwan", "kadis-kominfo",
                            "pokja-sukamaju", "admin");
            assertThat(json(lamida.get(api + "/user/count")).get("count").asInt()).isEqualTo(users.size());
            assertThat(ids(lamida.get(api + "/user?id=pemdes-babayau"))).isEmpty();
            assertThat(ids(lamida.get(api + "/user?emailLike=%25"))).doesNotContain("ketua-ppid");
            assertThat(lamida.get(api + "/user/ketua-ppid/profile").statusCode()).isEqualTo(404);
            assertThat(lamida.get(api + "/user/admin-sipa/profile").statusCode()).isEqualTo(200);
            List<String> groups = ids(lamida.get(api + "/group?maxResults=500"));
            assertThat(groups).contains("sipa-pemerintah-desa", "sipa-admin")
                    .doesNotContain("ppid-ketua", "setwan-staf", "profil-kadis", "camunda-admin");
            assertThat(json(lamida.get(api + "/group/count")).get("count").asInt()).isEqualTo(groups.size());

            List<String> ppid = ids(as(kind, "ketua-ppid").get(api + "/user?maxResults=500"));
            assertThat(ppid).contains("ketua-ppid", "seksi-pddi").doesNotContain("pemdes-babayau", "camat-paringin");

            List<String> all = ids(StaffClient.basic(port, "admin", "admin").get(REST + "/user?maxResults=500"));
            assertThat(all).contains("pemdes-babayau", "ketua-ppid", "staf-setwan", "pemdes-lamida-atas");
        }

        /**
         * The engine's counts that ignore tenants (history statistics, the task report by name, metrics) are for
         * administrators: another desa learnt from them how many reports Babayau had in each step.
         */
        @ParameterizedTest
        @MethodSource("id.sopflow.security.SecurityHttpTest#sessionKinds")
        void historyStatisticsAndMetricsRevealNoOtherTenantsCounts(String kind) {
            String api = base(kind);
            String definitionId = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(instanceId).singleResult().getProcessDefinitionId();
            List<String> acrossTenants = List.of(
                    "/history/process-definition/" + definitionId + "/statistics",
                    "/history/process-definition/" + definitionId + "/statistics?finished=true&canceled=true",
                    "/history/task/report?reportType=count&groupBy=taskName",
                    "/metrics/activity-instance-start/sum",
                    "/metrics?interval=900");
            for (String user : List.of("pemdes-lamida-atas", "ketua-ppid", "pemdes-babayau")) {
                StaffClient staff = as(kind, user);
                for (String path : acrossTenants) {
                    HttpResponse<String> refused = staff.get(api + path);
                    assertThat(refused.statusCode()).as(user + " " + path + " " + refused.body()).isEqualTo(403);
                    assertThat(refused.body()).contains("hanya administrator").doesNotContain("userTask_");
                }
            }
            StaffClient admin = StaffClient.basic(port, "admin", "admin");
            HttpResponse<String> statistics = admin.get(REST + acrossTenants.get(0));
            assertThat(statistics.statusCode()).isEqualTo(200);
            assertThat(statistics.body()).contains("userTask_perbaikiLaporan");
            for (String path : acrossTenants.subList(1, acrossTenants.size())) {
                assertThat(admin.get(REST + path).statusCode()).as(path).isEqualTo(200);
            }
            // Tenant-checked counts stay open to staff and show only their own cases.
            HttpResponse<String> ownCount = as(kind, "pemdes-lamida-atas").get(api
                    + "/history/process-instance/count?processInstanceId=" + instanceId);
            assertThat(json(ownCount).get("count").asInt()).isZero();
        }

        private List<String> ids(HttpResponse<String> response) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            List<String> ids = new ArrayList<>();
            json(response).forEach(node -> ids.add(node.get("id").asText()));
            return ids;
        }

        private void assertJobRefused(HttpResponse<String> response) {
            assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(403);
            assertThat(response.body()).contains("hanya administrator");
        }

        @Test
        void theCamatSeesEveryDesaOfTheKecamatan() {
            StaffClient camat = StaffClient.basic(port, "camat-paringin", "demo");
            assertThat(camat.get(REST + "/task/" + taskId).statusCode()).isEqualTo(200);
            assertThat(camat.get(REST + "/history/process-instance?processInstanceId=" + instanceId).body())
                    .contains(instanceId);
        }

        /** How an administrator adds kecamatan staff in production: a user and one group, no tenant. */
        @ParameterizedTest
        @MethodSource("id.sopflow.security.SecurityHttpTest#sessionKinds")
        void aNewKecamatanUserNeedsOnlyTheGroupToSeeEveryDesa(String kind) {
            var identity = engine.getIdentityService();
            String user = "admin-baru-" + kind;
            var newUser = identity.newUser(user);
            newUser.setPassword("demo");
            identity.saveUser(newUser);
            identity.createMembership(user, "sipa-admin");
            try {
                assertThat(as(kind, user).get(base(kind) + "/history/process-instance?processInstanceId="
                        + instanceId).body()).contains(instanceId);
            } finally {
                identity.deleteUser(user);
            }
        }

        @ParameterizedTest
        @MethodSource("id.sopflow.security.SecurityHttpTest#sessionKinds")
        void anotherOrganisationsSupervisorSeesNothingOfParingin(String kind) {
            StaffClient ketuaPpid = as(kind, "ketua-ppid");
            String api = base(kind);
            assertDenied(ketuaPpid.get(api + "/task/" + taskId));
            assertDenied(ketuaPpid.get(api + "/process-instance/" + instanceId + "/variables"));
            assertThat(json(ketuaPpid.get(api + "/history/process-instance?processInstanceId=" + instanceId)))
                    .isEmpty();
            assertThat(json(ketuaPpid.get(api + "/history/variable-instance?processInstanceId=" + instanceId)))
                    .isEmpty();
            assertThat(json(ketuaPpid.get(api + "/process-instance?processInstanceIds=" + instanceId))).isEmpty();
        }

        /** Cockpit's own API (its process-instance list) applies the same tenant check. */
        @Test
        void cockpitListsTheCaseForTheCamatOnly() {
            String definitionId = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId)
                    .singleResult().getProcessDefinitionId();
            String query = "{\"processDefinitionId\": \"" + definitionId + "\"}";
            String path = "/camunda/api/cockpit/plugin/base/default/process-instance?firstResult=0&maxResults=50";
            HttpResponse<String> camat = StaffClient.tasklistSession(port, "camat-paringin", "demo").post(path, query);
            assertThat(camat.statusCode()).as(camat.body()).isEqualTo(200);
            assertThat(camat.body()).contains(instanceId);
            HttpResponse<String> ketuaPpid = StaffClient.tasklistSession(port, "ketua-ppid", "demo").post(path, query);
            assertThat(ketuaPpid.body()).doesNotContain(instanceId);
        }

        @ParameterizedTest
        @MethodSource("id.sopflow.security.SecurityHttpTest#sessionKinds")
        void kecamatanParinginSeesNothingOfThePpidAndItsOwnSeksiDoes(String kind) {
            String api = base(kind);
            for (String user : List.of("camat-paringin", "pemdes-babayau", "admin-sipa")) {
                StaffClient outsider = as(kind, user);
                assertThat(outsider.get(api + "/task").body()).as(user).doesNotContain(ppidTaskId);
                assertDenied(outsider.get(api + "/task/" + ppidTaskId));
                assertDenied(outsider.get(api + "/task/" + ppidTaskId + "/variables/lampiran1/data"));
                assertDenied(outsider.get(api + "/process-instance/" + ppidInstanceId + "/variables"));
                assertDenied(outsider.post(api + "/task/" + ppidTaskId + "/claim", "{\"userId\": \"" + user + "\"}"));
                assertThat(json(outsider.get(api + "/history/process-instance?processInstanceId=" + ppidInstanceId)))
                        .as(user).isEmpty();
            }
            StaffClient seksi = as(kind, "seksi-pddi");
            assertThat(seksi.get(api + "/task/" + ppidTaskId).statusCode()).isEqualTo(200);
            assertThat(seksi.get(api + "/task/" + ppidTaskId + "/variables/lampiran1/data").body())
                    .contains("notulen rahasia");
        }

        @Test
        void onlyTheStartingActorsGroupMayStartTheSopOverHttp() {
            for (String outsider : List.of("admin-sipa", "camat-paringin", "ketua-ppid")) {
                HttpResponse<String> refused = StaffClient.basic(port, outsider, "demo")
                        .post(REST + "/process-definition/key/sipa-bermedsos/start", "{}");
                assertThat(refused.statusCode()).as(outsider).isEqualTo(403);
            }
            Map<String, List<String>> othersBySop = Map.of(
                    "ppid-penyebarluasan-informasi", List.of("seksi-pddi", "admin-medsos", "camat-paringin"),
                    "setwan-bapinanduan", List.of("kabag-setwan", "website-setwan", "ketua-ppid"),
                    "profil-desa-kelurahan", List.of("kabid-kominfo", "tim-profil", "pokja-sukamaju"),
                    "profil-desa-kelurahan-pendataan", List.of("kadis-kominfo", "tim-profil", "pokja-sukamaju"));
            othersBySop.forEach((sop, users) -> users.forEach(user -> assertThat(StaffClient.basic(port, user, "demo")
                    .post(REST + "/process-definition/key/" + sop + "/start", "{}").statusCode())
                    .as(user + " starts " + sop).isEqualTo(403)));
        }

        private void assertDenied(HttpResponse<String> response) {
            assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isBetween(400, 499);
            assertThat(response.body()).doesNotContain("Rahasia desa", "gotong-royong.png", "Rahasia kalurahan",
                    "notulen");
        }
    }

    @Nested
    class RestAuthentication {

        @Test
        void anAnonymousCallerGets401AndNoData() {
            StaffClient anonymous = StaffClient.anonymous(port);
            for (String path : List.of("/engine", "/task", "/process-definition", "/deployment", "/user",
                    "/history/process-instance", "/task/" + taskId + "/variables")) {
                HttpResponse<String> response = anonymous.get(REST + path);
                assertThat(response.statusCode()).as(path).isEqualTo(401);
                assertThat(response.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(
                        challenge -> assertThat(challenge).startsWith("Basic"));
                assertThat(response.body()).as(path).doesNotContain(taskId, instanceId, "sipa-bermedsos");
            }
        }

        @Test
        void aWrongPasswordGets401() {
            assertThat(StaffClient.basic(port, "kasi-kominfo", "salah").get(REST + "/task").statusCode())
                    .isEqualTo(401);
        }

        @Test
        void adminSetupPageCreatesNoAdministrator() {
            AdminSetupAttempt.assertNoAdministratorCanBeCreated(port, engine);
        }

        @Test
        void onlyProcessOwnersDeployLikeCamundaModelerDoes() {
            HttpResponse<String> deployed = deploy("penyusun-sop");
            assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
            for (String other : List.of("pemdes-babayau", "camat-paringin", "kabag-setwan")) {
                assertThat(deploy(other).statusCode()).as(other).isEqualTo(403);
            }
        }

        /**
         * The reported attack: a process owner deploys a diagram whose timer start runs a reflection expression every
         * second. Modeler shows the REST answer's message in its deploy dialog; nothing is deployed, no timer exists.
         */
        @Test
        void aProcessOwnersDiagramWithCodeIsRefusedAndNothingRuns() throws Exception {
            String attack = """
                    <bpmn:startEvent id="event_tiapDetik">
                      <bpmn:extensionElements>
                        <camunda:executionListener event="start" expression="${''.getClass().forName('java.lang.System').getMethod('setProperty', ''.getClass(), ''.getClass()).invoke(null, 'sopflow.diserang', 'ya')}" />
                      </bpmn:extensionElements>
                      <bpmn:timerEventDefinition id="timer_tiapDetik">
                        <bpmn:timeCycle>R/PT1S</bpmn:timeCycle>
                      </bpmn:timerEventDefinition>
                    </bpmn:startEvent>
                    <bpmn:scriptTask id="scriptTask_jalan" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
                    """;
            HttpResponse<String> refused = deploy("penyusun-sop", "uji-serangan", attack);

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            String message = JSON.readTree(refused.body()).path("message").asText();
            assertThat(message).startsWith("Deployment ditolak oleh pemeriksaan sopflow")
                    .contains("uji-serangan.bpmn: event_tiapDetik (expression): ekspresi ${''.getClass()",
                            "scriptTask_jalan: script task tidak diizinkan");
            assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey("uji-serangan").count()).isZero();
            assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("uji-serangan").count())
                    .isZero();
            assertThat(engine.getManagementService().createJobQuery().activityId("event_tiapDetik").count()).isZero();
            assertThat(System.getProperty("sopflow.diserang")).isNull();
        }

        private HttpResponse<String> deploy(String user) {
            return deploy(user, "uji-modeler", "<bpmn:startEvent id=\"event_mulai\" />");
        }

        /** What Modeler sends: multipart with the deployment name, the diagram and its forms. */
        private HttpResponse<String> deploy(String user, String key, String elements) {
            String boundary = "sopflow" + System.nanoTime();
            String diagram = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                        xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://sopflow.id">
                      <bpmn:process id="KEY" isExecutable="true" camunda:historyTimeToLive="1">
                    """.replace("KEY", key) + elements + """
                      </bpmn:process>
                    </bpmn:definitions>
                    """;
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                    + key + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-source\""
                    + "\r\n\r\nCamunda Modeler\r\n--" + boundary + "\r\nContent-Disposition: form-data; "
                    + "name=\"" + key + ".bpmn\"; filename=\"" + key + ".bpmn\"\r\nContent-Type: application/xml"
                    + "\r\n\r\n" + diagram + "\r\n--" + boundary + "--\r\n";
            String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
            StaffClient client = StaffClient.anonymous(port);
            return client.exchange(HttpRequest.newBuilder(client.uri(REST + "/deployment/create"))
                    .header("Authorization", "Basic " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }
    }

    @Nested
    class QueryExpressions {

        static final String PAYLOAD =
                "${\\\"\\\".getClass().forName(\\\"java.util.Date\\\").newInstance()}";

        @ParameterizedTest
        @MethodSource("id.sopflow.security.SecurityHttpTest#sessionKinds")
        void theReportedOrQueryPayloadIsRefusedOnListAndCount(String kind) {
            StaffClient user = as(kind, "pemdes-babayau");
            String body = "{\"orQueries\":[{\"dueBeforeExpression\":\"" + PAYLOAD + "\"}]}";
            for (String path : List.of("/task", "/task/count")) {
                assertRefused(user.post(base(kind) + path, body), "orQueries[0].dueBeforeExpression");
            }
        }

        static Stream<String> expressionFields() {
            List<String> fields = new ArrayList<>();
            Arrays.stream(TaskQueryDto.class.getMethods())
                    .map(method -> method.getAnnotation(CamundaQueryParam.class))
                    .filter(param -> param != null && param.value().endsWith("Expression"))
                    .forEach(param -> fields.add(param.value()));
            assertThat(fields).hasSizeGreaterThan(15);
            return fields.stream();
        }

        @ParameterizedTest
        @MethodSource("expressionFields")
        void everyExpressionFieldIsRefusedInsideOrQueriesAndAtTheTop(String field) {
            StaffClient user = StaffClient.basic(port, "pemdes-babayau", "demo");
            String expression = "\"${now()}\"";
            if (field.endsWith("InExpression") || field.equals("candidateGroupsExpression")) {
                expression = "\"${currentUserGroups()}\"";
            }
            assertRefused(user.post(REST + "/task", "{\"orQueries\":[{\"" + field + "\":" + expression + "}]}"),
                    "orQueries[0].");
            assertRefused(user.post(REST + "/task/count", "{\"" + field + "\":" + expression + "}"), "Expression");
        }

        @Test
        void aSecondOrBranchAndNestedOrQueriesAreRefused() {
            StaffClient user = StaffClient.basic(port, "pemdes-babayau", "demo");
            assertRefused(user.post(REST + "/task", "{\"orQueries\":[{\"name\":\"x\"},{\"assigneeExpression\":"
                    + "\"${currentUser()}\"}]}"), "orQueries[1].taskAssigneeExpression");
            HttpResponse<String> nested = user.post(REST + "/task", "{\"orQueries\":[{\"orQueries\":[{"
                    + "\"dueBeforeExpression\":\"" + PAYLOAD + "\"}]}]}");
            assertThat(nested.statusCode()).as(nested.body()).isEqualTo(400);
        }

        @Test
        void expressionsInQueryParametersOfGetRequestsAreRefused() {
            StaffClient user = StaffClient.basic(port, "pemdes-babayau", "demo");
            String expression = "%24%7Bnow()%7D";
            assertRefused(user.get(REST + "/task?dueBeforeExpression=" + expression), "dueBeforeExpression");
            assertRefused(user.get(REST + "/task/count?assigneeExpression=%24%7BcurrentUser()%7D"),
                    "taskAssigneeExpression");
            HttpResponse<String> orParameter = user.get(REST + "/task?orQueries=%5B%7B%22dueBeforeExpression%22%3A"
                    + "%22" + expression + "%22%7D%5D");
            assertThat(orParameter.statusCode()).as(orParameter.body()).isEqualTo(400);
            assertThat(orParameter.body()).contains("Parameter kueri tidak sah").doesNotContain(taskId);
        }

        @ParameterizedTest
        @MethodSource("id.sopflow.security.SecurityHttpTest#sessionKinds")
        void anExtendingQueryOfAStoredFilterIsRefusedButTheFilterItselfWorks(String kind) {
            StaffClient user = as(kind, "pemdes-babayau");
            Filter myGroupTasks = engine.getFilterService().createTaskFilterQuery()
                    .filterName("Tugas Kelompok Saya").singleResult();
            String filter = base(kind) + "/filter/" + myGroupTasks.getId();
            String extending = "{\"orQueries\":[{\"dueBeforeExpression\":\"" + PAYLOAD + "\"}]}";
            for (String operation : List.of("/list", "/count")) {
                assertRefused(user.post(filter + operation, extending), "orQueries[0].dueBeforeExpression");
            }
            // The REST API words every failure of a single result alike, but refuses it as well.
            assertThat(user.post(filter + "/singleResult", extending).statusCode()).isEqualTo(400);
            assertRefused(user.post(filter + "/list", "{\"dueAfterExpression\":\"${now()}\"}"), "dueAfterExpression");
            HttpResponse<String> stored = user.post(filter + "/list", "{}");
            assertThat(stored.statusCode()).isEqualTo(200);
            assertThat(stored.body()).contains(taskId);
        }

        @Test
        void theJavaApisOrBranchesAreCheckedToo() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().createTaskQuery()
                            .taskName("x").or().taskName("y").endOr()
                            .or().dueBeforeExpression("${now()}").endOr().list())
                    .isInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class)
                    .hasMessageContaining("orQueries[1].dueBeforeExpression");
        }

        @Test
        void onlyAdministratorsCreateOrChangeStoredFilters() {
            String query = "{\"resourceType\":\"Task\",\"name\":\"Uji\",\"query\":{\"orQueries\":[{"
                    + "\"assigneeExpression\":\"${currentUser()}\"}]}}";
            for (String user : List.of("pemdes-babayau", "camat-paringin", "penyusun-sop")) {
                assertThat(StaffClient.basic(port, user, "demo").post(REST + "/filter/create", query).statusCode())
                        .as(user).isEqualTo(403);
            }
            Filter myTasks = engine.getFilterService().createTaskFilterQuery().filterName("Tugas Saya").singleResult();
            HttpResponse<String> change = StaffClient.basic(port, "camat-paringin", "demo")
                    .put(REST + "/filter/" + myTasks.getId(), query);
            assertThat(change.statusCode()).isEqualTo(403);
            HttpResponse<String> created = StaffClient.basic(port, "admin", "admin").post(REST + "/filter/create", query);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            engine.getFilterService().deleteFilter(json(created).get("id").asText());
        }

        /** Even an administrator's stored filter runs no Java: only Camunda's filter functions are allowed. */
        @Test
        void storedFiltersAllowOnlyTheFilterFunctions() {
            StaffClient admin = StaffClient.basic(port, "admin", "admin");
            HttpResponse<String> code = admin.post(REST + "/filter/create", "{\"resourceType\":\"Task\","
                    + "\"name\":\"Uji\",\"query\":{\"orQueries\":[{\"dueBeforeExpression\":\"" + PAYLOAD + "\"}]}}");
            assertThat(code.statusCode()).as(code.body()).isEqualTo(400);
            assertThat(code.body()).contains("Filter tidak disimpan").contains("orQueries[0].dueBeforeExpression");
            assertThat(engine.getFilterService().createFilterQuery().filterName("Uji").count()).isZero();

            HttpResponse<String> allowed = admin.post(REST + "/filter/create", "{\"resourceType\":\"Task\","
                    + "\"name\":\"Uji\",\"query\":{\"dueAfterExpression\":"
                    + "\"${dateTime().withTimeAtStartOfDay().toDate()}\",\"candidateGroupsExpression\":"
                    + "\"${currentUserGroups()}\"}}");
            assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
            engine.getFilterService().deleteFilter(json(allowed).get("id").asText());
        }

        private void assertRefused(HttpResponse<String> response, String named) {
            assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(400);
            assertThat(response.body()).contains("Ekspresi tidak diizinkan").contains(named);
        }
    }
}
