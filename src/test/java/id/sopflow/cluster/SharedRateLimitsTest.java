package id.sopflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import id.sopflow.testkit.PlainTest;

/**
 * The public channel's rate limits and shared keys as the database keeps them (on H2 here; across two nodes on
 * PostgreSQL in {@link TwoNodesTest}). Two {@link SharedRateLimits} objects on one database stand for two nodes.
 */
@PlainTest
class SharedRateLimitsTest {

    private static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");

    private DriverManagerDataSource database;
    private SharedRateLimits nodeA;
    private SharedRateLimits nodeB;

    @BeforeEach
    void setUp() {
        database = new DriverManagerDataSource("jdbc:h2:mem:batas-" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE", "sa", "");
        // sopflow's own tables without the engine's: only the index on the engine's task table fails.
        ResourceDatabasePopulator schema = new ResourceDatabasePopulator(
                new ClassPathResource("sopflow/mutu-baku-schema.sql"));
        schema.setContinueOnError(true);
        schema.execute(database);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
        nodeA = new SharedRateLimits(database, transactions);
        nodeB = new SharedRateLimits(database, transactions);
    }

    @AfterEach
    void tearDown() {
        new org.springframework.jdbc.core.JdbcTemplate(database).execute("shutdown");
    }

    @Test
    void allowsTheLimitPerKeyWithinTheWindowThenAgainAfterItCountedAcrossNodes() {
        SharedRateLimits.Limiter onA = nodeA.limiter("uji", 2, Duration.ofMinutes(10));
        SharedRateLimits.Limiter onB = nodeB.limiter("uji", 2, Duration.ofMinutes(10));

        assertThat(onA.tryAcquire("10.0.0.1", NOW)).isTrue();
        assertThat(onB.tryAcquire("10.0.0.1", NOW.plusSeconds(60))).isTrue();
        assertThat(onA.tryAcquire("10.0.0.1", NOW.plusSeconds(120))).as("third within the window").isFalse();
        assertThat(onB.tryAcquire("10.0.0.1", NOW.plusSeconds(120))).as("on the other node too").isFalse();
        assertThat(onB.tryAcquire("10.0.0.2", NOW.plusSeconds(120))).as("another key").isTrue();

        assertThat(onA.tryAcquire("10.0.0.1", NOW.plus(Duration.ofMinutes(10)))).as("first one left the window")
                .isTrue();
        assertThat(onB.tryAcquire("10.0.0.1", NOW.plus(Duration.ofMinutes(10)))).isFalse();
    }

    @Test
    void aRefusedAttemptDoesNotCountAndAReleasedOneIsGivenBack() {
        SharedRateLimits.Limiter limiter = nodeA.limiter("uji", 1, Duration.ofMinutes(1));

        assertThat(limiter.tryAcquire("a", NOW)).isTrue();
        for (int i = 1; i <= 5; i++) {
            assertThat(limiter.tryAcquire("a", NOW.plusSeconds(i))).isFalse();
        }
        assertThat(limiter.tryAcquire("a", NOW.plusSeconds(61))).isTrue();
        limiter.release("a", NOW.plusSeconds(61));
        assertThat(limiter.tryAcquire("a", NOW.plusSeconds(62))).as("the released event no longer counts").isTrue();
    }

    @Test
    void concurrentAttemptsFromTwoNodesLetExactlyTheLimitThrough() throws Exception {
        SharedRateLimits.Limiter onA = nodeA.limiter("uji", 5, Duration.ofMinutes(10));
        SharedRateLimits.Limiter onB = nodeB.limiter("uji", 5, Duration.ofMinutes(10));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = IntStream.range(0, 40)
                    .mapToObj(i -> (Callable<Boolean>) () -> (i % 2 == 0 ? onA : onB)
                            .tryAcquire("10.0.0.9", NOW.plusMillis(i)))
                    .toList();
            long allowed = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                allowed += result.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(5);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aKeyIsMadeOnceForTheWholeInstallation() {
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
        byte[] first = new SharedSecrets(database, transactions).key("publik-formulir");
        byte[] second = new SharedSecrets(database, transactions).key("publik-formulir");

        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(new SharedSecrets(database, transactions).key("lain")).isNotEqualTo(first);
    }
}
