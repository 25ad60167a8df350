package id.sopflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import id.sopflow.testkit.SharedContextTest;
import id.sopflow.verification.TestImages;

/**
 * Issue 13 §3: hundreds of malformed requests across every endpoint family — both REST APIs (engine-rest and
 * Tasklist's copy), sopflow's own API, the citizens' pages and the webhook — and not one answer is a server error,
 * and nothing in the engine changed. A server error found here is a bug to fix generically, not an entry to skip.
 */
@SharedContextTest
class MalformedRequestsHttpTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] INVALID_UTF8 = {'{', '"', 'v', 'a', 'r', 'i', 'a', 'b', 'l', 'e', 's', '"', ':', '"',
            (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, '"', '}'};

    /** Bodies for endpoints that take JSON: broken syntax, wrong shapes, wrong and dangerous variable types. */
    static final List<String> BAD_JSON_BODIES = List.of(
            "{",
            "null",
            "[]",
            "\"teks\"",
            "12",
            "{\"variables\": [1, 2]}",
            "{\"variables\": {\"judul\": {\"value\": \"a\", \"type\": \"\"}}}",
            "{\"variables\": {\"judul\": {\"value\": \"a\", \"type\": \"TidakAda\"}}}",
            "{\"variables\": {\"foto1\": {\"value\": \"aGFsbw==\", \"type\": \"File\"}}}",
            "{\"variables\": {\"foto1\": {\"value\": \"bukan base64 ***\", \"type\": \"File\","
                    + " \"valueInfo\": {\"filename\": \"a.png\"}}}}",
            "{\"variables\": {\"judul\": {\"value\": \"rO0ABXQAAWE=\", \"type\": \"Object\", \"valueInfo\":"
                    + " {\"objectTypeName\": \"java.lang.String\", \"serializationDataFormat\":"
                    + " \"application/x-java-serialized-object\"}}}}",
            "{\"variables\": {\"judul\": {\"value\": \"{}\", \"type\": \"Object\", \"valueInfo\":"
                    + " {\"objectTypeName\": \"java.lang.ProcessBuilder\", \"serializationDataFormat\":"
                    + " \"application/json\"}}}}",
            "{\"variables\": {\"anggaran\": {\"value\": \"abc\", \"type\": \"Long\"}}}",
            "{\"variables\": {\"judul\": {\"value\": \"2020-13-45\", \"type\": \"Date\"}}}",
            "{\"variables\": {\"judul\": {\"value\": {\"a\": 1}, \"type\": \"Json\"}}}",
            "{\"variables\": {\"\": {\"value\": \"a\"}}}",
            "{\"variables\": {\"judul\": null}}",
            "{\"variables\": null, \"businessKey\": {\"a\": 1}}",
            "{\"firstResult\": -1, \"maxResults\": -5}",
            "{\"orQueries\": [null]}",
            "{\"orQueries\": [{\"orQueries\": [{}]}]}",
            "{\"sorting\": [null, {\"sortBy\": \"tidakAda\", \"sortOrder\": \"naik\"}]}",
            "{\"dueBefore\": \"bukan tanggal\", \"processVariables\": [{\"name\": null, \"operator\": \"xx\"}]}",
            "{\"modifications\": {\"x\": {\"value\": 1, \"type\": \"Integer\"}}, \"deletions\": [null]}",
            "{\"value\": {\"nested\": true}, \"type\": \"String\"}");

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Test
    void noMalformedRequestGetsAServerErrorOrChangesAnything() throws Exception {
        String photo = Base64.getEncoder().encodeToString(TestImages.png());
        HttpResponse<String> started = StaffClient.basic(port, "pemdes-babayau", "demo").post(
                "/engine-rest/process-definition/key/sipa-bermedsos/start", """
                {"variables": {"jenisLaporan": {"value": "lainnya"}, "judul": {"value": "Uji masukan rusak"},
                  "periode": {"value": "Desember 2026"}, "lokasi": {"value": "Balai desa"},
                  "uraian": {"value": "Rapat."}, "teksKonten": {"value": "Rapat desa."},
                  "foto1": {"value": "%s", "type": "File", "valueInfo": {"filename": "a.png"}}}}
                """.formatted(photo));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String instance = JSON.readTree(started.body()).get("id").asText();
        String definition = JSON.readTree(started.body()).get("definitionId").asText();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
        String code = (String) engine.getRuntimeService().getVariable(instance, "kodePublik");
        Map<String, Object> before = state(instance);

        StaffClient rest = StaffClient.basic(port, "admin-sipa", "demo");
        StaffClient tasklist = StaffClient.tasklistSession(port, "admin-sipa", "demo");
        StaffClient anonymous = StaffClient.anonymous(port);
        List<String> serverErrors = new ArrayList<>();
        int sent = 0;

        List<String> jsonEndpoints = List.of(
                "POST task/" + task + "/complete", "POST task/" + task + "/submit-form",
                "POST task/" + task + "/variables", "PUT task/" + task + "/variables/judul",
                "POST task/" + task + "/localVariables", "POST task", "POST task/count",
                "POST process-definition/" + definition + "/start",
                "POST process-definition/" + definition + "/submit-form",
                "POST process-definition/key/sipa-bermedsos/start",
                "POST process-instance", "POST process-instance/" + instance + "/variables",
                "PUT process-instance/" + instance + "/variables/judul", "POST variable-instance",
                "POST history/task", "POST history/process-instance", "POST history/variable-instance",
                "POST filter/create", "POST message", "POST signal", "POST identity/verify",
                "POST execution", "POST process-instance/" + instance + "/modification");
        for (StaffClient client : List.of(rest, tasklist)) {
            String base = client == rest ? "/engine-rest/" : StaffClient.WEBAPP_ENGINE_API + "/";
            for (String endpoint : jsonEndpoints) {
                String[] parts = endpoint.split(" ", 2);
                for (String body : BAD_JSON_BODIES) {
                    sent++;
                    check(client.send(parts[0], base + parts[1], body), serverErrors);
                }
                for (String contentType : List.of("text/plain", "application/xml", "multipart/form-data")) {
                    sent++;
                    check(client.exchange(request(client, base + parts[1], parts[0], contentType,
                            "{\"variables\": {}}".getBytes(StandardCharsets.UTF_8))), serverErrors);
                }
                sent++;
                check(client.exchange(request(client, base + parts[1], parts[0], "application/json",
                        INVALID_UTF8)), serverErrors);
            }
            for (String query : List.of("task?firstResult=-1", "task?maxResults=-1", "task?dueBefore=bukan-tanggal",
                    "task?sortBy=tidakAda&sortOrder=asc", "task?processVariables=judul_xx_a",
                    "task?processVariables=judul_eq", "task?candidateGroups=,,,", "task/count?created=-999999999",
                    "process-definition?firstResult=-1", "process-definition?latestVersion=mungkin",
                    "process-instance?variables=a_eq_b_c", "process-instance?firstResult=abc",
                    "history/process-instance?startedAfter=-999999999-01-01T00:00:00",
                    "history/activity-instance?maxResults=-3", "history/task?taskDueDate=31-31-2026",
                    "history/variable-instance?variableValue=x", "variable-instance?variableValues=a_gt",
                    "deployment?firstResult=-1", "deployment?after=bukan", "filter?firstResult=-1",
                    "filter?resourceType=Tidak", "user?firstResult=-1", "user?memberOfGroup=%00",
                    "group?maxResults=-1", "identity/groups", "identity/groups?userId=",
                    "task/" + task + "/variables/tidakAda", "task/tidak-ada-id/form-variables",
                    "process-instance/" + instance + "/variables/judul/data", "history/detail?firstResult=-9",
                    "job?dueDates=lt_bukan", "incident?firstResult=-1", "execution?variables=x")) {
                sent++;
                check(client.get(base + query), serverErrors);
            }
            for (String multipart : List.of("deployment/create", "process-instance/" + instance
                    + "/variables/foto1/data", "task/" + task + "/variables/foto1/data",
                    "task/" + task + "/attachment/create")) {
                for (String contentType : List.of("multipart/form-data", "multipart/form-data; boundary=xx",
                        "application/json")) {
                    sent++;
                    check(client.exchange(request(client, base + multipart, "POST", contentType,
                            "--xx\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\nabc".getBytes(
                                    StandardCharsets.UTF_8))), serverErrors);
                }
            }
        }

        for (String query : List.of("?dari=-999999999-01-01", "?dari=bukan", "?sampai=2026-02-30",
                "?dari=2027-01-01&sampai=2026-01-01", "?sop=%00", "?dari=+999999999-12-31",
                "?firstResult=%00", "?maxResults=99999999999999999999", "?firstResult=2147483647&maxResults=1000",
                "?maxResults=-2147483648")) {
            for (String path : List.of("/api/mutu-baku/kepatuhan", "/api/mutu-baku/terlambat")) {
                sent++;
                check(rest.get(path + query), serverErrors);
            }
        }
        for (String body : BAD_JSON_BODIES) {
            sent++;
            check(rest.post("/api/sipa/laporan/" + code + "/pertanyaan", body), serverErrors);
            sent++;
            check(rest.post("/api/sipa/laporan/tidak-ada/pertanyaan", body), serverErrors);
        }
        for (String path : List.of("/api/laporan/%00", "/api/laporan/" + "x".repeat(300), "/api/laporan/-1")) {
            sent++;
            check(rest.get(path), serverErrors);
        }
        for (String path : List.of("/publik/sipa/" + code, "/publik/sipa/tidak-ada", "/publik/sipa/%FF",
                "/publik/sipa/" + code + "/foto/abc", "/publik/sipa/" + code + "/foto/99999999999",
                "/publik/sipa/" + code + "?pelacakan=" + "x".repeat(500))) {
            sent++;
            check(anonymous.get(path), serverErrors);
        }
        for (String contentType : List.of("application/x-www-form-urlencoded", "application/json", "text/plain",
                "multipart/form-data")) {
            for (byte[] body : List.of("isi=".getBytes(StandardCharsets.UTF_8), INVALID_UTF8, new byte[0],
                    "token=x&isi=%ZZ".getBytes(StandardCharsets.UTF_8))) {
                sent++;
                check(anonymous.exchange(request(anonymous, "/publik/sipa/" + code + "/pertanyaan", "POST",
                        contentType, body)), serverErrors);
            }
        }
        for (byte[] body : List.of(new byte[0], INVALID_UTF8, "{\"entry\": null}".getBytes(StandardCharsets.UTF_8))) {
            for (String signature : List.of("", "sha256=zz", "sha256=" + "0".repeat(64))) {
                sent++;
                check(anonymous.exchange(request(anonymous, "/webhook/facebook", "POST", "application/json", body)
                        .header("X-Hub-Signature-256", signature.isEmpty() ? "x" : signature)), serverErrors);
            }
        }
        sent++;
        check(anonymous.get("/webhook/facebook?hub.mode=subscribe&hub.challenge=%00"), serverErrors);

        assertThat(sent).isGreaterThanOrEqualTo(300);
        assertThat(serverErrors).as("server errors of %d malformed requests", sent).isEmpty();
        assertThat(state(instance)).isEqualTo(before);
    }

