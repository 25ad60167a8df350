package id.sopflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistrar;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import id.sopflow.security.AdminSetupAttempt;

/**
 * The production-like run of docker-compose.yml, against a real PostgreSQL server: profiles {@code postgres,prod},
 * configured only through the same SOPFLOW_* variables the compose file sets, as an unprivileged database owner
 * (not the PostgreSQL superuser).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        // The test configuration (config/application.yaml) points every context at an in-memory H2 database,
        // sets a fixed admin password and stops the job executor; undo that so the profiles decide as in production.
        "spring.datasource.url=${SOPFLOW_DB_URL}",
        "camunda.bpm.admin-user.password=${SOPFLOW_ADMIN_PASSWORD:}",
        "camunda.bpm.job-execution.enabled=true",
        "SOPFLOW_ADMIN_PASSWORD=" + PostgresProfileTest.ADMIN_PASSWORD })
@ActiveProfiles({ "postgres", "prod" })
// The embedded server is a bean of this context: closing the context after the class stops it, after the engine
// and the connection pool are closed.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresProfileTest {

    static final String ADMIN_PASSWORD = "Rahasia-Kuat-2025!";

    private static final String DB_USER = "sopflow";
    private static final String DB_PASSWORD = "sopflow-db-secret";
    private static final String START_MESSAGE = "Profil prod membutuhkan kata sandi administrator dari lingkungan, "
            + "tetapi SOPFLOW_ADMIN_PASSWORD tidak diisi.";

    @TestConfiguration(proxyBeanMethods = false)
    static class RealPostgres {

        @Bean
        EmbeddedPostgres embeddedPostgres() throws IOException, SQLException {
            // Durability is worthless for a throw-away server; without it the engine's schema is created in a
            // fraction of the time.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setDataDirectoryCustomizer(RealPostgres::requirePasswordOfApplicationRole)
                    .start();
            createDatabase(postgres, "sopflow");
            return postgres;
        }

        /**
         * The embedded server trusts every local connection; make it check the application role's password, as the
         * postgres image does for connections from the app container, so SOPFLOW_DB_PASSWORD really counts.
         */
        private static void requirePasswordOfApplicationRole(File dataDirectory) {
            Path hba = dataDirectory.toPath().resolve("pg_hba.conf");
            try {
                Files.writeString(hba, "host all " + DB_USER + " 127.0.0.1/32 scram-sha-256\n"
                        + "host all " + DB_USER + " ::1/128 scram-sha-256\n" + Files.readString(hba));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Bean
        DynamicPropertyRegistrar sopflowDatabaseVariables(EmbeddedPostgres postgres) {
            return registry -> {
                registry.add("SOPFLOW_DB_URL", () -> jdbcUrl(postgres, "sopflow"));
                registry.add("SOPFLOW_DB_USER", () -> DB_USER);
                registry.add("SOPFLOW_DB_PASSWORD", () -> DB_PASSWORD);
            };
        }
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TestRestTemplate http;

    @Autowired
    EmbeddedPostgres postgres;

    @LocalServerPort
    int port;

    @Test
    void engineTablesLiveInPostgresql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            assertThat(metaData.getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(metaData.getURL()).isEqualTo(jdbcUrl(postgres, "sopflow"));
            assertThat(metaData.getUserName()).isEqualTo(DB_USER);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(jdbcUrl(postgres, "sopflow"), DB_USER, "salah").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("select version_ from act_ge_schema_log", String.class)).contains("7.24.0");
        assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select tableowner from pg_tables where tablename = 'act_ru_task'",
                String.class)).isEqualTo(DB_USER);
        assertThat(engine.getProcessEngineConfiguration().getDatabaseType()).isEqualTo("postgres");
    }

    /**
     * The engine's batched inserts reach PostgreSQL as one multi-row statement per table (README "Kapasitas"): the
     * driver then reports "success, row count unknown" per row, which is what Camunda accepts for inserts.
     */
    @Test
    void batchedInsertsAreSentAsOneStatement() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create temporary table uji_batch (id int)");
            try (var insert = connection.prepareStatement("insert into uji_batch (id) values (?)")) {
                for (int id = 1; id <= 2; id++) {
                    insert.setInt(1, id);
                    insert.addBatch();
                }
                assertThat(insert.executeBatch()).containsExactly(Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO);
            }
            statement.execute("drop table uji_batch");
        }
        // a start writes its variables, their history and the activity history in one flush
        String deployment = engine.getRepositoryService().createDeployment().addModelInstance("uji-batch.bpmn",
                Bpmn.createExecutableProcess("uji-batch").camundaHistoryTimeToLive(1)
                        .startEvent().endEvent().done()).deploy().getId();
        try {
            String instance = engine.getRuntimeService().startProcessInstanceByKey("uji-batch",
                    Map.of("judul", "Laporan kegiatan", "lokasi", "RT 03", "periode", "2026-11")).getId();
            assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
                    .list()).extracting(variable -> variable.getName() + "=" + variable.getValue())
                    .containsExactlyInAnyOrder("judul=Laporan kegiatan", "lokasi=RT 03", "periode=2026-11");
            assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
                    .count()).isEqualTo(2);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    @Test
    void organisationsAreSeededWithoutDemoUsers() {
        IdentityService identity = engine.getIdentityService();
        assertThat(identity.createTenantQuery().tenantId("kec-paringin").singleResult().getName())
                .isEqualTo("Kecamatan Paringin");
        assertThat(identity.createTenantQuery().tenantId("desa-babayau").count()).isEqualTo(1);
        assertThat(identity.createGroupQuery().groupId("sipa-pemerintah-desa").singleResult().getName())
                .isEqualTo("Pemerintah Desa");

        assertThat(identity.createUserQuery().userId("pemdes-babayau").count()).isZero();
        assertThat(identity.createUserQuery().list()).extracting(user -> user.getId()).containsExactly("admin");
    }

    @Test
    void administratorLogsInWithThePasswordFromTheEnvironmentOnly() {
        IdentityService identity = engine.getIdentityService();
        assertThat(identity.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count()).isEqualTo(1);
        assertThat(identity.checkPassword("admin", ADMIN_PASSWORD)).isTrue();
        assertThat(identity.checkPassword("admin", "admin")).isFalse();
    }

    @Test
    void adminSetupPageCreatesNoAdministrator() {
        AdminSetupAttempt.assertNoAdministratorCanBeCreated(port, engine);
    }

    @Test
    void healthEndpointReportsUpIncludingTheDatabase() {
        ResponseEntity<Map<String, Object>> response = http.exchange("/actuator/health", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() {
                });
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("status", "UP");
        assertThat(response.getBody().get("components")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("db", Map.of("status", "UP"));
    }

    /**
     * docker-compose.yml refuses to start without SOPFLOW_ADMIN_PASSWORD; started any other way, the application
     * itself must refuse before the engine creates its schema and an administrator whose password is its user id.
     */
    @Test
    void prodWithoutAdminPasswordRefusesToStartAndWritesNothing() throws SQLException {
        createDatabase(postgres, "sopflow_tanpa_sandi");
        String url = jdbcUrl(postgres, "sopflow_tanpa_sandi");

        assertThatThrownBy(() -> new SpringApplicationBuilder(SopflowApplication.class)
                .profiles("postgres", "prod")
                .run("--SOPFLOW_DB_URL=" + url,
                        "--SOPFLOW_DB_USER=" + DB_USER,
                        "--SOPFLOW_DB_PASSWORD=" + DB_PASSWORD,
                        // As unset: an empty value also hides a variable exported in the developer's shell.
                        "--SOPFLOW_ADMIN_PASSWORD=",
                        "--spring.datasource.url=${SOPFLOW_DB_URL}",
                        "--camunda.bpm.admin-user.password=${SOPFLOW_ADMIN_PASSWORD:}",
                        "--server.port=0"))
                .hasRootCauseInstanceOf(StartupProblem.class)
                .rootCause()
                .hasMessage(START_MESSAGE);

        JdbcTemplate untouched = new JdbcTemplate(new SingleConnectionDataSource(url, DB_USER, DB_PASSWORD, true));
        assertThat(untouched.queryForObject(
                "select count(*) from information_schema.tables where table_schema = 'public'", Integer.class))
                .isZero();
    }

    /** A database owned by an ordinary role, like POSTGRES_DB/POSTGRES_USER give in docker-compose.yml. */
    private static void createDatabase(EmbeddedPostgres postgres, String name) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + DB_USER + "') "
                    + "then create role " + DB_USER + " login password '" + DB_PASSWORD + "'; end if; end $$");
            statement.execute("create database " + name + " owner " + DB_USER);
        }
    }

    private static String jdbcUrl(EmbeddedPostgres postgres, String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }
}
