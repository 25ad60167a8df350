package id.sopflow.sop.sipa.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

@PlainTest
class FormTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");
    private final FormTokens tokens = new FormTokens("kunci-uji", Duration.ofHours(2));

    @Test
    void aTokenIsValidForItsReportWithinTheValidity() {
        String token = tokens.issue("abc234def567", NOW);

        assertThat(tokens.isValid(token, "abc234def567", NOW)).isTrue();
        assertThat(tokens.isValid(token, "abc234def567", NOW.plus(Duration.ofHours(2)))).isTrue();
        assertThat(tokens.isValid(token, "abc234def567", NOW.plus(Duration.ofHours(2)).plusSeconds(1))).isFalse();
        assertThat(tokens.isValid(token, "zzz234def567", NOW)).as("another report").isFalse();
    }

    @Test
    void forgedOrMangledTokensAreRefused() {
        String token = tokens.issue("abc234def567", NOW);
        String issuedAt = token.substring(0, token.indexOf('.'));
        String later = (Long.parseLong(issuedAt) + 3600) + token.substring(token.indexOf('.'));

        assertThat(tokens.isValid(later, "abc234def567", NOW)).as("issue time moved").isFalse();
        assertThat(tokens.isValid(new FormTokens("kunci-lain", Duration.ofHours(2)).issue("abc234def567", NOW),
                "abc234def567", NOW)).as("another key").isFalse();
        assertThat(tokens.isValid(null, "abc234def567", NOW)).isFalse();
        assertThat(tokens.isValid("", "abc234def567", NOW)).isFalse();
        assertThat(tokens.isValid("bukan.token", "abc234def567", NOW)).isFalse();
        assertThat(tokens.isValid(token + "x", "abc234def567", NOW)).isFalse();
        assertThat(tokens.isValid(tokens.issue("abc234def567", NOW.plus(Duration.ofHours(1))), "abc234def567", NOW))
                .as("issued in the future").isFalse();
    }

    @Test
    void withoutASecretEveryStartHasItsOwnKey() {
        FormTokens first = new FormTokens("", Duration.ofHours(2));
        FormTokens second = new FormTokens(null, Duration.ofHours(2));

        String token = first.issue("abc234def567", NOW);
        assertThat(first.isValid(token, "abc234def567", NOW)).isTrue();
        assertThat(second.isValid(token, "abc234def567", NOW)).isFalse();
    }
}