    private static HttpRequest.Builder request(StaffClient client, String path, String method, String contentType,
            byte[] body) {
        return client.authorize(HttpRequest.newBuilder(client.uri(path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType).header("Accept", "application/json"));
    }

    private static void check(HttpResponse<String> response, List<String> serverErrors) {
        if (response.statusCode() >= 500) {
            String body = response.body();
            serverErrors.add(response.request().method() + " " + response.uri() + " → " + response.statusCode()
                    + " " + body.substring(0, Math.min(body.length(), 300)));
        }
    }

    /** What a successful malformed request could have changed. */
    private Map<String, Object> state(String instance) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("instances", engine.getRuntimeService().createProcessInstanceQuery().count());
        state.put("tasks", engine.getTaskService().createTaskQuery().count());
        state.put("deployments", engine.getRepositoryService().createDeploymentQuery().count());
        state.put("filters", engine.getFilterService().createFilterQuery().count());
        state.put("users", engine.getIdentityService().createUserQuery().count());
        state.put("attachments", engine.getTaskService().getProcessInstanceAttachments(instance).size());
        state.put("incidents", engine.getRuntimeService().createIncidentQuery().count());
        Map<String, Object> variables = new TreeMap<>();
        engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance)
                .disableBinaryFetching().list().forEach(v -> variables.put(v.getName() + "@" + v.getExecutionId(),
                        v.getTypeName().equals("file") ? "file" : v.getValue()));
        state.put("variables", variables);
        return state;
    }
}
