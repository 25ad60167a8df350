package id.sopflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");

    @Test
    void allowsTheLimitPerKeyWithinTheWindowThenAgainAfterIt() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(10));

        assertThat(limiter.tryAcquire("10.0.0.1", NOW)).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1", NOW.plusSeconds(60))).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1", NOW.plusSeconds(120))).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2", NOW.plusSeconds(120))).as("another key").isTrue();

        assertThat(limiter.tryAcquire("10.0.0.1", NOW.plus(Duration.ofMinutes(10)))).as("first one left the window")
                .isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1", NOW.plus(Duration.ofMinutes(10)))).isFalse();
    }

    @Test
    void aRefusedAttemptDoesNotCountAgainstTheNextWindow() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1));

        assertThat(limiter.tryAcquire("a", NOW)).isTrue();
        for (int i = 1; i <= 5; i++) {
            assertThat(limiter.tryAcquire("a", NOW.plusSeconds(i))).isFalse();
        }
        assertThat(limiter.tryAcquire("a", NOW.plusSeconds(61))).isTrue();
    }
}
