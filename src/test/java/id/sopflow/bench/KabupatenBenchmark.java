package id.sopflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import id.sopflow.bench.KabupatenCalls.Figure;
import id.sopflow.bench.KabupatenDataSet.Kecamatan;
import id.sopflow.bench.KabupatenDataSet.Scale;
import id.sopflow.mutubaku.TasklistFilters;
import id.sopflow.mutubaku.api.Paging;

/**
 * Figure 3 of the benchmark (README "Kapasitas"): what one server answers with a whole kabupaten on it —
 * {@link KabupatenDataSet} at full size (157 desa, ~600 users, 100,000 open steps, 1,000,000 historic task rows on
 * PostgreSQL), p50/p95 of Tasklist's lists and counts for a desa user, a kecamatan admin and the Camat, the overdue
 * API, a month's compliance report and the Cockpit plug-in, all over HTTP as those users. One line per figure with the
 * machine's core count and load average.
 *
 * <p>{@code -Dbench.calls=N} timed calls per figure (default 200; a figure stops after {@code bench.seconds}, default
 * 60, with at least 10 calls), {@code -Dbench.kabupaten.open=N} and {@code -Dbench.kabupaten.finished=N} shrink the
 * data set for a quick look, {@code -Dbench.kabupaten.only=cockpit} measures only the Cockpit plug-in's calls,
 * {@code -Dbench.kabupaten.only=terlambat} only the overdue API's (its default page and the whole list, side by side),
 * {@code -Dbench.kabupaten.compare=true} measures every figure first with an authorization row per step (as the
 * engine wrote them for every SOP before SIPA's actors read through the definition), then without them.
 */
class KabupatenBenchmark {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Test
    void kabupatenScale() throws Exception {
        Scale full = Scale.KABUPATEN;
        Scale scale = new Scale(full.kecamatan(), full.desa(),
                Integer.getInteger("bench.kabupaten.open", full.openSteps()),
                Integer.getInteger("bench.kabupaten.finished", full.finishedCases()),
                full.usersPerDesa(), full.adminsPerKecamatan(), full.kasiPerKecamatan());
        boolean compare = Boolean.getBoolean("bench.kabupaten.compare");
        if (compare) {
            // The rows per step as the engine wrote them for every SOP before; deleted for the second phase.
            System.setProperty("bench.kabupaten.perTaskGrants", "true");
        }
        try (KabupatenDataSet dataSet = KabupatenDataSet.create(scale)) {
            EngineOverheadBenchmark.report(String.format(Locale.ROOT,
                    "kabupaten data set: %d desa, %d pengguna, %d langkah terbuka, %d baris riwayat tugas, dibuat "
                            + "dalam %.0f s (load %s)",
                    dataSet.count("SELECT COUNT(*) FROM ACT_ID_TENANT WHERE ID_ LIKE 'desa-%'"),
                    dataSet.count("SELECT COUNT(*) FROM ACT_ID_USER"),
                    dataSet.count("SELECT COUNT(*) FROM ACT_RU_TASK"),
                    dataSet.count("SELECT COUNT(*) FROM ACT_HI_TASKINST"), dataSet.generationSeconds, load()));
            EngineOverheadBenchmark.report("kabupaten EXPLAIN ANALYZE ketepatan camat satu bulan: "
                    + explainTimeliness(dataSet));
            if (!compare) {
                measureAll(dataSet, "");
                return;
            }
            measureAll(dataSet, "[baris per langkah] ");
            long removed = dataSet.update("DELETE FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_TYPE_ = 7 AND RESOURCE_ID_ "
                    + "IN (SELECT ID_ FROM ACT_RU_TASK)");
            dataSet.update("ANALYZE ACT_RU_AUTHORIZATION");
            EngineOverheadBenchmark.report("kabupaten " + removed + " baris otorisasi per langkah dihapus, tersisa "
                    + dataSet.count("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION"));
            measureAll(dataSet, "[hibah per definisi] ");
        }
    }

