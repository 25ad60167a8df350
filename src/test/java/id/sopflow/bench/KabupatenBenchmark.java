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

/**
 * Figure 3 of the benchmark (README "Kapasitas"): what one server answers with a whole kabupaten on it —
 * {@link KabupatenDataSet} at full size (157 desa, ~600 users, 100,000 open steps, 1,000,000 historic task rows on
 * PostgreSQL), p50/p95 of Tasklist's lists and counts for a desa user, a kecamatan admin and the Camat, the overdue
 * API, a month's compliance report and the Cockpit plug-in, all over HTTP as those users. One line per figure with the
 * machine's core count and load average.
 *
 * <p>{@code -Dbench.calls=N} timed calls per figure (default 200; a figure stops after {@code bench.seconds}, default
 * 60, with at least 10 calls), {@code -Dbench.kabupaten.open=N} and {@code -Dbench.kabupaten.finished=N} shrink the
 * data set for a quick look.
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
        try (KabupatenDataSet dataSet = KabupatenDataSet.create(scale)) {
            EngineOverheadBenchmark.report(String.format(Locale.ROOT,
                    "kabupaten data set: %d desa, %d pengguna, %d langkah terbuka, %d baris riwayat tugas, dibuat "
                            + "dalam %.0f s (load %s)",
                    dataSet.count("SELECT COUNT(*) FROM ACT_ID_TENANT WHERE ID_ LIKE 'desa-%'"),
                    dataSet.count("SELECT COUNT(*) FROM ACT_ID_USER"),
                    dataSet.count("SELECT COUNT(*) FROM ACT_RU_TASK"),
                    dataSet.count("SELECT COUNT(*) FROM ACT_HI_TASKINST"), dataSet.generationSeconds, load()));
            measureAll(dataSet, 10, Integer.getInteger("bench.calls", 200),
                    Duration.ofSeconds(Integer.getInteger("bench.seconds", 60)), figure -> {
                        try {
                            EngineOverheadBenchmark.report("kabupaten " + figure.line() + " load " + load());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
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
        for (String[] who : new String[][] { { "desa", desaUser }, { "admin-kecamatan", admin },
                { "camat", camat } }) {
            String user = who[1];
            keep.accept(KabupatenCalls.measure("tasklist " + who[0] + " 'Tugas Kelompok Saya' daftar", warmUp,
                    calls, budget, () -> http.filterList(user, groupTasks)));
            keep.accept(KabupatenCalls.measure("tasklist " + who[0] + " 'Tugas Kelompok Saya' jumlah", warmUp,
                    calls, budget, () -> http.filterCount(user, groupTasks)));
            keep.accept(KabupatenCalls.measure("tasklist " + who[0] + " 'Terlambat' daftar", warmUp, calls, budget,
                    () -> http.filterList(user, overdue)));
            keep.accept(KabupatenCalls.measure("tasklist " + who[0] + " 'Terlambat' jumlah", warmUp, calls, budget,
                    () -> http.filterCount(user, overdue)));
            keep.accept(KabupatenCalls.measure("api " + who[0] + " /api/mutu-baku/terlambat", warmUp, calls, budget,
                    () -> http.api(user, "/api/mutu-baku/terlambat")));
        }
        keep.accept(KabupatenCalls.measure("api camat /api/mutu-baku/kepatuhan satu bulan", warmUp, calls, budget,
                () -> http.api(camat, "/api/mutu-baku/kepatuhan?" + period)));
        HttpClient cockpit = http.cockpit(camat, KabupatenDataSet.PASSWORD);
        keep.accept(KabupatenCalls.measure("cockpit camat plugin terlambat", warmUp, calls, budget,
                () -> http.plugin(cockpit, "/terlambat")));
        keep.accept(KabupatenCalls.measure("cockpit camat plugin ketepatan satu bulan", warmUp, calls, budget,
                () -> http.plugin(cockpit, "/ketepatan?" + period)));
        String someCase = dataSet.engine.getTaskService().createTaskQuery().tenantIdIn(paringin.desa().get(0))
                .listPage(0, 1).get(0).getProcessInstanceId();
        keep.accept(KabupatenCalls.measure("cockpit camat plugin kasus", warmUp, calls, budget,
                () -> http.plugin(cockpit, "/kasus/" + someCase)));
        return figures;
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
