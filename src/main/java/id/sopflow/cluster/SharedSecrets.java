package id.sopflow.cluster;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Random keys that every node must share, made once for the whole installation and kept in the database
 * ({@code SOPFLOW_SHARED_SECRET}): a key made in each node's memory would make one node refuse what another signed,
 * and would change at every restart.
 */
@Component
public class SharedSecrets {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Map<String, byte[]> known = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public SharedSecrets(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The installation's 32-byte key of that name, made by whichever node asks first. */
    public byte[] key(String name) {
        return known.computeIfAbsent(name, this::readOrMake);
    }

    private byte[] readOrMake(String name) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into SOPFLOW_SHARED_SECRET (NAME, SECRET_VALUE) select ?, ? where not exists "
                            + "(select 1 from SOPFLOW_SHARED_SECRET where NAME = ?)",
                    name, Base64.getEncoder().encodeToString(fresh), name));
        } catch (DuplicateKeyException madeByAnotherNode) {
            // Another node made it a moment ago: read theirs.
        }
        String stored = jdbc.queryForObject("select SECRET_VALUE from SOPFLOW_SHARED_SECRET where NAME = ?",
                String.class, name);
        return Base64.getDecoder().decode(stored);
    }
}
