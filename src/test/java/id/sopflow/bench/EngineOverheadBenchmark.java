package id.sopflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import id.sopflow.SopflowApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Figure 1 of the benchmark (README "Kapasitas"): sopflow's engine — all its plugins, listeners, working-time
 * calendar, tenant provider, authorization on, history full — against a bare Camunda 7.24 engine with history full,
 * side by side in one run on one embedded PostgreSQL server (one database each), running {@link SopShapedModel}
 * through the Java API with 1 and 2 threads. Prints one line per figure, with the machine's core count.
 *
 * <p>Run with {@code ./mvnw -Pbench test} (not part of {@code verify}). {@code -Dbench.cases=N} sets the cases per
 * round (default 200), {@code -Dbench.rounds=N} how often each engine is measured per thread count (default 3; the
 * median is printed). The engines take turns so that drift of the machine falls on both alike.
 */
class EngineOverheadBenchmark {

    private static final String TENANT = "desa-babayau";
    private static final int CASES = Integer.getInteger("bench.cases", 200);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    /** For a profile of one side: {@code -Dbench.only=sopflow} or {@code camunda-polos} runs only that engine. */
    private static final String ONLY = System.getProperty("bench.only", "");
    /** {@code -Dbench.explain=true}: prints the statistics PostgreSQL has of the engines' main tables. */
    private static final boolean EXPLAIN = Boolean.getBoolean("bench.explain");
    /**
     * {@code -Dbench.analyze}: ANALYZE both databases once after the warm-up, so that neither engine's statements
     * are planned on tables autovacuum has not analyzed yet (as TimerDrainBenchmark, README figure 4).
     */
    private static final boolean ANALYZE = Boolean.parseBoolean(System.getProperty("bench.analyze", "false"));

