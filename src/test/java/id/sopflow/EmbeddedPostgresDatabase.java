package id.sopflow;

import java.io.IOException;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (embedded binaries from Maven Central, no Docker) for a test's application context,
 * connected the way the {@code postgres} profile connects: through SOPFLOW_DB_URL, _USER and _PASSWORD. Use with
 * {@code @ActiveProfiles("postgres")} and {@code @SpringBootTest(properties = "spring.datasource.url=${SOPFLOW_DB_URL}")}
 * (the test configuration points the datasource at H2 otherwise). As a bean of the context, the server stops when
 * the context closes, after the engine and the connection pool.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresDatabase {

    @Bean
    EmbeddedPostgres embeddedPostgres() throws IOException {
        // Durability is worthless for a throw-away server; without it the engine's schema is created much faster.
        return EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
    }

    @Bean
    DynamicPropertyRegistrar sopflowDatabaseVariables(EmbeddedPostgres postgres) {
        return registry -> {
            registry.add("SOPFLOW_DB_URL", () -> "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
            registry.add("SOPFLOW_DB_USER", () -> "postgres");
            registry.add("SOPFLOW_DB_PASSWORD", () -> "postgres");
        };
    }
}
