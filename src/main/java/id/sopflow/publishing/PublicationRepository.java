package id.sopflow.publishing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every post sopflow made ({@code SOPFLOW_PUBLICATION}), by idempotency key. Writes join the caller's transaction;
 * {@link Publisher} gives them their own.
 */
@Repository
public class PublicationRepository {

    private final JdbcTemplate jdbc;

    public PublicationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PublishedPost> find(String idempotencyKey) {
        return jdbc.query("SELECT CHANNEL, EXTERNAL_ID, URL FROM SOPFLOW_PUBLICATION WHERE IDEMPOTENCY_KEY = ?",
                (row, index) -> new PublishedPost(row.getString("CHANNEL"), row.getString("EXTERNAL_ID"),
                        row.getString("URL")),
                idempotencyKey).stream().findFirst();
    }

    /**
     * The idempotency key a channel's post was recorded under, e.g. to find the case a comment on it belongs to.
     */
    public Optional<String> keyOf(String channelId, String externalId) {
        return jdbc.query("SELECT IDEMPOTENCY_KEY FROM SOPFLOW_PUBLICATION WHERE CHANNEL = ? AND EXTERNAL_ID = ?",
                (row, index) -> row.getString(1), channelId, externalId).stream().findFirst();
    }

    public void insert(String idempotencyKey, String tenantId, PublishedPost post, Instant publishedAt) {
        jdbc.update("INSERT INTO SOPFLOW_PUBLICATION (IDEMPOTENCY_KEY, CHANNEL, EXTERNAL_ID, URL, TENANT_ID, "
                + "PUBLISHED_AT) VALUES (?, ?, ?, ?, ?, ?)", idempotencyKey, post.channelId(), post.externalId(),
                post.url(), tenantId, publishedAt.atOffset(ZoneOffset.UTC));
    }

    /** Claims the key for a post about to be made; false when another execution holds (or held) it. */
    public boolean claim(String idempotencyKey, Instant claimedAt) {
        return jdbc.update("INSERT INTO SOPFLOW_PUBLICATION_CLAIM (IDEMPOTENCY_KEY, CLAIMED_AT) SELECT ?, ? "
                + "WHERE NOT EXISTS (SELECT 1 FROM SOPFLOW_PUBLICATION_CLAIM WHERE IDEMPOTENCY_KEY = ?)",
                idempotencyKey, claimedAt.atOffset(ZoneOffset.UTC), idempotencyKey) == 1;
    }

    /** When the key was claimed, if it still is. */
    public Optional<Instant> claimedAt(String idempotencyKey) {
        return jdbc.query("SELECT CLAIMED_AT FROM SOPFLOW_PUBLICATION_CLAIM WHERE IDEMPOTENCY_KEY = ?",
                (row, index) -> row.getObject(1, java.time.OffsetDateTime.class).toInstant(), idempotencyKey)
                .stream().findFirst();
    }

    public void releaseClaim(String idempotencyKey) {
        jdbc.update("DELETE FROM SOPFLOW_PUBLICATION_CLAIM WHERE IDEMPOTENCY_KEY = ?", idempotencyKey);
    }
}
