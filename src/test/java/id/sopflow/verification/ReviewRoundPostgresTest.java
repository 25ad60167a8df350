package id.sopflow.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistrar;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The review-round table and its queries on a real PostgreSQL server, next to the engine's schema. */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReviewRoundPostgresTest {

    private static final Instant NINE = Instant.parse("2026-03-09T01:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class RealPostgres {

        @Bean
        EmbeddedPostgres embeddedPostgres() throws IOException {
            return EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
        }

        @Bean
        DynamicPropertyRegistrar postgresDataSource(EmbeddedPostgres postgres) {
            return registry -> {
                registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
                registry.add("spring.datasource.username", () -> "postgres");
                registry.add("spring.datasource.password", () -> "");
                registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
            };
        }
    }

    @Autowired
    ReviewRounds reviewRounds;

    @Autowired
    ReviewRoundRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApplicationRunsOnPostgresql() {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
    }

    @Test
    void roundsAreStoredNumberedAndReadBackInOrder() {
        ReviewRound first = reviewRounds.record("task-1", "pi-1", "userTask_verifikasiLaporan", "desa-babayau",
                "admin-sipa", NINE, false, "  Foto buram.  ");
        ReviewRound second = reviewRounds.record("task-2", "pi-1", "userTask_verifikasiLaporan", "desa-babayau",
                "admin-sipa", NINE.plusSeconds(3600), true, "Foto buram.");

        assertThat(first.round()).isEqualTo(1);
        assertThat(second.round()).isEqualTo(2);
        assertThat(reviewRounds.of("pi-1")).containsExactly(
                new ReviewRound("task-1", "pi-1", "userTask_verifikasiLaporan", 1, "admin-sipa", NINE, false,
                        "Foto buram.", "desa-babayau"),
                new ReviewRound("task-2", "pi-1", "userTask_verifikasiLaporan", 2, "admin-sipa",
                        NINE.plusSeconds(3600), true, null, "desa-babayau"));
        assertThat(reviewRounds.of("pi-lain")).isEmpty();
    }

    @Test
    void aRoundNumberIsNeverGivenTwice() {
        repository.insert(new ReviewRound("task-a", "pi-2", "userTask_periksaSk", 1, "kabid", NINE, true, null,
                null));
        assertThatThrownBy(() -> repository.insert(new ReviewRound("task-b", "pi-2", "userTask_periksaSk", 1,
                "kabid", NINE, true, null, null))).isInstanceOf(DuplicateKeyException.class);
    }
}
