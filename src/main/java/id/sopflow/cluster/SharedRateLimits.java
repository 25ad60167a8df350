package id.sopflow.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sliding-window rate limits counted in the database, so that they hold across all nodes: with a count in each
 * node's memory, two nodes behind a load balancer would let a sender through twice as often. Each limited key has a
 * row ({@code SOPFLOW_RATE_KEY}) that is locked while its events ({@code SOPFLOW_RATE_EVENT}) are counted, so two
 * nodes cannot both let the last allowed event through.
 */
@Component
public class SharedRateLimits {

    /** Every so many events, forgotten keys and old events are cleared out. */
    private static final int TIDY_EVERY = 500;
    private static final int MAX_KEY_LENGTH = 255;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final InsertIfAbsent inserts;
    private final AtomicInteger untilTidy = new AtomicInteger(TIDY_EVERY);

    public SharedRateLimits(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.inserts = new InsertIfAbsent(jdbc, transactionManager);
    }

    /** @param name a short name of what is limited (at most 32 characters), e.g. "alamat" */
    public Limiter limiter(String name, int limit, Duration window) {
        if (name.length() > 32) {
            throw new IllegalArgumentException("Nama pembatas terlalu panjang: " + name);
        }
        return new Limiter(name, limit, window);
    }

    /** At most {@code limit} events per key within a sliding window. */
    public final class Limiter {

        private final String name;
        private final int limit;
        private final Duration window;

        private Limiter(String name, int limit, Duration window) {
            this.name = name;
            this.limit = limit;
            this.window = window;
        }

        /** Records an event for the key and tells whether it is within the limit; a refused event is not counted. */
        public boolean tryAcquire(String key, Instant now) {
            String stored = storable(key);
            ensureKeyRow(stored);
            Boolean allowed = ownTransaction.execute(status -> {
                if (!lockKeyRow(stored)) {
                    // Cleared out by a tidy-up on another node in between: make it again and count under its lock.
                    ensureKeyRow(stored);
                    lockKeyRow(stored);
                }
                Timestamp oldestKept = Timestamp.from(now.minus(window));
                jdbc.update("delete from SOPFLOW_RATE_EVENT where LIMITER = ? and KEY_VALUE = ? and AT_TIME <= ?",
                        name, stored, oldestKept);
                Integer recent = jdbc.queryForObject("select count(*) from SOPFLOW_RATE_EVENT "
                        + "where LIMITER = ? and KEY_VALUE = ?", Integer.class, name, stored);
                if (recent != null && recent >= limit) {
                    return false;
                }
                jdbc.update("insert into SOPFLOW_RATE_EVENT (ID, LIMITER, KEY_VALUE, AT_TIME) values (?, ?, ?, ?)",
                        UUID.randomUUID().toString(), name, stored, Timestamp.from(now));
                return true;
            });
            if (untilTidy.decrementAndGet() <= 0) {
                untilTidy.set(TIDY_EVERY);
                tidy(now);
            }
            return Boolean.TRUE.equals(allowed);
        }

        /** Takes back one event recorded at {@code at}: a post that was refused afterwards does not count. */
        public void release(String key, Instant at) {
            String stored = storable(key);
            ownTransaction.executeWithoutResult(status -> jdbc.update("delete from SOPFLOW_RATE_EVENT where ID = "
                    + "(select min(ID) from SOPFLOW_RATE_EVENT where LIMITER = ? and KEY_VALUE = ? and AT_TIME = ?)",
                    name, stored, Timestamp.from(at)));
        }

        /** The key's row, made by whichever node asks first: all we need is that it is there. */
        private void ensureKeyRow(String stored) {
            inserts.insert("SOPFLOW_RATE_KEY", List.of("LIMITER", "KEY_VALUE"),
                    Map.of("LIMITER", name, "KEY_VALUE", stored));
        }

        private boolean lockKeyRow(String stored) {
            return !jdbc.queryForList("select KEY_VALUE from SOPFLOW_RATE_KEY where LIMITER = ? and KEY_VALUE = ? "
                    + "for update", String.class, name, stored).isEmpty();
        }

        /** Old events and keys without events go, so a flood of addresses does not grow the tables for ever. */
        private void tidy(Instant now) {
            ownTransaction.executeWithoutResult(status -> {
                jdbc.update("delete from SOPFLOW_RATE_EVENT where LIMITER = ? and AT_TIME <= ?",
                        name, Timestamp.from(now.minus(window)));
                jdbc.update("delete from SOPFLOW_RATE_KEY where LIMITER = ? and not exists (select 1 from "
                        + "SOPFLOW_RATE_EVENT e where e.LIMITER = SOPFLOW_RATE_KEY.LIMITER "
                        + "and e.KEY_VALUE = SOPFLOW_RATE_KEY.KEY_VALUE)", name);
            });
        }
    }

    /** Keys are addresses and report codes; anything longer than the column is stored as its hash. */
    private static String storable(String key) {
        if (key.length() <= MAX_KEY_LENGTH) {
            return key;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
