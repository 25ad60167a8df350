package id.sopflow.cluster;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Random keys that every node must share, made once for the whole installation and kept in the database
 * ({@code SOPFLOW_SHARED_SECRET}): a key made in each node's memory would make one node refuse what another signed,
 * and would change at every restart.
 */
@Component
public class SharedSecrets {

    private final JdbcTemplate jdbc;
    private final InsertIfAbsent inserts;
    private final Map<String, byte[]> known = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public SharedSecrets(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.inserts = new InsertIfAbsent(jdbc, transactionManager);
    }

    /** The installation's 32-byte key of that name, made by whichever node asks first. */
    public byte[] key(String name) {
        return known.computeIfAbsent(name, this::readOrMake);
    }

    private byte[] readOrMake(String name) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        // Whether this node made it or another node a moment ago, the stored one is the key.
        inserts.insert("SOPFLOW_SHARED_SECRET", List.of("NAME"),
                Map.of("NAME", name, "SECRET_VALUE", Base64.getEncoder().encodeToString(fresh)));
        String stored = jdbc.queryForObject("select SECRET_VALUE from SOPFLOW_SHARED_SECRET where NAME = ?",
                String.class, name);
        return Base64.getDecoder().decode(stored);
    }
}