    private static void measureAll(KabupatenDataSet dataSet, String phase) throws Exception {
        measureAll(dataSet, 10, Integer.getInteger("bench.calls", 200),
                Duration.ofSeconds(Integer.getInteger("bench.seconds", 60)), figure -> {
                    try {
                        EngineOverheadBenchmark.report("kabupaten " + phase + figure.line() + " load " + load());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Every figure of the kabupaten data set, in the order the README lists them, each handed on when measured. */
    static List<Figure> measureAll(KabupatenDataSet dataSet, int warmUp, int calls, Duration budget,
                                   Consumer<Figure> measured) throws IOException, InterruptedException {
        KabupatenCalls http = new KabupatenCalls(dataSet.port);
        Kecamatan paringin = dataSet.kecamatan.get(0);
        String desaUser = KabupatenDataSet.pemdes(paringin.desa().get(0), 1);
        String admin = paringin.admin(1);
        String camat = paringin.camat();
        String groupTasks = dataSet.filterId(TasklistFilters.MY_GROUP_TASKS);
        String overdue = dataSet.filterId(TasklistFilters.OVERDUE);
        YearMonth month = YearMonth.from(LocalDate.now(WITA)).minusMonths(1);
        String period = "dari=" + month.atDay(1) + "&sampai=" + month.atEndOfMonth();

        List<Figure> figures = new ArrayList<>();
        Consumer<Figure> keep = figure -> {
            measured.accept(figure);
            figures.add(figure);
        };
        String only = System.getProperty("bench.kabupaten.only", "");
        boolean cockpitOnly = "cockpit".equals(only);
        boolean overdueApiOnly = "terlambat".equals(only);
        for (String[] who : cockpitOnly ? new String[0][] : new String[][] { { "desa", desaUser },
                { "admin-kecamatan", admin }, { "camat", camat } }) {
            String user = who[1];
            if (overdueApiOnly) {
                measureOverdueApi(http, who[0], user, warmUp, calls, budget, keep);
                continue;
            }
            keep.accept(KabupatenCalls.measure("tasklist " + who[0] + " 'Tugas Kelompok Saya' daftar", warmUp,
                    calls, budget, () -> http.filterList(user, groupTasks)));
            keep.accept(KabupatenCalls.measure("tasklist " + who[0] + " 'Tugas Kelompok Saya' jumlah", warmUp,
                    calls, budget, () -> http.filterCount(user, groupTasks)));
            keep.accept(KabupatenCalls.measure("tasklist " + who[0] + " 'Terlambat' daftar", warmUp, calls, budget,
                    () -> http.filterList(user, overdue)));
            keep.accept(KabupatenCalls.measure("tasklist " + who[0] + " 'Terlambat' jumlah", warmUp, calls, budget,
                    () -> http.filterCount(user, overdue)));
            measureOverdueApi(http, who[0], user, warmUp, calls, budget, keep);
        }
        if (overdueApiOnly) {
            return figures;
        }
        if (!cockpitOnly) {
            keep.accept(KabupatenCalls.measure("api camat /api/mutu-baku/kepatuhan satu bulan", warmUp, calls,
                    budget, () -> http.api(camat, "/api/mutu-baku/kepatuhan?" + period)));
        }
        HttpClient cockpit = http.cockpit(camat, KabupatenDataSet.PASSWORD);
        keep.accept(KabupatenCalls.measure("cockpit camat plugin terlambat", warmUp, calls, budget,
                () -> http.plugin(cockpit, "/terlambat")));
        keep.accept(KabupatenCalls.measure("cockpit camat plugin terlambat halaman 3", warmUp, calls, budget,
                () -> http.plugin(cockpit, "/terlambat?firstResult=100&maxResults=50")));
        keep.accept(KabupatenCalls.measure("cockpit camat plugin ketepatan satu bulan", warmUp, calls, budget,
                () -> http.plugin(cockpit, "/ketepatan?" + period)));
        String someCase = dataSet.engine.getTaskService().createTaskQuery().tenantIdIn(paringin.desa().get(0))
                .listPage(0, 1).get(0).getProcessInstanceId();
        keep.accept(KabupatenCalls.measure("cockpit camat plugin kasus", warmUp, calls, budget,
                () -> http.plugin(cockpit, "/kasus/" + someCase)));
        return figures;
    }

    /**
     * The overdue API as a script calls it: the default first page, and the whole list in one page as far as the cap
     * allows (a kecamatan's ≈700 late steps), which is what every call answered before the API paged.
     */
    private static void measureOverdueApi(KabupatenCalls http, String who, String user, int warmUp, int calls,
                                          Duration budget, Consumer<Figure> keep)
            throws IOException, InterruptedException {
        keep.accept(KabupatenCalls.measure("api " + who + " /api/mutu-baku/terlambat", warmUp, calls, budget,
                () -> http.api(user, "/api/mutu-baku/terlambat")));
        String whole = "/api/mutu-baku/terlambat?maxResults=" + Paging.MAX_RESULTS;
        keep.accept(KabupatenCalls.measure("api " + who + " " + whole, warmUp, calls, budget,
                () -> http.api(user, whole)));
    }

    /**
     * The plan of the Cockpit plug-in's timeliness query ({@code sopflow/cockpit/ketepatan.xml}) for the Camat of
     * the first kecamatan over last month, as PostgreSQL runs it, without the engine's authorization join (a few
     * grants of the process definition): which index it takes and what it costs.
     */
    static String explainTimeliness(KabupatenDataSet dataSet) throws Exception {
        Kecamatan kecamatan = dataSet.kecamatan.get(0);
        YearMonth month = YearMonth.from(LocalDate.now(WITA)).minusMonths(1);
        String sql = "EXPLAIN (ANALYZE, BUFFERS) SELECT T.PROC_DEF_KEY_, T.TASK_DEF_KEY_, T.NAME_, T.TENANT_ID_, "
                + "extract(year from T.END_TIME_), extract(month from T.END_TIME_), extract(day from T.END_TIME_), "
                + "extract(hour from T.END_TIME_), count(*), sum(case when T.END_TIME_ <= T.DUE_DATE_ then 1 else 0 "
                + "end) FROM (SELECT DISTINCT RES.ID_, RES.PROC_DEF_KEY_, RES.TASK_DEF_KEY_, RES.NAME_, "
                + "RES.TENANT_ID_, RES.END_TIME_, RES.DUE_DATE_ FROM ACT_HI_TASKINST RES WHERE RES.END_TIME_ IS NOT "
                + "NULL AND RES.DELETE_REASON_ = 'completed' AND RES.DUE_DATE_ IS NOT NULL AND RES.START_TIME_ IS NOT "
                + "NULL AND RES.PROC_DEF_KEY_ IS NOT NULL AND RES.PROC_DEF_KEY_ <> 'sopflow-langkah-terlambat' "
                + "AND RES.END_TIME_ >= TIMESTAMP '" + month.atDay(1).minusDays(1) + " 00:00' "
                + "AND RES.END_TIME_ <= TIMESTAMP '" + month.atEndOfMonth().plusDays(2) + " 00:00' "
                + "AND (RES.TENANT_ID_ IN ('" + String.join("','", kecamatan.desa()) + "')) "
                + "AND (RES.TENANT_ID_ IS NULL OR RES.TENANT_ID_ IN ('" + String.join("','", kecamatan.desa())
                + "'))) T GROUP BY T.PROC_DEF_KEY_, T.TASK_DEF_KEY_, T.NAME_, T.TENANT_ID_, "
                + "extract(year from T.END_TIME_), extract(month from T.END_TIME_), extract(day from T.END_TIME_), "
                + "extract(hour from T.END_TIME_)";
        List<String> plan = new ArrayList<>();
        try (var connection = dataSet.application.getBean(javax.sql.DataSource.class).getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                plan.add(rows.getString(1).strip());
            }
        }
        return String.join(" | ", plan);
    }

    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
