package id.sopflow.mutubaku.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.mutubaku.LateStepNoticeVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The mutu-baku API over HTTP, as the demo users. Times are in WITA, Kecamatan Paringin's zone; November 2026 has no
 * public holiday, so the civil-service week applies unchanged (Mon–Thu 07:30–12:00 and 13:00–16:00, Fri 07:00–11:30
 * and 13:00–16:00).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MutuBakuApiTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final String SOP = "sipa-bermedsos";
    private static final String BPMN = "bpmn/api/sipa-bermedsos-uji.bpmn";
    private static final String LAPORKAN = "userTask_laporkanKegiatan";
    private static final String VERIFIKASI = "userTask_verifikasiLaporan";
    private static final String BABAYAU = "desa-babayau";
    private static final String LOK_BATU = "desa-lok-batu";
    private static final String TERLAMBAT = "/api/mutu-baku/terlambat";
    private static final String KEPATUHAN = "/api/mutu-baku/kepatuhan";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    LateStepQuery lateStepQuery;
    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeTestDataAndResetClock() {
        ClockUtil.reset();
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Nested
    class Authentication {

        @Test
        void withoutCredentialsTheCallerIsAskedToLogIn() throws IOException {
            ResponseEntity<String> response = http.getForEntity(TERLAMBAT, String.class);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"sopflow\"");
            assertThat(json.readTree(response.getBody()).path("pesan").asText()).startsWith("Silakan masuk:");
        }

        /** Not a user other tests log in as: the engine makes a user wait a little after a failed login. */
        @Test
        void aWrongPasswordIsRefused() throws IOException {
            ResponseEntity<String> response = http.withBasicAuth("kasi-sipa", "salah")
                    .getForEntity(KEPATUHAN, String.class);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(json.readTree(response.getBody()).path("pesan").asText())
                    .isEqualTo("Silakan masuk: nama pengguna atau kata sandi salah.");
        }

        @Test
        void aCockpitLoginInTheSameSessionIsEnough() throws Exception {
            deploy(BABAYAU);
            String instance = start(BABAYAU, "2026-11-06T15:00");
            now("2026-11-09T08:30");
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpResponse<String> beforeLogin = browser.send(get(TERLAMBAT).build(), HttpResponse.BodyHandlers.ofString());
            String csrfToken = browser.send(get("/camunda/api/admin/auth/user/default").build(),
                    HttpResponse.BodyHandlers.ofString()).headers().firstValue("X-XSRF-TOKEN").orElseThrow();

            HttpResponse<String> login = browser.send(
                    HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/cockpit"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-XSRF-TOKEN", csrfToken)
                    .header("Referer", url("/camunda/app/cockpit/default/").toString())
                    .POST(HttpRequest.BodyPublishers.ofString("username=camat-paringin&password=demo"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> afterLogin = browser.send(get(TERLAMBAT).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(beforeLogin.statusCode()).isEqualTo(401);
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            assertThat(afterLogin.statusCode()).isEqualTo(200);
            assertThat(processIds(json.readTree(afterLogin.body()))).contains(instance);
        }
    }

    @Nested
    class LateSteps {

        @Test
        void theCamatSeesLateStepsOfEveryDesaOfTheKecamatanAndTheKetuaPpidNone() throws IOException {
            deploy(BABAYAU, LOK_BATU);
            String babayau = start(BABAYAU, "2026-11-06T15:00");
            String lokBatu = start(LOK_BATU, "2026-11-06T15:00");
            now("2026-11-09T08:30");

            assertThat(processIds(late("camat-paringin"))).contains(babayau, lokBatu);
            assertThat(processIds(late("ketua-ppid"))).doesNotContain(babayau, lokBatu);
        }

        @Test
        void aDesaSeesOnlyItsOwnLateSteps() throws IOException {
            deploy(BABAYAU, LOK_BATU);
            String babayau = start(BABAYAU, "2026-11-06T15:00");
            String lokBatu = start(LOK_BATU, "2026-11-06T15:00");
            now("2026-11-09T08:30");

            JsonNode seen = late("pemdes-babayau");

            assertThat(processIds(seen)).contains(babayau).doesNotContain(lokBatu);
            assertThat(seen.findValuesAsText("tenant")).containsOnly(BABAYAU);
        }

        @Test
        void aStepDueFridayAtFourIsOneWorkingHourLateOnMondayAtHalfPastEight() throws IOException {
            deploy(BABAYAU);
            String instance = start(BABAYAU, "2026-11-06T15:00");
            now("2026-11-09T08:30");

            JsonNode step = only(late("camat-paringin"), instance);

            assertThat(step.path("sop").asText()).isEqualTo(SOP);
            assertThat(step.path("sopNama").asText()).isEqualTo("SIPA BERMEDSOS");
            assertThat(step.path("langkah").asText()).isEqualTo("Melaporkan kegiatan dan realisasi APBDes");
            assertThat(step.path("langkahId").asText()).isEqualTo(LAPORKAN);
            assertThat(step.path("grupPelaksana").toString()).isEqualTo("[\"sipa-pemerintah-desa\"]");
            assertThat(step.path("tenant").asText()).isEqualTo(BABAYAU);
            assertThat(step.path("desa").asText()).isEqualTo("Desa Babayau (contoh)");
            assertThat(step.path("penanggungJawab").isNull()).isTrue();
            assertThat(step.path("jatuhTempo").asText()).isEqualTo("2026-11-06T08:00:00Z");
            assertThat(step.path("terlambatKerja").asText()).isEqualTo("PT1H");
            assertThat(step.path("terlambatKerjaTeks").asText()).isEqualTo("1 jam kerja");
            assertThat(step.path("terlambatKalender").asText()).isEqualTo("PT64H30M");
            assertThat(step.path("terlambatKalenderTeks").asText()).isEqualTo("2 hari 16 jam 30 menit");
            assertThat(step.path("tautanCockpit").asText())
                    .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime");
        }

        @Test
        void theMostLateStepComesFirstAndStepsNotYetDueAreLeftOut() throws IOException {
            deploy(BABAYAU);
            String halfAnHourLate = start(BABAYAU, "2026-11-06T15:30");
            String anHourLate = start(BABAYAU, "2026-11-06T15:00");
            String notYetDue = start(BABAYAU, "2026-11-09T08:00");
            now("2026-11-09T08:30");

            List<String> order = processIds(late("camat-paringin")).stream()
                    .filter(List.of(halfAnHourLate, anHourLate, notYetDue)::contains)
                    .toList();

            assertThat(order).containsExactly(anHourLate, halfAnHourLate);
            assertThat(only(late("camat-paringin"), halfAnHourLate).path("terlambatKerja").asText()).isEqualTo("PT30M");
        }

        @Test
        void theAssigneeIsNamed() throws IOException {
            deploy(BABAYAU);
            String instance = start(BABAYAU, "2026-11-06T15:00");
            taskService.claim(openStep(instance).getId(), "pemdes-babayau");
            now("2026-11-09T08:30");

            assertThat(only(late("camat-paringin"), instance).path("penanggungJawab").asText())
                    .isEqualTo("pemdes-babayau");
        }

        @Test
        void aTenantlessInstanceBelongsToTheOrganisationOfItsSopNotToADesa() throws IOException {
            deploy((String) null);
            String instance = start(null, "2026-11-06T15:00");
            now("2026-11-09T08:30");

            JsonNode step = only(late("camat-paringin"), instance);

            assertThat(step.path("tenant").isNull()).isTrue();
            assertThat(step.path("terlambatKerja").asText()).isEqualTo("PT1H");
            assertThat(processIds(late("pemdes-babayau"))).doesNotContain(instance);
            assertThat(processIds(late("ketua-ppid"))).doesNotContain(instance);
        }
    }

    /**
     * The list comes a page at a time, most late first, with the length of the whole list in X-Total-Count; the body
     * stays a JSON array, so a client written before paging still reads it.
     */
    @Nested
    class NoticeSteps {

        /** A SIPA diagram whose "Verifikasi laporan" has its mutu-baku timer (one working hour). */
        private static final String WITH_TIMER = "bpmn/uji-terlambat.bpmn";

        @Test
        void theNoticeListsTheOpenStepsItGathersInWordsForItsSupervisorAndNothingForAnotherDesa() throws IOException {
            deployments.add(repositoryService.createDeployment().name("uji-api-pemberitahuan").tenantId(BABAYAU)
                    .addClasspathResource(WITH_TIMER).deploy().getId());
            String first = start(BABAYAU, "2026-11-20T15:30");
            String second = start(BABAYAU, "2026-11-20T15:30");
            now("2026-11-23T08:01");
            for (String instance : List.of(first, second)) {
                managementService.executeJob(managementService.createJobQuery().processInstanceId(instance)
                        .activityId("timer_verifikasiLaporanTerlambat").singleResult().getId());
            }
            Task notice = taskService.createTaskQuery().processDefinitionKey(LateStepNoticeVariables.PROCESS_KEY)
                    .tenantIdIn(BABAYAU).singleResult();
            try {
                String path = "/api/mutu-baku/pemberitahuan/" + notice.getId() + "/langkah";
                ResponseEntity<String> response = http.withBasicAuth("camat-paringin", "demo")
                        .getForEntity(path, String.class);
                assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
                assertThat(response.getHeaders().getFirst("X-Total-Count")).isEqualTo("2");
                JsonNode rows = json.readTree(response.getBody());
                assertThat(rows.findValuesAsText("tugasId"))
                        .containsExactlyInAnyOrder(openStep(first).getId(), openStep(second).getId());
                JsonNode row = rows.get(0);
                assertThat(row.path("langkah").asText()).isEqualTo("Verifikasi laporan");
                assertThat(row.path("sopNama").asText()).isEqualTo("SIPA BERMEDSOS");
                assertThat(row.path("desa").asText()).isEqualTo("Desa Babayau (contoh)");
                assertThat(row.path("pelaksana").asText()).isEqualTo("Admin");
                assertThat(row.path("jatuhTempoTeks").asText()).isEqualTo("Senin, 23 November 2026 08.00 WITA");
                assertThat(row.path("terlambatTeks").asText()).isEqualTo("1 menit kerja");
                assertThat(row.path("tautan").asText()).contains("/#/process-instance/");

                ResponseEntity<String> otherDesa = http.withBasicAuth("pemdes-lok-batu", "demo")
                        .getForEntity(path, String.class);
                assertThat(otherDesa.getStatusCode()).isEqualTo(HttpStatus.OK);
                assertThat(json.readTree(otherDesa.getBody())).as("not their desa's steps").isEmpty();

                taskService.complete(openStep(first).getId());
                JsonNode afterOneDone = json.readTree(http.withBasicAuth("camat-paringin", "demo")
                        .getForEntity(path, String.class).getBody());
                assertThat(afterOneDone.findValuesAsText("tugasId")).containsExactly(openStep(second).getId());

                assertBadRequest("/api/mutu-baku/pemberitahuan/tugas'satu/langkah",
                        "Id pemberitahuan tidak sah: isi id tugas pemberitahuan dari Tasklist.");
            } finally {
                runtimeService.deleteProcessInstance(notice.getProcessInstanceId(), "uji");
            }
        }
    }

    @Nested
    class Pages {

        @Test
        void pagesFollowTheWholeListInOrderAndTheHeaderCountsIt() throws IOException {
            deploy(BABAYAU);
            for (int minute = 0; minute < 5; minute++) {
                start(BABAYAU, "2026-11-06T15:0" + minute);
            }
            now("2026-11-09T08:30");

            ResponseEntity<String> all = lateResponse("pemdes-babayau", "?maxResults=1000");
            ResponseEntity<String> first = lateResponse("pemdes-babayau", "?maxResults=2");
            ResponseEntity<String> second = lateResponse("pemdes-babayau", "?firstResult=2&maxResults=2");
            ResponseEntity<String> beyond = lateResponse("pemdes-babayau", "?firstResult=1000");

            List<String> whole = processIds(json.readTree(all.getBody()));
            assertThat(whole).hasSizeGreaterThanOrEqualTo(5);
            assertThat(all.getHeaders().getFirst("X-Total-Count")).isEqualTo(String.valueOf(whole.size()));
            assertThat(first.getHeaders().getFirst("X-Total-Count")).isEqualTo(String.valueOf(whole.size()));
            assertThat(second.getHeaders().getFirst("X-Total-Count")).isEqualTo(String.valueOf(whole.size()));
            assertThat(processIds(json.readTree(first.getBody()))).containsExactlyElementsOf(whole.subList(0, 2));
            assertThat(processIds(json.readTree(second.getBody()))).containsExactlyElementsOf(whole.subList(2, 4));
            assertThat(json.readTree(beyond.getBody()).isArray()).isTrue();
            assertThat(json.readTree(beyond.getBody())).isEmpty();
            assertThat(beyond.getHeaders().getFirst("X-Total-Count")).isEqualTo(String.valueOf(whole.size()));
        }

        @Test
        void withoutParametersTheFirstFiftyComeAndTheHeaderCountsTheRest() throws IOException {
            deploy(BABAYAU);
            String mostLate = start(BABAYAU, "2026-11-05T08:00");
            for (int i = 0; i < 51; i++) {
                start(BABAYAU, "2026-11-06T15:00");
            }
            now("2026-11-09T08:30");

            ResponseEntity<String> response = lateResponse("pemdes-babayau", "");
            JsonNode page = json.readTree(response.getBody());

            assertThat(page.isArray()).isTrue();
            assertThat(page).hasSize(50);
            assertThat(Integer.parseInt(response.getHeaders().getFirst("X-Total-Count"))).isGreaterThanOrEqualTo(52);
            assertThat(page.get(0).path("prosesId").asText()).isEqualTo(mostLate);
            // every row of the page is complete, not only the first: groups and words are built for the page
            assertThat(page.findValuesAsText("terlambatKerjaTeks")).hasSize(50).doesNotContain("");
            assertThat(page.findValues("grupPelaksana")).hasSize(50)
                    .allSatisfy(groups -> assertThat(groups.toString()).isEqualTo("[\"sipa-pemerintah-desa\"]"));
        }

        /**
         * The API reads a page by due date, part by part of the Camat's scope (the desa; the kecamatan's tenant-less
         * cases), and merges; the plug-in and the export rank every step. Both must give the same rows in the same
         * order, ties included.
         */
        @Test
        void aPageReadByDueDateIsThePageThatRankingEveryStepGives() {
            deploy(BABAYAU, LOK_BATU, null);
            start(BABAYAU, "2026-11-05T08:00");
            start(BABAYAU, "2026-11-06T15:00");
            start(BABAYAU, "2026-11-06T15:00");
            start(BABAYAU, "2026-11-06T15:30");
            start(LOK_BATU, "2026-11-06T15:00");
            start(LOK_BATU, "2026-11-06T10:00");
            start(null, "2026-11-06T15:00");
            start(null, "2026-11-05T09:00");
            start(BABAYAU, "2026-11-09T08:00");
            now("2026-11-09T08:30");
            Instant now = ClockUtil.getCurrentTime().toInstant();

            asUser("camat-paringin", scope -> {
                List<LateStepRow> ranked = lateStepQuery.find(scope, now);
                LateStepPage whole = lateStepQuery.find(scope, now, new Paging(0, 1000));

                assertThat(ranked).hasSizeGreaterThanOrEqualTo(8);
                assertThat(whole.total()).isEqualTo(ranked.size());
                assertThat(whole.rows()).containsExactlyElementsOf(ranked);
                for (int first = 0; first < ranked.size(); first += 3) {
                    LateStepPage page = lateStepQuery.find(scope, now, new Paging(first, 3));
                    assertThat(page.total()).isEqualTo(ranked.size());
                    assertThat(page.rows()).containsExactlyElementsOf(
                            ranked.subList(first, Math.min(ranked.size(), first + 3)));
                }
                // a page ending past the merged reading's limit ranks every step, with the same total
                LateStepPage far = lateStepQuery.find(scope, now, new Paging(999, 2));
                assertThat(far.total()).isEqualTo(ranked.size());
                assertThat(far.rows()).isEmpty();
            });
        }

        @Test
        void badPagingParametersAreRefusedInBahasaIndonesia() throws IOException {
            assertBadRequest(TERLAMBAT + "?firstResult=-1",
                    "Parameter 'firstResult' tidak sah: -1. Isi 0 atau lebih besar.");
            assertBadRequest(TERLAMBAT + "?firstResult=satu",
                    "Parameter 'firstResult' tidak sah: 'satu' bukan bilangan bulat. Isi angka, misalnya firstResult=0.");
            assertBadRequest(TERLAMBAT + "?maxResults=0",
                    "Parameter 'maxResults' tidak sah: 0. Isi jumlah baris antara 1 dan 1000.");
            assertBadRequest(TERLAMBAT + "?maxResults=-5",
                    "Parameter 'maxResults' tidak sah: -5. Isi jumlah baris antara 1 dan 1000.");
            assertBadRequest(TERLAMBAT + "?maxResults=1001",
                    "Parameter 'maxResults' tidak sah: 1001. Isi jumlah baris antara 1 dan 1000.");
            assertBadRequest(TERLAMBAT + "?maxResults=99999999999",
                    "Parameter 'maxResults' tidak sah: '99999999999' bukan bilangan bulat. Isi angka, misalnya "
                            + "maxResults=50.");
            assertBadRequest(TERLAMBAT + "?maxResults=1.5",
                    "Parameter 'maxResults' tidak sah: '1.5' bukan bilangan bulat. Isi angka, misalnya maxResults=50.");
        }
    }

    /**
     * Desa Babayau, Monday 2 November 2026, step "laporkan" (due one working hour after it starts): 30 and 45 minutes
     * on time, 90 minutes late, and 2 working hours over the lunch break late; one more finished on Tuesday at 07:45
     * WITA (still Monday in UTC); one cancelled. Desa Lok Batu: 20 minutes on time. One "verifikasi" step: 30 minutes.
     */
    @Nested
    class Compliance {

        void finishSteps() {
            deploy(BABAYAU, LOK_BATU);
            complete(start(BABAYAU, "2026-11-02T07:30"), LAPORKAN, "2026-11-02T08:00");
            String a = start(BABAYAU, "2026-11-02T08:00");
            complete(a, LAPORKAN, "2026-11-02T08:30");
            complete(a, VERIFIKASI, "2026-11-02T09:00");
            complete(start(BABAYAU, "2026-11-02T09:00"), LAPORKAN, "2026-11-02T09:45");
            complete(start(BABAYAU, "2026-11-02T10:00"), LAPORKAN, "2026-11-02T11:30");
            complete(start(BABAYAU, "2026-11-02T11:30"), LAPORKAN, "2026-11-02T14:30");
            complete(start(BABAYAU, "2026-11-03T07:30"), LAPORKAN, "2026-11-03T07:45");
            String cancelled = start(BABAYAU, "2026-11-02T13:00");
            now("2026-11-02T13:10");
            runtimeService.deleteProcessInstance(cancelled, "dibatalkan");
            complete(start(LOK_BATU, "2026-11-02T08:00"), LAPORKAN, "2026-11-02T08:20");
        }

        @Test
        void countsOnTimeShareMedianAndNinetiethPercentilePerStep() throws IOException {
            finishSteps();

            JsonNode rows = compliance("pemdes-babayau", "?sop=sipa-bermedsos&dari=2026-11-02&sampai=2026-11-02");

            assertThat(rows.size()).isEqualTo(2);
            JsonNode laporkan = rows.get(0);
            assertThat(laporkan.path("sop").asText()).isEqualTo(SOP);
            assertThat(laporkan.path("langkahId").asText()).isEqualTo(LAPORKAN);
            assertThat(laporkan.path("langkah").asText()).isEqualTo("Melaporkan kegiatan dan realisasi APBDes");
            assertThat(laporkan.path("selesai").asInt()).isEqualTo(5);
            assertThat(laporkan.path("tepatWaktuPersen").decimalValue()).isEqualByComparingTo("60.0");
            assertThat(laporkan.path("medianKerja").asText()).isEqualTo("PT45M");
            assertThat(laporkan.path("p90Kerja").asText()).isEqualTo("PT2H");
            assertThat(laporkan.path("mutuBaku").asText()).isEqualTo("PT1H");
            assertThat(laporkan.path("medianKerjaTeks").asText()).isEqualTo("45 menit kerja");
            assertThat(laporkan.path("p90KerjaTeks").asText()).isEqualTo("2 jam kerja");
            assertThat(laporkan.path("mutuBakuTeks").asText()).isEqualTo("1 jam kerja");
            JsonNode verifikasi = rows.get(1);
            assertThat(verifikasi.path("langkahId").asText()).isEqualTo(VERIFIKASI);
            assertThat(verifikasi.path("selesai").asInt()).isEqualTo(1);
            assertThat(verifikasi.path("tepatWaktuPersen").decimalValue()).isEqualByComparingTo("100.0");
            assertThat(verifikasi.path("medianKerja").asText()).isEqualTo("PT30M");
        }

        @Test
        void theCamatCountsEveryDesaOfTheKecamatan() throws IOException {
            finishSteps();

            JsonNode laporkan = compliance("camat-paringin", "?sop=sipa-bermedsos&dari=2026-11-02&sampai=2026-11-02")
                    .get(0);

            assertThat(laporkan.path("selesai").asInt()).isEqualTo(6);
            assertThat(laporkan.path("tepatWaktuPersen").decimalValue()).isEqualByComparingTo("66.7");
            assertThat(laporkan.path("medianKerja").asText()).isEqualTo("PT30M");
            assertThat(laporkan.path("p90Kerja").asText()).isEqualTo("PT2H");
        }

        @Test
        void daysAreWitaDaysAndBothEndsAreIncluded() throws IOException {
            finishSteps();

            JsonNode tuesdayOnly = compliance("pemdes-babayau", "?sop=sipa-bermedsos&dari=2026-11-03&sampai=2026-11-03");
            JsonNode mondayAndTuesday = compliance("pemdes-babayau",
                    "?sop=sipa-bermedsos&dari=2026-11-02&sampai=2026-11-03");

            assertThat(tuesdayOnly.get(0).path("selesai").asInt()).isEqualTo(1);
            assertThat(tuesdayOnly.get(0).path("medianKerja").asText()).isEqualTo("PT15M");
            assertThat(mondayAndTuesday.get(0).path("selesai").asInt()).isEqualTo(6);
        }

        @Test
        void theKetuaPpidSeesNothingOfTheKecamatan() throws IOException {
            finishSteps();

            assertThat(compliance("ketua-ppid", "?sop=sipa-bermedsos&dari=2026-11-02&sampai=2026-11-03")).isEmpty();
        }

        @Test
        void csvHasTheSameRowsAsJson() throws IOException {
            finishSteps();
            String query = "?sop=sipa-bermedsos&dari=2026-11-02&sampai=2026-11-02";

            ResponseEntity<String> response = http.withBasicAuth("camat-paringin", "demo")
                    .exchange(KEPATUHAN + query, HttpMethod.GET, accept("text/csv"), String.class);
            JsonNode rows = compliance("camat-paringin", query);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
                    .isTrue();
            assertThat(response.getHeaders().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                    .isEqualTo("attachment; filename=\"kepatuhan.csv\"");
            // Indonesian spreadsheets: byte-order mark, ';' between fields, decimal comma.
            assertThat(response.getBody()).startsWith("\uFEFF");
            List<List<String>> csv = Csv.parse(response.getBody().substring(1));
            List<String> header = csv.get(0);
            assertThat(header).containsExactly("sop", "langkahId", "langkah", "selesai", "tepatWaktuPersen",
                    "medianKerja", "medianKerjaTeks", "p90Kerja", "p90KerjaTeks", "mutuBaku", "mutuBakuTeks");
            assertThat(csv).hasSize(rows.size() + 1);
            for (int i = 0; i < rows.size(); i++) {
                List<String> line = csv.get(i + 1);
                assertThat(line).hasSize(header.size());
                for (int column = 0; column < header.size(); column++) {
                    JsonNode value = rows.get(i).path(header.get(column));
                    String expected = value.isNull() ? "" : value.isNumber() && !value.isInt()
                            ? value.decimalValue().toPlainString().replace('.', ',') : value.asText();
                    assertThat(line.get(column)).isEqualTo(expected);
                }
            }
            assertThat(csv.get(1).get(4)).contains(",");
            assertThat(csv.get(2).get(2)).isEqualTo("Memverifikasi laporan, konten dan kegiatan");
        }

        @Test
        void anyFormatOrNoneGivesJson() {
            ResponseEntity<String> anything = http.withBasicAuth("camat-paringin", "demo")
                    .exchange(KEPATUHAN, HttpMethod.GET, accept("*/*"), String.class);
            ResponseEntity<String> browser = http.withBasicAuth("camat-paringin", "demo")
                    .exchange(KEPATUHAN, HttpMethod.GET,
                            accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"), String.class);

            assertThat(anything.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
            assertThat(browser.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        }
    }

    @Nested
    class BadParameters {

        @Test
        void anImpossibleDateIsRefusedInBahasaIndonesia() throws IOException {
            assertBadRequest("?dari=2026-13-01", "Parameter 'dari' tidak sah: '2026-13-01' bukan tanggal. "
                    + "Gunakan format TTTT-BB-HH, misalnya 2026-11-01.");
        }

        @Test
        void aDateInAnotherFormatIsRefused() throws IOException {
            assertBadRequest("?sampai=01-11-2026", "Parameter 'sampai' tidak sah: '01-11-2026' bukan tanggal. "
                    + "Gunakan format TTTT-BB-HH, misalnya 2026-11-01.");
        }

        @Test
        void aReversedRangeIsRefused() throws IOException {
            assertBadRequest("?dari=2026-11-30&sampai=2026-11-01", "Rentang tanggal tidak sah: 'dari' (2026-11-30) "
                    + "jatuh setelah 'sampai' (2026-11-01). Tukar kedua tanggal itu.");
        }

        @Test
        void anUnknownSopIsRefusedWithTheKnownOnes() throws IOException {
            ResponseEntity<String> response = http.withBasicAuth("camat-paringin", "demo")
                    .getForEntity(KEPATUHAN + "?sop=sop-tidak-ada", String.class);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json.readTree(response.getBody()).path("pesan").asText())
                    .startsWith("SOP 'sop-tidak-ada' tidak dikenal.")
                    .contains("sipa-bermedsos", "ppid-penyebarluasan-informasi");
        }

        @Test
        void aCsvRequestWithBadParametersGetsAJsonError() throws IOException {
            ResponseEntity<String> response = http.withBasicAuth("camat-paringin", "demo")
                    .exchange(KEPATUHAN + "?dari=kemarin", HttpMethod.GET, accept("text/csv"), String.class);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
            assertThat(json.readTree(response.getBody()).path("pesan").asText()).startsWith("Parameter 'dari'");
        }

        private void assertBadRequest(String query, String message) throws IOException {
            MutuBakuApiTest.this.assertBadRequest(KEPATUHAN + query, message);
        }
    }

    private void deploy(String... tenants) {
        for (String tenant : tenants) {
            deployments.add(repositoryService.createDeployment()
                    .name("uji-api-mutu-baku")
                    .tenantId(tenant)
                    .addClasspathResource(BPMN)
                    .deploy()
                    .getId());
        }
    }

    private String start(String tenant, String witaDateTime) {
        now(witaDateTime);
        ProcessInstantiationBuilder builder = runtimeService.createProcessInstanceByKey(SOP);
        builder = tenant == null ? builder.processDefinitionWithoutTenantId() : builder.processDefinitionTenantId(tenant);
        return builder.execute().getId();
    }

    private void complete(String processInstanceId, String stepId, String witaDateTime) {
        now(witaDateTime);
        Task step = openStep(processInstanceId);
        assertThat(step.getTaskDefinitionKey()).isEqualTo(stepId);
        taskService.complete(step.getId());
    }

    private Task openStep(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    private static void now(String witaDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(witaDateTime).atZone(WITA).toInstant()));
    }

    private void assertBadRequest(String pathAndQuery, String message) throws IOException {
        ResponseEntity<String> response = http.withBasicAuth("camat-paringin", "demo")
                .getForEntity(pathAndQuery, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(response.getBody()).doesNotContain("Exception", "\tat ");
        assertThat(json.readTree(response.getBody()).path("pesan").asText()).isEqualTo(message);
    }

    /** Runs {@code work} with {@code user} authenticated on the engine, as the API's filter does. */
    private void asUser(String user, Consumer<CallerScope> work) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        identityService.setAuthentication(user, groups, tenants);
        try {
            work.accept(CallerScope.of(identityService.getCurrentAuthentication(), directory));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private ResponseEntity<String> lateResponse(String user, String query) {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(TERLAMBAT + query,
                String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return response;
    }

    private JsonNode late(String user) throws IOException {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(TERLAMBAT, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private JsonNode compliance(String user, String query) throws IOException {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo")
                .exchange(KEPATUHAN + query, HttpMethod.GET, accept(MediaType.APPLICATION_JSON_VALUE), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static HttpEntity<Void> accept(String mediaTypes) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, mediaTypes);
        return new HttpEntity<>(headers);
    }

    private static List<String> processIds(JsonNode lateSteps) {
        return StreamSupport.stream(lateSteps.spliterator(), false).map(step -> step.path("prosesId").asText()).toList();
    }

    private static JsonNode only(JsonNode lateSteps, String processInstanceId) {
        List<JsonNode> matching = StreamSupport.stream(lateSteps.spliterator(), false)
                .filter(step -> step.path("prosesId").asText().equals(processInstanceId))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(url(path)).GET();
    }

    /** RFC 4180 reading with ';' between fields, enough to check what the API writes. */
    private static final class Csv {

        static List<List<String>> parse(String text) {
            List<List<String>> lines = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ';') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    fields.add(field.toString());
                    field.setLength(0);
                    lines.add(fields);
                    fields = new ArrayList<>();
                    i++;
                } else {
                    field.append(c);
                }
            }
            return lines;
        }
    }
}
