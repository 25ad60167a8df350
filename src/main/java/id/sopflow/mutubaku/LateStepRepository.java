package id.sopflow.mutubaku;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The durable record of late steps ({@code SOPFLOW_LATE_STEP}); writes join the engine's transaction. */
@Repository
public class LateStepRepository {

    private static final String COLUMNS = "TASK_ID, PROCESS_KEY, PROCESS_INSTANCE_ID, STEP_ID, STEP_NAME, TENANT_ID, "
            + "CANDIDATE_GROUPS, ASSIGNEE, MUTU_BAKU, DUE_AT, DETECTED_AT, NOTIFICATION_TASK_ID, COMPLETED_AT, "
            + "COMPLETED_BY";

    private final JdbcTemplate jdbc;

    public LateStepRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String taskId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM SOPFLOW_LATE_STEP WHERE TASK_ID = ?",
                Integer.class, taskId);
        return count != null && count > 0;
    }

    public void insert(LateStep step) {
        jdbc.update("INSERT INTO SOPFLOW_LATE_STEP (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                step.taskId(), step.processKey(), step.processInstanceId(), step.stepId(), step.stepName(),
                step.tenantId(), step.candidateGroups(), step.assignee(), step.mutuBaku(), timestamp(step.dueAt()),
                timestamp(step.detectedAt()), step.notificationTaskId(), timestamp(step.completedAt()),
                step.completedBy());
    }

    /** @return whether the task was a recorded late step */
    public boolean markCompleted(String taskId, Instant completedAt, String completedBy) {
        return jdbc.update("UPDATE SOPFLOW_LATE_STEP SET COMPLETED_AT = ?, COMPLETED_BY = ? "
                + "WHERE TASK_ID = ? AND COMPLETED_AT IS NULL", timestamp(completedAt), completedBy, taskId) > 0;
    }

    public Optional<LateStep> find(String taskId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM SOPFLOW_LATE_STEP WHERE TASK_ID = ?", this::map, taskId)
                .stream().findFirst();
    }

    /**
     * The late steps a notice gathers that are still open, leaving out {@code finishing} (the step being completed or
     * deleted in this very transaction, whose task row is still there).
     */
    public int openInNotice(String noticeTaskId, String finishing) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM SOPFLOW_LATE_STEP L "
                + "JOIN ACT_RU_TASK T ON T.ID_ = L.TASK_ID "
                + "WHERE L.NOTIFICATION_TASK_ID = ? AND L.COMPLETED_AT IS NULL AND L.TASK_ID <> ?",
                Integer.class, noticeTaskId, finishing == null ? "" : finishing);
        return count == null ? 0 : count;
    }

    /** The late steps a notice gathers, whether still open or not: the ones its supervisor may give an arahan on. */
    public List<String> taskIdsInNotice(String noticeTaskId) {
        return jdbc.queryForList("SELECT TASK_ID FROM SOPFLOW_LATE_STEP WHERE NOTIFICATION_TASK_ID = ? "
                + "ORDER BY DUE_AT, TASK_ID", String.class, noticeTaskId);
    }

    /**
     * The task of the notice still open for this supervisor group in this desa ({@code SOPFLOW_LATE_NOTICE}). Read
     * together with the task, so a row whose task is gone some other way (a database restored to an older state, a
     * task removed by hand) is never joined.
     */
    public Optional<String> openNotice(String supervisorGroup, String tenantId) {
        return jdbc.queryForList("SELECT N.TASK_ID FROM SOPFLOW_LATE_NOTICE N JOIN ACT_RU_TASK T ON T.ID_ = N.TASK_ID "
                + "WHERE N.SUPERVISOR_GROUP = ? AND N.TENANT_KEY = ?", String.class, supervisorGroup,
                tenantKey(tenantId)).stream().findFirst();
    }

    /**
     * Records a newly opened notice, first dropping a row of this group and desa whose task is gone (see
     * {@link #openNotice}); a row whose task exists is kept. A second notice for the same group and desa, opened at
     * the same time by another job thread or node, fails here on the key: its transaction rolls back and the timer
     * job is retried, finding this one.
     */
    public void noticeOpened(String supervisorGroup, String tenantId, String noticeTaskId, Instant openedAt) {
        jdbc.update("DELETE FROM SOPFLOW_LATE_NOTICE WHERE SUPERVISOR_GROUP = ? AND TENANT_KEY = ? AND NOT EXISTS "
                + "(SELECT 1 FROM ACT_RU_TASK T WHERE T.ID_ = SOPFLOW_LATE_NOTICE.TASK_ID)", supervisorGroup,
                tenantKey(tenantId));
        jdbc.update("INSERT INTO SOPFLOW_LATE_NOTICE (SUPERVISOR_GROUP, TENANT_KEY, TASK_ID, OPENED_AT) "
                + "VALUES (?, ?, ?, ?)", supervisorGroup, tenantKey(tenantId), noticeTaskId, timestamp(openedAt));
    }

    /** The notice was closed (by its supervisor, by itself, or its process was cancelled): late steps open anew. */
    public void noticeClosed(String noticeTaskId) {
        jdbc.update("DELETE FROM SOPFLOW_LATE_NOTICE WHERE TASK_ID = ?", noticeTaskId);
    }

    private static String tenantKey(String tenantId) {
        return tenantId == null ? "-" : tenantId;
    }

    public List<LateStep> ofProcessInstance(String processInstanceId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM SOPFLOW_LATE_STEP WHERE PROCESS_INSTANCE_ID = ? "
                + "ORDER BY DETECTED_AT", this::map, processInstanceId);
    }

    private LateStep map(ResultSet row, int index) throws SQLException {
        return new LateStep(row.getString("TASK_ID"), row.getString("PROCESS_KEY"),
                row.getString("PROCESS_INSTANCE_ID"), row.getString("STEP_ID"), row.getString("STEP_NAME"),
                row.getString("TENANT_ID"), row.getString("CANDIDATE_GROUPS"), row.getString("ASSIGNEE"),
                row.getString("MUTU_BAKU"), instant(row, "DUE_AT"), instant(row, "DETECTED_AT"),
                row.getString("NOTIFICATION_TASK_ID"), instant(row, "COMPLETED_AT"), row.getString("COMPLETED_BY"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
