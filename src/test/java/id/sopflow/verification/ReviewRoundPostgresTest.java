package id.sopflow.verification;

import id.sopflow.EmbeddedPostgresDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.context.annotation.Import;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The review-round table and its queries on a real PostgreSQL server, next to the engine's schema. */
@SpringBootTest(properties = "spring.datasource.url=${SOPFLOW_DB_URL}")
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReviewRoundPostgresTest {

    private static final Instant NINE = Instant.parse("2026-03-09T01:00:00Z");

    @Autowired
    ReviewRounds reviewRounds;

    @Autowired
    ReviewRoundRepository repository;

    @Autowired
    JdbcTemplate jdbc;

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
