package id.sopflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.sopflow.bench.KabupatenCalls.Figure;
import id.sopflow.bench.KabupatenDataSet.Kecamatan;
import id.sopflow.bench.KabupatenDataSet.Scale;
import id.sopflow.mutubaku.TasklistFilters;

/**
 * The kabupaten benchmark's data set in miniature (2 kecamatan, 7 desa, 300 open steps, 100 finished cases) and its
 * measuring code: the generated rows are what sopflow and the engine take them for — seen by the right users through
 * the same HTTP calls the benchmark times, with the counts the SQL wrote. No timings are checked.
 */
class KabupatenDataSetTest {

    private static final Scale SMALL = new Scale(2, 7, 300, 100, 2, 2, 2);

    private static KabupatenDataSet dataSet;
    private static KabupatenCalls http;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void generate() throws Exception {
        dataSet = KabupatenDataSet.create(SMALL);
        http = new KabupatenCalls(dataSet.port);
    }

    @AfterAll
    static void close() throws Exception {
        if (dataSet != null) {
            dataSet.close();
        }
    }

    @Test
    void theRowsAreThereInTheNumbersAsked() {
        assertThat(dataSet.count("SELECT COUNT(*) FROM ACT_RU_TASK")).isEqualTo(300);
        assertThat(dataSet.count("SELECT COUNT(*) FROM ACT_HI_TASKINST")).isEqualTo(SMALL.historicTaskRows());
        assertThat(dataSet.count("SELECT COUNT(*) FROM ACT_HI_PROCINST")).isEqualTo(300 + 100);
        assertThat(dataSet.count("SELECT COUNT(*) FROM ACT_ID_TENANT WHERE ID_ LIKE 'desa-%'")).isEqualTo(7);
        // every desa user, kecamatan admin, kasi and camat of the generated file, besides the packaged demo users
        assertThat(dataSet.count("SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ LIKE 'pemdes-%-_'")).isEqualTo(7 * 2);
        assertThat(dataSet.count("SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ = 'camat-awayan'")).isEqualTo(1);
        // every step has its candidate groups, read through a grant as the engine makes it, and its case header
        assertThat(dataSet.count("SELECT COUNT(*) FROM ACT_RU_TASK t WHERE NOT EXISTS (SELECT 1 FROM "
                + "ACT_RU_IDENTITYLINK l WHERE l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate')")).isZero();
        if (dataSet.perTaskGrants()) {
            assertThat(dataSet.count("SELECT COUNT(*) FROM ACT_RU_IDENTITYLINK l WHERE NOT EXISTS (SELECT 1 FROM "
                    + "ACT_RU_AUTHORIZATION a WHERE a.RESOURCE_ID_ = l.TASK_ID_ AND a.GROUP_ID_ = l.GROUP_ID_)"))
                    .isZero();
        } else {
            assertThat(dataSet.count("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION a JOIN ACT_RU_TASK t "
                    + "ON t.ID_ = a.RESOURCE_ID_")).as("no row per step").isZero();
            assertThat(dataSet.count("SELECT COUNT(*) FROM ACT_RU_IDENTITYLINK l JOIN ACT_RU_TASK t "
                    + "ON t.ID_ = l.TASK_ID_ JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_ WHERE NOT EXISTS ("
                    + "SELECT 1 FROM ACT_RU_AUTHORIZATION a WHERE a.RESOURCE_TYPE_ = 6 AND a.RESOURCE_ID_ = d.KEY_ "
                    + "AND a.GROUP_ID_ = l.GROUP_ID_ AND a.PERMS_ & 64 = 64)"))
                    .as("every candidate group reads its steps through its definition grant").isZero();
        }
        assertThat(dataSet.count("SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE TASK_ID_ IS NOT NULL")).isEqualTo(4 * 300);
        // a desa's step belongs to its kecamatan's SIPA and is offered to that kecamatan's groups only
        assertThat(dataSet.count("SELECT COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_ "
                + "WHERE t.TENANT_ID_ LIKE 'desa-awayan-%' AND d.KEY_ <> 'sipa-bermedsos-awayan'")).isZero();
        assertThat(dataSet.count("SELECT COUNT(*) FROM ACT_RU_IDENTITYLINK l JOIN ACT_RU_TASK t ON t.ID_ = l.TASK_ID_ "
                + "WHERE t.TENANT_ID_ LIKE 'desa-awayan-%' AND l.GROUP_ID_ NOT LIKE '%-awayan'")).isZero();
        assertThat(dataSet.count("SELECT COUNT(*) FROM SOPFLOW_LATE_STEP WHERE COMPLETED_AT IS NULL"))
                .isEqualTo(dataSet.count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE PRIORITY_ = 80"))
                .isPositive();
    }

    @Test
    void aDesaUserSeesTheGroupStepsOfTheirDesaInTasklistAndNothingElse() throws Exception {
        Kecamatan paringin = dataSet.kecamatan.get(0);
        String desa = paringin.desa().get(0);
        long expected = dataSet.count("SELECT COUNT(DISTINCT t.ID_) FROM ACT_RU_TASK t JOIN ACT_RU_IDENTITYLINK l ON "
                + "l.TASK_ID_ = t.ID_ WHERE t.TENANT_ID_ = '" + desa + "' AND l.GROUP_ID_ = 'sipa-pemerintah-desa' "
                + "AND t.ASSIGNEE_ IS NULL");
        String user = KabupatenDataSet.pemdes(desa, 1);

        JsonNode count = json.readTree(KabupatenCalls.ok(
                http.filterCount(user, dataSet.filterId(TasklistFilters.MY_GROUP_TASKS))).body());
        JsonNode list = json.readTree(KabupatenCalls.ok(
                http.filterList(user, dataSet.filterId(TasklistFilters.MY_GROUP_TASKS))).body());

        assertThat(expected).isPositive();
        assertThat(count.get("count").asLong()).isEqualTo(expected);
        assertThat(list.get("count").asLong()).isEqualTo(expected);
        JsonNode first = list.at("/_embedded/task/0");
        assertThat(first.get("tenantId").asText()).isEqualTo(desa);
        List<String> cardVariables = first.at("/_embedded/variable").findValuesAsText("name");
        assertThat(cardVariables).contains("kasusJudul", "kasusUnit", "kasusBatasWaktu", "kasusSop");
    }

    @Test
    void theCamatSeesEveryLateStepOfTheKecamatanAndItsHistory() throws Exception {
        Kecamatan paringin = dataSet.kecamatan.get(0);
        String inParingin = "TENANT_ID_ IN ('" + String.join("','", paringin.desa()) + "')";
        long late = dataSet.count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE DUE_DATE_ < localtimestamp AND "
                + inParingin);
        long finished = dataSet.count("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE END_TIME_ IS NOT NULL AND "
                + inParingin);

        HttpResponse<String> overdueResponse = KabupatenCalls.ok(http.api(paringin.camat(),
                "/api/mutu-baku/terlambat?maxResults=1000"));
        JsonNode overdue = json.readTree(overdueResponse.body());
        JsonNode compliance = json.readTree(KabupatenCalls.ok(http.api(paringin.camat(),
                "/api/mutu-baku/kepatuhan?dari=2000-01-01&sampai=2100-12-31")).body());

        assertThat(late).isPositive();
        assertThat(overdue.size()).isEqualTo(late);
        assertThat(overdueResponse.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(late));
        assertThat(overdue.findValuesAsText("tenant")).allMatch(paringin.desa()::contains);
        assertThat(overdue.get(0).get("grupPelaksana").size()).isPositive();
        assertThat(compliance.findValues("selesai").stream().mapToLong(JsonNode::asLong).sum()).isEqualTo(finished);
        assertThat(compliance.findValuesAsText("langkahId")).hasSize(5);
    }

