package id.sopflow.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import id.sopflow.SopflowApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Figure 4 of the benchmark (README "Kapasitas"): {@code bench.timers} (default 10,000) step timers falling due at
 * once, drained by one node. sopflow runs as in production on PostgreSQL with its job executor on; that many SIPA
 * BERMEDSOS cases of Desa Babayau wait at "Verifikasi laporan" with its 1-hour mutu-baku timer. Then every step's due
 * date and timer are moved one minute into the past in one statement, as a Monday 08:00 after a long weekend does,
 * and the benchmark counts the late steps recorded (rows of {@code SOPFLOW_LATE_STEP}, each with its notice to the
 * Camat) until all are, printing the seconds from falling due to the last one and the late steps recorded per second.
 * The seconds include the job executor noticing that work is due (it sleeps between empty acquisitions). Also
 * printed: the CPU time per late step of sopflow's JVM and of PostgreSQL ({@link ProcessCpu}; moved little by other
 * load, unlike the seconds) and the SQL statements per late step (pg_stat_statements, each statement's share in
 * {@code target/bench/sql-per-langkah-terlambat.txt}).
 *
 * <p>Run with {@code ./mvnw -Pbench test -Dtest=TimerDrainBenchmark}; {@code -Dbench.timers=N} for another count.
 */
class TimerDrainBenchmark {

    private static final int TIMERS = Integer.getInteger("bench.timers", 10_000);
    private static final int TIMEOUT_SECONDS = Integer.getInteger("bench.timeout", 900);

    @Test
    void stepTimersFallingDueAtOnce() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "off")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements").start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE sopflow");
            }
            DataSource database = postgres.getDatabase("postgres", "sopflow");
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/sopflow";
            try (ConfigurableApplicationContext sopflow = new SpringApplicationBuilder(SopflowApplication.class)
                    .profiles("postgres").run("--SOPFLOW_DB_URL=" + url, "--spring.datasource.url=" + url,
                            "--SOPFLOW_DB_USER=postgres", "--SOPFLOW_DB_PASSWORD=postgres", "--server.port=0",
                            // The test configuration (config/application.yaml) stops every context's job executor.
                            "--camunda.bpm.job-execution.enabled=true")) {
                ProcessEngine engine = sopflow.getBean(ProcessEngine.class);
                JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                        .getJobExecutor();
                startCases(engine, TIMERS);
                ProcessCpu cpu = ProcessCpu.of(database);
                SqlCounts sql = SqlCounts.start(postgres.getPostgresDatabase());
                long[] cpuBefore = cpu.now();
                long due = fallDueNow(database);
                long start = System.nanoTime();
                List<Integer> perSecond = new ArrayList<>();
                int recorded = 0;
                long firstAt = -1;
                while (recorded < TIMERS) {
                    Thread.sleep(1000);
                    int now = count(database, SqlCounts.OWN + " SELECT count(*) FROM SOPFLOW_LATE_STEP");
                    perSecond.add(now - recorded);
                    if (firstAt < 0 && now > 0) {
                        firstAt = System.nanoTime();
                    }
                    recorded = now;
                    if ((System.nanoTime() - start) / 1e9 > TIMEOUT_SECONDS) {
                        throw new IllegalStateException("setelah " + TIMEOUT_SECONDS + " detik baru " + recorded
                                + " dari " + TIMERS + " langkah terlambat tercatat");
                    }
                }
                long[] cpuAfter = cpu.now();
                double seconds = (System.nanoTime() - start) / 1e9;
                double working = (System.nanoTime() - firstAt) / 1e9 + 1;
                int peak = perSecond.stream().mapToInt(Integer::intValue).max().orElse(0);
                EngineOverheadBenchmark.report(String.format(Locale.ROOT, "timer jumlah=%d habis detik=%.1f "
                        + "(sampai yang pertama %.1f) langkah-terlambat/detik rata-rata=%.0f puncak=%d "
                        + "(satu node, %d timer digeser, job executor %d job per ambil)", TIMERS, seconds,
                        seconds - working + 1, TIMERS / working, peak, due, executor.getMaxJobsPerAcquisition()));
                EngineOverheadBenchmark.report(String.format(Locale.ROOT, "timer cpu-ms/langkah-terlambat "
                        + "jumlah=%.2f (JVM sopflow=%.2f, PostgreSQL=%.2f; proses utuh, dari jatuh tempo sampai habis)",
                        (cpuAfter[0] - cpuBefore[0] + cpuAfter[1] - cpuBefore[1]) / 1e6 / TIMERS,
                        (cpuAfter[0] - cpuBefore[0]) / 1e6 / TIMERS, (cpuAfter[1] - cpuBefore[1]) / 1e6 / TIMERS));
                sql.report(TIMERS, "langkah-terlambat", Path.of("target", "bench", "sql-per-langkah-terlambat.txt"));
                if (count(database, SqlCounts.OWN + " SELECT count(*) FROM ACT_RU_JOB "
                        + "WHERE HANDLER_TYPE_ = 'timer-transition' AND DUEDATE_ < now()") != 0) {
                    throw new IllegalStateException("masih ada timer jatuh tempo yang belum dijalankan");
                }
            }
        }
    }

    /** SIPA cases of Desa Babayau, each waiting at its first step with the step's mutu-baku timer. */
    private static void startCases(ProcessEngine engine, int cases) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                workers.add(pool.submit(() -> {
                    // the case's tenant is its starter's (StarterTenantIdProvider); an administrator needs no form
                    engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"),
                            List.of("desa-babayau"));
                    while (next.getAndIncrement() < cases) {
                        engine.getRuntimeService().startProcessInstanceByKey("sipa-bermedsos");
                    }
                    engine.getIdentityService().clearAuthentication();
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Moves every open step's due date and its timer one minute into the past; returns the timers moved. */
    private static long fallDueNow(DataSource database) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(SqlCounts.OWN + " UPDATE ACT_RU_TASK "
                    + "SET DUE_DATE_ = now() - interval '1 minute' "
                    + "WHERE DUE_DATE_ IS NOT NULL AND PROC_DEF_ID_ LIKE 'sipa-bermedsos:%'");
            return statement.executeUpdate(SqlCounts.OWN + " UPDATE ACT_RU_JOB "
                    + "SET DUEDATE_ = now() - interval '1 minute' "
                    + "WHERE HANDLER_TYPE_ = 'timer-transition' AND PROCESS_DEF_KEY_ = 'sipa-bermedsos'");
        }
    }

    private static int count(DataSource database, String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
