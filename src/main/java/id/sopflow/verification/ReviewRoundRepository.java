package id.sopflow.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The durable record of review rounds ({@code SOPFLOW_REVIEW_ROUND}). Writes join the engine's transaction, so a
 * round exists exactly when its task completion committed. A unique key on (process instance, step, round) makes
 * two concurrent completions of the same step fail one of them instead of numbering both alike.
 */
@Repository
public class ReviewRoundRepository {

    private static final String COLUMNS = "TASK_ID, PROCESS_INSTANCE_ID, STEP_ID, ROUND_NUMBER, REVIEWER_ID, "
            + "DECIDED_AT, APPROVED, REASON, TENANT_ID";

    private final JdbcTemplate jdbc;

    public ReviewRoundRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int nextRound(String processInstanceId, String stepId) {
        Integer last = jdbc.queryForObject("SELECT MAX(ROUND_NUMBER) FROM SOPFLOW_REVIEW_ROUND "
                + "WHERE PROCESS_INSTANCE_ID = ? AND STEP_ID = ?", Integer.class, processInstanceId, stepId);
        return last == null ? 1 : last + 1;
    }

    public void insert(ReviewRound round) {
        jdbc.update("INSERT INTO SOPFLOW_REVIEW_ROUND (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                round.taskId(), round.processInstanceId(), round.stepId(), round.round(), round.reviewerId(),
                round.decidedAt().atOffset(ZoneOffset.UTC), round.approved(), round.reason(), round.tenantId());
    }

    /** Every round of a process instance, in the order they were decided. */
    public List<ReviewRound> ofProcessInstance(String processInstanceId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM SOPFLOW_REVIEW_ROUND WHERE PROCESS_INSTANCE_ID = ? "
                + "ORDER BY DECIDED_AT, STEP_ID, ROUND_NUMBER", this::map, processInstanceId);
    }

    private ReviewRound map(ResultSet row, int index) throws SQLException {
        return new ReviewRound(row.getString("TASK_ID"), row.getString("PROCESS_INSTANCE_ID"),
                row.getString("STEP_ID"), row.getInt("ROUND_NUMBER"), row.getString("REVIEWER_ID"),
                row.getObject("DECIDED_AT", OffsetDateTime.class).toInstant(), row.getBoolean("APPROVED"),
                row.getString("REASON"), row.getString("TENANT_ID"));
    }
}
