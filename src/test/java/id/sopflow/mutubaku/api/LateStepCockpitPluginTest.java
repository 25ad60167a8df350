package id.sopflow.mutubaku.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Cockpit plugin's endpoints over HTTP, logged into Cockpit as a browser is. Same context as
 * {@link MutuBakuApiTest}; times in WITA, November 2026 has no public holiday.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LateStepCockpitPluginTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final String SOP = "sipa-bermedsos";
    private static final String BPMN = "bpmn/api/sipa-bermedsos-uji.bpmn";
    private static final String PLUGIN = "/camunda/api/cockpit/plugin/sopflow-terlambat/default";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeTestDataAndResetClock() {
        ClockUtil.reset();
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    void theCamatSeesEveryDesaOfTheKecamatanWithHowLateInWordsAndTheKetuaPpidNothing() throws Exception {
        deploy("desa-babayau", "desa-lok-batu");
        String babayau = start("desa-babayau", "2026-11-06T15:00");
        String lokBatu = start("desa-lok-batu", "2026-11-09T08:00");
        now("2026-11-09T08:30");

        JsonNode camat = get(login("camat-paringin"), PLUGIN + "/terlambat");
        assertThat(camat.path("waktu").asText()).as("the stamp in the Camat's zone, as the rows")
                .isEqualTo("Senin, 9 November 2026 08.30 WITA");
        JsonNode late = only(camat.path("terlambat"), babayau);
        assertThat(late.path("desa").asText()).startsWith("Desa Babayau");
        assertThat(late.path("organisasi").asText()).contains("Paringin");
        assertThat(late.path("terlambatTeks").asText()).isEqualTo("1 jam kerja");
        assertThat(late.path("jatuhTempoTeks").asText()).isEqualTo("Jumat, 6 November 2026 16.00 WITA");
        assertThat(late.path("tautan").asText()).endsWith("/#/process-instance/" + babayau + "/runtime");
        assertThat(camat.path("perDesa").toString()).contains("Desa Babayau");
        JsonNode soon = only(camat.path("segeraJatuhTempo"), lokBatu);
        assertThat(soon.path("sisaTeks").asText()).isEqualTo("30 menit kerja");

        JsonNode ketuaPpid = get(login("ketua-ppid"), PLUGIN + "/terlambat");
        assertThat(ids(ketuaPpid.path("terlambat"))).doesNotContain(babayau, lokBatu);
        assertThat(ids(ketuaPpid.path("segeraJatuhTempo"))).doesNotContain(babayau, lokBatu);
    }

    @Test
    void staffWithoutCockpitAccessAndStrangersAreTurnedAway() throws Exception {
        HttpResponse<String> staff = send(login("pemdes-babayau", "tasklist"), PLUGIN + "/terlambat");
        assertThat(staff.statusCode()).isEqualTo(403);
        assertThat(json.readTree(staff.body()).path("pesan").asText()).startsWith("Anda tidak berwenang membuka Cockpit");

        HttpResponse<String> stranger = send(HttpClient.newHttpClient(), PLUGIN + "/terlambat");
        assertThat(stranger.statusCode()).isIn(401, 403);
    }

    @Test
    void badParametersGetAnIndonesianMessage() throws Exception {
        HttpClient camat = login("camat-paringin");
        assertBadRequest(camat, "/terlambat?jam=dua", "Parameter 'jam' tidak sah: 'dua' bukan bilangan bulat");
        assertBadRequest(camat, "/terlambat?jam=99", "Parameter 'jam' tidak sah: 99");
        assertBadRequest(camat, "/ketepatan?dari=2026-13-01", "Parameter 'dari' tidak sah");
        assertBadRequest(camat, "/ketepatan?dari=2026-11-30&sampai=2026-11-01", "Rentang tanggal tidak sah");
        assertBadRequest(camat, "/ketepatan?sop=tidak-ada", "SOP 'tidak-ada' tidak dikenal");
        assertBadRequest(camat, "/terlambat?firstResult=-1", "Parameter 'firstResult' tidak sah");
        assertBadRequest(camat, "/terlambat?firstResult=satu", "Parameter 'firstResult' tidak sah: 'satu'");
        assertBadRequest(camat, "/terlambat?maxResults=0", "Parameter 'maxResults' tidak sah: 0");
        assertBadRequest(camat, "/terlambat?maxResults=100000", "Parameter 'maxResults' tidak sah: 100000");
    }

    @Test
    void theDashboardCountsEveryLateStepButListsOnePageMostLateFirst() throws Exception {
        deploy("desa-babayau", "desa-lok-batu");
        String oldest = start("desa-babayau", "2026-11-02T08:00");
        String older = start("desa-babayau", "2026-11-03T08:00");
        String newer = start("desa-lok-batu", "2026-11-04T08:00");
        String newest = start("desa-babayau", "2026-11-05T08:00");
        now("2026-11-09T10:00");
        HttpClient camat = login("camat-paringin");

        JsonNode first = get(camat, PLUGIN + "/terlambat?sop=" + SOP + "&maxResults=2");
        JsonNode second = get(camat, PLUGIN + "/terlambat?sop=" + SOP + "&firstResult=2&maxResults=2");
        JsonNode beyond = get(camat, PLUGIN + "/terlambat?sop=" + SOP + "&firstResult=4&maxResults=2");

        assertThat(ids(first.path("terlambat"))).containsExactly(oldest, older);
        assertThat(ids(second.path("terlambat"))).containsExactly(newer, newest);
        assertThat(beyond.path("terlambat")).isEmpty();
        for (JsonNode page : List.of(first, second, beyond)) {
            assertThat(page.path("jumlahTerlambat").asInt()).isEqualTo(4);
            assertThat(counts(page.path("perSop")).values()).containsExactly(4);
            assertThat(counts(page.path("perDesa"))).hasSize(2)
                    .containsValues(3, 1)
                    .anySatisfy((desa, count) -> assertThat(desa).contains("Desa Babayau"))
                    .anySatisfy((desa, count) -> assertThat(desa).contains("Desa Lok Batu"));
            assertThat(counts(page.path("perLangkah")).values()).containsExactly(4);
            assertThat(counts(page.path("perPelaksana")).values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(4);
        }
        assertThat(first.path("mulai").asInt()).isZero();
        assertThat(second.path("mulai").asInt()).isEqualTo(2);
        assertThat(first.path("maksimal").asInt()).isEqualTo(2);

        JsonNode ketuaPpid = get(login("ketua-ppid"), PLUGIN + "/terlambat");
        assertThat(ids(ketuaPpid.path("terlambat"))).doesNotContain(oldest, older, newer, newest);
        assertThat(ketuaPpid.path("perDesa").toString()).doesNotContain("Babayau", "Lok Batu");
    }

    @Test
    void theExportKeepsTheWholeTableNotThePage() throws Exception {
        deploy("desa-babayau");
        for (int day = 2; day <= 4; day++) {
            start("desa-babayau", "2026-11-0" + day + "T08:00");
        }
        now("2026-11-09T10:00");

        HttpResponse<String> csv = send(login("camat-paringin"), PLUGIN + "/terlambat.csv?sop=" + SOP);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().filter(line -> line.contains("Desa Babayau"))).hasSize(3);
    }

    @Test
    void theInstanceTabShowsEachStepAgainstItsMutuBakuWithinTheCallersScope() throws Exception {
        deploy("desa-babayau");
        String babayau = start("desa-babayau", "2026-11-06T15:00");
        now("2026-11-09T08:30");

        JsonNode steps = get(login("camat-paringin"), PLUGIN + "/kasus/" + babayau);
        assertThat(steps.path("desa").asText()).startsWith("Desa Babayau");
        JsonNode step = steps.path("langkah").get(0);
        assertThat(step.path("mutuBakuTeks").asText()).isEqualTo("1 jam kerja");
        assertThat(step.path("dipakaiTeks").asText()).isEqualTo("2 jam kerja");
        assertThat(step.path("terlambat").asBoolean()).isTrue();
        assertThat(step.path("terlambatTeks").asText()).isEqualTo("1 jam kerja");
        assertThat(step.path("status").asText()).isEqualTo("Terlambat, belum selesai");

        HttpResponse<String> ketuaPpid = send(login("ketua-ppid"), PLUGIN + "/kasus/" + babayau);
        assertThat(ketuaPpid.statusCode()).isEqualTo(404);
        assertThat(json.readTree(ketuaPpid.body()).path("pesan").asText()).contains("bukan wewenang Anda");
        assertBadRequest(login("camat-paringin"), "/kasus/%3Cscript%3E", "Id kasus tidak sah");
    }

    @Test
    void timelinessMatchesTheHistory() throws Exception {
        deploy("desa-babayau");
        String onTime = start("desa-babayau", "2026-11-02T08:00");
        complete(onTime, "2026-11-02T08:30");
        String late = start("desa-babayau", "2026-11-03T08:00");
        complete(late, "2026-11-03T10:00");
        String lastMonth = start("desa-babayau", "2026-10-28T08:00");
        complete(lastMonth, "2026-10-28T08:10");
        // ends on 1 November in WITA, still 31 October in UTC: counted in November, where the desa lives
        String afterMidnight = start("desa-babayau", "2026-10-30T08:00");
        complete(afterMidnight, "2026-11-01T00:30");
        now("2026-11-10T09:00");

        JsonNode timeliness = get(login("camat-paringin"),
                PLUGIN + "/ketepatan?sop=" + SOP + "&dari=2026-10-01&sampai=2026-11-30");

        long finished = List.of(onTime, late, lastMonth, afterMidnight).stream()
                .mapToLong(instance -> historyService.createHistoricTaskInstanceQuery()
                        .processInstanceId(instance).finished().count())
                .sum();
        JsonNode perSop = timeliness.path("perSop").get(0);
        assertThat(perSop.path("selesai").asLong()).isEqualTo(finished).isEqualTo(4);
        assertThat(perSop.path("tepatWaktu").asInt()).isEqualTo(2);
        assertThat(perSop.path("persen").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(timeliness.path("perBulan").toString())
                .contains("\"kunci\":\"2026-10\",\"nama\":\"2026-10\",\"selesai\":1,\"tepatWaktu\":1")
                .contains("\"kunci\":\"2026-11\",\"nama\":\"2026-11\",\"selesai\":3,\"tepatWaktu\":1");
        assertThat(timeliness.path("perDesa").get(0).path("nama").asText()).startsWith("Desa Babayau");
        assertThat(timeliness.path("perLangkah").get(0).path("selesai").asInt()).isEqualTo(4);

        // the period is read in the desa's zone: 1 November WITA is in a November report
        JsonNode november = get(login("camat-paringin"),
                PLUGIN + "/ketepatan?sop=" + SOP + "&dari=2026-11-01&sampai=2026-11-30");
        assertThat(november.path("perSop").get(0).path("selesai").asInt()).isEqualTo(3);

        JsonNode ketuaPpid = get(login("ketua-ppid"), PLUGIN + "/ketepatan?dari=2026-10-01&sampai=2026-11-30");
        assertThat(ketuaPpid.path("perDesa").toString()).doesNotContain("Babayau");
    }

    @Test
    void theCsvIsForIndonesianSpreadsheetsAndTheXlsxIsAWorkbook() throws Exception {
        deploy("desa-babayau");
        String babayau = start("desa-babayau", "2026-11-06T15:00");
        now("2026-11-09T08:45");
        HttpClient camat = login("camat-paringin");

        HttpResponse<byte[]> csv = camat.send(request(PLUGIN + "/terlambat.csv?sop=" + SOP),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] bytes = csv.body();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).startsWith("SOP;Langkah;Organisasi;Desa/kampung;");
        String row = Arrays.stream(lines).filter(line -> line.contains(babayau)).findFirst().orElseThrow();
        assertThat(row).contains(";Desa Babayau (contoh);").contains(";1 jam 15 menit kerja;1,25;");

        HttpResponse<byte[]> xlsx = camat.send(request(PLUGIN + "/terlambat.xlsx?sop=" + SOP),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        assertThat(new String(Arrays.copyOf(xlsx.body(), 2), StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    private void assertBadRequest(HttpClient client, String path, String message) throws Exception {
        HttpResponse<String> response = send(client, PLUGIN + path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("pesan").asText()).contains(message);
    }

    private HttpClient login(String user) throws IOException, InterruptedException {
        return login(user, "cockpit");
    }

    /** Logs into a webapp as its login page does: CSRF token first, then the form post. */
    private HttpClient login(String user, String app) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrfToken = browser.send(request("/camunda/api/admin/auth/user/default"),
                HttpResponse.BodyHandlers.ofString()).headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/" + app))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-XSRF-TOKEN", csrfToken)
                        .header("Referer", url("/camunda/app/" + app + "/default/").toString())
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo"))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(user + ": " + login.body()).isEqualTo(200);
        return browser;
    }

    private JsonNode get(HttpClient client, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(client, path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(url(path)).header("Accept", "application/json").GET().build();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void deploy(String... tenants) {
        for (String tenant : tenants) {
            deployments.add(repositoryService.createDeployment().name("uji-plugin-cockpit").tenantId(tenant)
                    .addClasspathResource(BPMN).deploy().getId());
        }
    }

    private String start(String tenant, String witaDateTime) {
        now(witaDateTime);
        return runtimeService.createProcessInstanceByKey(SOP).processDefinitionTenantId(tenant).execute().getId();
    }

    private void complete(String processInstanceId, String witaDateTime) {
        now(witaDateTime);
        Task step = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        taskService.complete(step.getId());
    }

    private static void now(String witaDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(witaDateTime).atZone(WITA).toInstant()));
    }

    private static List<String> ids(JsonNode steps) {
        return StreamSupport.stream(steps.spliterator(), false).map(step -> step.path("prosesId").asText()).toList();
    }

    private static Map<String, Integer> counts(JsonNode counts) {
        Map<String, Integer> byName = new java.util.LinkedHashMap<>();
        counts.forEach(count -> byName.put(count.path("nama").asText(), count.path("jumlah").asInt()));
        return byName;
    }

    private static JsonNode only(JsonNode steps, String processInstanceId) {
        List<JsonNode> matching = StreamSupport.stream(steps.spliterator(), false)
                .filter(step -> step.path("prosesId").asText().equals(processInstanceId)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}
