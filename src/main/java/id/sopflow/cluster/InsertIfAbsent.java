package id.sopflow.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A row that several nodes or executions may try to create at the same moment, created by exactly one of them:
 * "insert in my own transaction; a duplicate key means someone else did". The insert runs in a transaction of its
 * own, so a duplicate key spoils nothing of the caller's transaction (PostgreSQL aborts a transaction at its first
 * error), and it inserts only where no row with the key exists, so most races end without an error at all.
 */
public final class InsertIfAbsent {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public InsertIfAbsent(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * @param table the table; like the column names a constant of the caller, never input
     * @param key   the key columns, each also in {@code row}
     * @param row   every column to insert with its value
     * @return whether this call inserted the row; false when it was there already
     */
    public boolean insert(String table, List<String> key, Map<String, ?> row) {
        List<String> columns = new ArrayList<>(row.keySet());
        List<Object> arguments = new ArrayList<>();
        columns.forEach(column -> arguments.add(row.get(column)));
        key.forEach(column -> arguments.add(row.get(column)));
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") select "
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + " where not exists (select 1 from "
                + table + " where " + String.join(" and ", key.stream().map(column -> column + " = ?").toList())
                + ")";
        try {
            Integer inserted = ownTransaction.execute(status -> jdbc.update(sql, arguments.toArray()));
            return inserted != null && inserted == 1;
        } catch (DuplicateKeyException madeBySomeoneElse) {
            return false;
        }
    }
}
