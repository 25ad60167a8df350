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
                if (Boolean.getBoolean("bench.explain")) {
                    explainCaseVariables(database);
                }
                if (Boolean.parseBoolean(System.getProperty("bench.analyze", "true"))) {
                    analyze(database);
                    if (Boolean.getBoolean("bench.explain")) {
                        explainCaseVariables(database);
                    }
                }
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

    /**
     * Gathers the statistics PostgreSQL's autovacuum has not gathered yet after the bulk set-up (a minute of
     * naptime and more): without them the planner took {@code TASK_ID_ IS NULL} for a rare condition and loaded a
     * case's variables through both indexes of ACT_RU_VARIABLE, reading every null entry of the task index (3.5 ms
     * a late step at 10,000 cases). A database in use has had its statistics for long; see README, figure 4.
     */
    private static void analyze(DataSource database) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(SqlCounts.OWN + " ANALYZE");
        }
    }

    /** Diagnosis: statistics of the variable table and the plan of loading one case's variables. */
    private static void explainCaseVariables(DataSource database) throws Exception {
        String select = "SELECT RES.*, ( case when RES.TASK_ID_ is not null and RES.EXECUTION_ID_ is not null then "
                + "EXECUTION.ACT_INST_ID_ when RES.CASE_EXECUTION_ID_ is not null then RES.CASE_EXECUTION_ID_ when "
                + "EXECUTION.PARENT_ID_ is null and RES.IS_CONCURRENT_LOCAL_ = %2$s then EXECUTION.ID_ when "
                + "EXECUTION.IS_SCOPE_ = %3$s and EXECUTION.PARENT_ID_ is not null and RES.IS_CONCURRENT_LOCAL_ = %4$s "
                + "then PARENT_EXECUTION.ACT_INST_ID_ else EXECUTION.ACT_INST_ID_ end ) ACT_INST_ID_ FROM "
                + "ACT_RU_VARIABLE RES LEFT JOIN ACT_RU_EXECUTION EXECUTION ON RES.EXECUTION_ID_ = EXECUTION.ID_ "
                + "LEFT JOIN ACT_RU_EXECUTION PARENT_EXECUTION ON EXECUTION.PARENT_ID_ = PARENT_EXECUTION.ID_ "
                + "WHERE EXECUTION_ID_ = %1$s AND TASK_ID_ is null";
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            String id;
            try (ResultSet r = statement.executeQuery(SqlCounts.OWN + " SELECT ID_ FROM ACT_RU_EXECUTION "
                    + "WHERE PARENT_ID_ IS NULL AND PROC_DEF_KEY_ = 'sipa-bermedsos' LIMIT 1 OFFSET 7")) {
                r.next();
                id = r.getString(1);
            }
            print(statement, SqlCounts.OWN + " SELECT name, setting FROM pg_settings "
                    + "WHERE name IN ('autovacuum', 'autovacuum_naptime', 'plan_cache_mode')");
            print(statement, SqlCounts.OWN + " SELECT relname, n_live_tup, last_analyze, last_autoanalyze, "
                    + "analyze_count, autoanalyze_count, (SELECT reltuples FROM pg_class c WHERE c.oid = s.relid) "
                    + "FROM pg_stat_user_tables s WHERE relname IN ('act_ru_variable', 'act_ru_execution', "
                    + "'act_ru_task', 'act_ru_job')");
            print(statement, SqlCounts.OWN + " SELECT attname, n_distinct, null_frac FROM pg_stats "
                    + "WHERE tablename = 'act_ru_variable' AND attname IN ('execution_id_', 'task_id_', 'proc_inst_id_')");
            print(statement, SqlCounts.OWN + " EXPLAIN (ANALYZE, BUFFERS) "
                    + String.format(select, "'" + id + "'", "false", "true", "false"));
            statement.execute(SqlCounts.OWN + " PREPARE vars(varchar, boolean, boolean, boolean) AS "
                    + String.format(select, "$1", "$2", "$3", "$4"));
            statement.execute("SET plan_cache_mode = force_generic_plan");
            print(statement, SqlCounts.OWN + " EXPLAIN (ANALYZE, BUFFERS) EXECUTE vars('" + id + "', false, true, false)");
            statement.execute("RESET plan_cache_mode");
        }
    }

    private static void print(Statement statement, String sql) throws Exception {
        StringBuilder out = new StringBuilder("[explain] ").append(sql).append('\n');
        try (ResultSet r = statement.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int c = 1; c <= columns; c++) {
                    out.append(c > 1 ? " | " : "").append(r.getString(c));
                }
                out.append('\n');
            }
        }
        System.out.print(out);
    }

    private static int count(DataSource database, String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
