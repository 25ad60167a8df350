package id.sopflow.publishing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

import id.sopflow.cluster.InsertIfAbsent;

/**
 * Every post sopflow made ({@code SOPFLOW_PUBLICATION}), by idempotency key. Writes join the caller's transaction
 * ({@link Publisher} gives them their own), except {@link #claim}, which is always its own.
 */
@Repository
public class PublicationRepository {

    private final JdbcTemplate jdbc;
    private final InsertIfAbsent inserts;

    public PublicationRepository(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.inserts = new InsertIfAbsent(jdbc, transactionManager);
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

    /**
     * Claims the key for a post about to be made, in a transaction of its own; false when another execution holds
     * (or held) it, also when it claimed it at the same moment.
     */
    public boolean claim(String idempotencyKey, Instant claimedAt) {
        return inserts.insert("SOPFLOW_PUBLICATION_CLAIM", List.of("IDEMPOTENCY_KEY"),
                Map.of("IDEMPOTENCY_KEY", idempotencyKey, "CLAIMED_AT", claimedAt.atOffset(ZoneOffset.UTC)));
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