    @Test
    void sopflowAgainstBareCamunda() throws Exception {
        // Commits without waiting for the disk: the figure is the engines' own cost, which a slow virtual disk's
        // fsync would otherwise drown for both alike. A production server waits for its disk.
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "off")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements").start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE bare");
                statement.execute("CREATE DATABASE sopflow");
            }
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
            ProcessEngine bare = bareEngine(url + "bare");
            try (ConfigurableApplicationContext sopflow = sopflowApplication(url + "sopflow")) {
                ProcessEngine engine = sopflow.getBean(ProcessEngine.class);
                // The model's actor reads and works its steps through the definition, as SIPA's actors do
                // (organisation file: actorsReadEveryStep): the engine writes no authorization row per step.
                Authorization grant = engine.getAuthorizationService().createNewAuthorization(
                        Authorization.AUTH_TYPE_GRANT);
                grant.setGroupId("sipa-admin");
                grant.setResource(Resources.PROCESS_DEFINITION);
                grant.setResourceId(SopShapedModel.KEY);
                grant.addPermission(ProcessDefinitionPermissions.READ_TASK);
                grant.addPermission(ProcessDefinitionPermissions.TASK_WORK);
                grant.addPermission(ProcessDefinitionPermissions.READ_INSTANCE);
                engine.getAuthorizationService().saveAuthorization(grant);
                for (ProcessEngine each : new ProcessEngine[] { bare, engine }) {
                    each.getRepositoryService().createDeployment().tenantId(TENANT)
                            .addModelInstance(SopShapedModel.KEY + ".bpmn", SopShapedModel.create()).deploy();
                    EngineRound.run(each, TENANT, Math.max(50, CASES / 5), 2); // warm-up
                }
                if (EXPLAIN) {
                    tableStatistics(postgres, "after the warm-up");
                }
                if (ANALYZE) {
                    analyze(postgres);
                    if (EXPLAIN) {
                        tableStatistics(postgres, "after ANALYZE");
                    }
                }
                SqlCounts sql = SqlCounts.start(postgres.getPostgresDatabase());
                int measuredCases = 0;
                for (int threads : new int[] { 1, 2 }) {
                    double[] bareRates = new double[ROUNDS];
                    double[] sopflowRates = new double[ROUNDS];
                    double[] bareCpu = new double[ROUNDS];
                    double[] sopflowCpu = new double[ROUNDS];
                    for (int round = 0; round < ROUNDS; round++) {
                        if (!ONLY.equals("sopflow")) {
                            EngineRound.Result result = EngineRound.run(bare, TENANT, CASES, threads);
                            bareRates[round] = result.perSecond();
                            bareCpu[round] = result.cpuMillisPerCase();
                        }
                        if (!ONLY.equals("camunda-polos")) {
                            EngineRound.Result result = EngineRound.run(engine, TENANT, CASES, threads);
                            sopflowRates[round] = result.perSecond();
                            sopflowCpu[round] = result.cpuMillisPerCase();
                        }
                    }
                    measuredCases += ROUNDS * CASES;
                    double bareMedian = median(bareRates);
                    double sopflowMedian = median(sopflowRates);
                    report(String.format(Locale.ROOT, "mesin threads=%d kasus/detik sopflow=%.1f camunda-polos=%.1f "
                            + "rasio=%.2f (median %d putaran x %d kasus, 6 penyelesaian per kasus)", threads,
                            sopflowMedian, bareMedian, sopflowMedian / bareMedian, ROUNDS, CASES));
                    report(String.format(Locale.ROOT, "mesin threads=%d cpu-ms/kasus (JVM mesin, tanpa basis data) "
                            + "sopflow=%.2f camunda-polos=%.2f", threads, median(sopflowCpu), median(bareCpu)));
                }
                sql.report(measuredCases, Path.of("target", "bench", "sql-per-kasus.txt"));
                if (EXPLAIN) {
                    tableStatistics(postgres, "after the measured rounds");
                }
            } finally {
                bare.close();
            }
        }
    }

    private static ProcessEngine bareEngine(String jdbcUrl) {
        return ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setProcessEngineName("camunda-polos").setJdbcUrl(jdbcUrl).setJdbcDriver("org.postgresql.Driver")
                .setJdbcUsername("postgres").setJdbcPassword("postgres")
                .setJdbcMaxActiveConnections(20)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .buildProcessEngine();
    }

    /** sopflow as it runs in production on PostgreSQL; its job executor off like the bare engine's (no timer is due). */
    private static ConfigurableApplicationContext sopflowApplication(String jdbcUrl) {
        return new SpringApplicationBuilder(SopflowApplication.class).profiles("postgres").run(
                "--SOPFLOW_DB_URL=" + jdbcUrl, "--spring.datasource.url=" + jdbcUrl,
                "--SOPFLOW_DB_USER=postgres", "--SOPFLOW_DB_PASSWORD=postgres",
                "--server.port=0", "--camunda.bpm.job-execution.enabled=false");
    }

    /** The same for both engines, so the comparison stays fair. */
    private static void analyze(EmbeddedPostgres postgres) throws Exception {
        for (String database : new String[] { "bare", "sopflow" }) {
            try (Connection connection = postgres.getDatabase("postgres", database).getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(SqlCounts.OWN + " ANALYZE");
            }
        }
    }

    /** Diagnosis: rows, reltuples (-1: never analyzed) and analyze times of the engines' main tables. */
    private static void tableStatistics(EmbeddedPostgres postgres, String when) throws Exception {
        for (String database : new String[] { "bare", "sopflow" }) {
            StringBuilder out = new StringBuilder("[explain] " + database + " " + when
                    + ": relname | n_live_tup | reltuples | last_analyze | last_autoanalyze\n");
            try (Connection connection = postgres.getDatabase("postgres", database).getConnection();
                    Statement statement = connection.createStatement();
                    java.sql.ResultSet r = statement.executeQuery(SqlCounts.OWN + " SELECT s.relname, s.n_live_tup, "
                            + "c.reltuples, s.last_analyze, s.last_autoanalyze FROM pg_stat_user_tables s "
                            + "JOIN pg_class c ON c.oid = s.relid WHERE s.relname IN ('act_ru_variable', "
                            + "'act_ru_execution', 'act_ru_task', 'act_ru_job', 'act_ru_identitylink', "
                            + "'act_ru_authorization', 'act_hi_actinst', 'act_hi_taskinst', 'act_hi_varinst', "
                            + "'act_hi_procinst', 'act_hi_detail', 'act_hi_identitylink') ORDER BY s.relname")) {
                while (r.next()) {
                    out.append(String.format(Locale.ROOT, "  %-22s %8d %10.0f %s %s%n", r.getString(1), r.getLong(2),
                            r.getDouble(3), r.getString(4), r.getString(5)));
                }
            }
            try (Connection connection = postgres.getDatabase("postgres", database).getConnection();
                    Statement statement = connection.createStatement()) {
                // The costliest statement per call for both engines: the generic plan the server settles on for it.
                statement.execute(SqlCounts.OWN + " PREPARE removal(timestamp, varchar) AS UPDATE ACT_HI_ACTINST "
                        + "SET REMOVAL_TIME_ = $1 WHERE ROOT_PROC_INST_ID_ = $2");
                statement.execute("SET plan_cache_mode = force_generic_plan");
                out.append("  generic plan of update ACT_HI_ACTINST set REMOVAL_TIME_ where ROOT_PROC_INST_ID_:\n");
                try (java.sql.ResultSet r = statement.executeQuery(SqlCounts.OWN
                        + " EXPLAIN EXECUTE removal(now()::timestamp, 'x')")) {
                    while (r.next()) {
                        out.append("    ").append(r.getString(1)).append('\n');
                    }
                }
                statement.execute("RESET plan_cache_mode");
                statement.execute("DEALLOCATE removal");
            }
            System.out.print(out);
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    static void report(String figure) throws IOException {
        String line = "BENCH cores=" + Runtime.getRuntime().availableProcessors() + " " + figure;
        System.out.println(line);
        Path file = Path.of("target", "bench", "figures.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