    /**
     * The overdue API pages on PostgreSQL as on H2: the default page, and pages that follow the plug-in's list (which
     * ranks every late step in Java) exactly, with the whole count in X-Total-Count.
     */
    @Test
    void theOverdueApiPagesInTheOrderOfThePluginsList() throws Exception {
        Kecamatan paringin = dataSet.kecamatan.get(0);
        long late = dataSet.count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE DUE_DATE_ < localtimestamp AND TENANT_ID_ IN ('"
                + String.join("','", paringin.desa()) + "')");
        var cockpit = http.cockpit(paringin.camat(), KabupatenDataSet.PASSWORD);

        List<String> plugin = json.readTree(KabupatenCalls.ok(http.plugin(cockpit, "/terlambat?maxResults=1000"))
                .body()).get("terlambat").findValuesAsText("prosesId");
        HttpResponse<String> firstPage = KabupatenCalls.ok(http.api(paringin.camat(),
                "/api/mutu-baku/terlambat?maxResults=3"));
        HttpResponse<String> secondPage = KabupatenCalls.ok(http.api(paringin.camat(),
                "/api/mutu-baku/terlambat?firstResult=3&maxResults=3"));
        HttpResponse<String> defaultPage = KabupatenCalls.ok(http.api(paringin.camat(), "/api/mutu-baku/terlambat"));
        HttpResponse<String> refused = http.api(paringin.camat(), "/api/mutu-baku/terlambat?maxResults=1001");

        assertThat(late).isGreaterThan(6);
        assertThat(plugin).hasSize((int) late);
        assertThat(json.readTree(firstPage.body()).findValuesAsText("prosesId")).containsExactlyElementsOf(
                plugin.subList(0, 3));
        assertThat(json.readTree(secondPage.body()).findValuesAsText("prosesId")).containsExactlyElementsOf(
                plugin.subList(3, 6));
        assertThat(json.readTree(defaultPage.body()).findValuesAsText("prosesId")).containsExactlyElementsOf(
                plugin.subList(0, (int) Math.min(50, late)));
        for (HttpResponse<String> page : List.of(firstPage, secondPage, defaultPage)) {
            assertThat(page.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(late));
        }
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("pesan").asText()).startsWith("Parameter 'maxResults' tidak sah");
    }

    /**
     * The plug-in's counts are the database's on PostgreSQL too: late steps counted over the whole kecamatan while
     * the list comes a page at a time, and timeliness grouped in SQL equal to the finished steps with a due date.
     */
    @Test
    void theCockpitPluginCountsTheWholeKecamatanAndPagesTheList() throws Exception {
        Kecamatan paringin = dataSet.kecamatan.get(0);
        String inParingin = "TENANT_ID_ IN ('" + String.join("','", paringin.desa()) + "')";
        long late = dataSet.count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE DUE_DATE_ < localtimestamp AND "
                + inParingin);
        long finishedWithDueDate = dataSet.count("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE END_TIME_ IS NOT NULL "
                + "AND DUE_DATE_ IS NOT NULL AND DELETE_REASON_ = 'completed' AND " + inParingin);
        var cockpit = http.cockpit(paringin.camat(), KabupatenDataSet.PASSWORD);

        JsonNode firstPage = json.readTree(KabupatenCalls.ok(http.plugin(cockpit, "/terlambat?maxResults=3")).body());
        JsonNode secondPage = json.readTree(KabupatenCalls.ok(
                http.plugin(cockpit, "/terlambat?firstResult=3&maxResults=3")).body());
        JsonNode timeliness = json.readTree(KabupatenCalls.ok(
                http.plugin(cockpit, "/ketepatan?dari=2000-01-01&sampai=2100-12-31")).body());

        assertThat(late).isGreaterThan(6);
        assertThat(firstPage.get("jumlahTerlambat").asLong()).isEqualTo(late);
        assertThat(firstPage.get("terlambat")).hasSize(3);
        assertThat(firstPage.get("perDesa").findValues("jumlah").stream().mapToLong(JsonNode::asLong).sum())
                .isEqualTo(late);
        assertThat(firstPage.get("perSop").findValues("jumlah").stream().mapToLong(JsonNode::asLong).sum())
                .isEqualTo(late);
        assertThat(secondPage.get("terlambat").findValuesAsText("prosesId"))
                .hasSize(3).doesNotContainAnyElementsOf(firstPage.get("terlambat").findValuesAsText("prosesId"));
        assertThat(finishedWithDueDate).isPositive();
        assertThat(timeliness.get("perDesa").findValues("selesai").stream().mapToLong(JsonNode::asLong).sum())
                .isEqualTo(finishedWithDueDate);
        assertThat(timeliness.get("perBulan").findValues("selesai").stream().mapToLong(JsonNode::asLong).sum())
                .isEqualTo(finishedWithDueDate);
        assertThat(timeliness.get("perDesa").findValuesAsText("kunci")).allMatch(paringin.desa()::contains);
    }

    @Test
    void everyMeasuredCallAnswers() throws Exception {
        List<Figure> figures = KabupatenBenchmark.measureAll(dataSet, 0, 2, Duration.ZERO, figure -> { });

        assertThat(figures).hasSize(23);
        assertThat(figures).allSatisfy(figure -> {
            assertThat(figure.calls()).isEqualTo(2);
            assertThat(figure.p95()).isGreaterThanOrEqualTo(figure.p50()).isPositive();
            assertThat(figure.bytes()).isPositive();
            assertThat(figure.line()).contains("p50=", "p95=");
        });
    }

    @Test
    void percentilesAreNearestRank() {
        List<Double> values = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 6.0, 7.0, 8.0, 9.0, 10.0);

        assertThat(KabupatenCalls.percentile(values, 50)).isEqualTo(5.0);
        assertThat(KabupatenCalls.percentile(values, 95)).isEqualTo(10.0);
        assertThat(KabupatenCalls.percentile(List.of(3.0), 95)).isEqualTo(3.0);
    }
}
