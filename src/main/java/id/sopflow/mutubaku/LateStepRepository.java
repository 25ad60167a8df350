package id.sopflow.mutubaku;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

import id.sopflow.cluster.InsertIfAbsent;

/** The durable record of late steps ({@code SOPFLOW_LATE_STEP}); writes join the engine's transaction. */
@Repository
public class LateStepRepository {

    private static final String COLUMNS = "TASK_ID, PROCESS_KEY, PROCESS_INSTANCE_ID, STEP_ID, STEP_NAME, TENANT_ID, "
            + "CANDIDATE_GROUPS, ASSIGNEE, MUTU_BAKU, DUE_AT, DETECTED_AT, NOTIFICATION_TASK_ID, COMPLETED_AT, "
            + "COMPLETED_BY";

    private final JdbcTemplate jdbc;
    private final InsertIfAbsent inserts;

    public LateStepRepository(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.inserts = new InsertIfAbsent(jdbc, transactionManager);
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

    /** The late steps a notice gathers that are not yet done, the earliest due first: what its form lists. */
    public List<String> unfinishedInNotice(String noticeTaskId) {
        return jdbc.queryForList("SELECT TASK_ID FROM SOPFLOW_LATE_STEP WHERE NOTIFICATION_TASK_ID = ? "
                + "AND COMPLETED_AT IS NULL ORDER BY DUE_AT, TASK_ID", String.class, noticeTaskId);
    }

    /** The late steps a notice gathers, whether still open or not: the ones its supervisor may give an arahan on. */
    public List<String> taskIdsInNotice(String noticeTaskId) {
        return jdbc.queryForList("SELECT TASK_ID FROM SOPFLOW_LATE_STEP WHERE NOTIFICATION_TASK_ID = ? "
                + "ORDER BY DUE_AT, TASK_ID", String.class, noticeTaskId);
    }

    /**
     * The task of the notice still open for this supervisor group in this desa ({@code SOPFLOW_LATE_NOTICE}), read
     * without a lock: what nearly every late step finds. Read together with the task, so a row whose task is gone some
     * other way (a database restored to an older state, a task removed by hand) is never joined.
     */
    public Optional<String> openNotice(String supervisorGroup, String tenantId) {
        return jdbc.queryForList("SELECT N.TASK_ID FROM SOPFLOW_LATE_NOTICE N JOIN ACT_RU_TASK T ON T.ID_ = N.TASK_ID "
                + "WHERE N.SUPERVISOR_GROUP = ? AND N.TENANT_KEY = ?", String.class, supervisorGroup,
                tenantKey(tenantId)).stream().findFirst();
    }

    /**
     * For a late step that found no open notice: locks this group's and desa's row until the transaction ends (making
     * it first if need be), then looks again. Two job threads or nodes that both found none take turns here; the
     * second sees the notice the first opened, once that is committed, and joins it instead of opening another.
     *
     * @return the notice opened meanwhile, or empty: then the caller opens one and records it with
     *         {@link #noticeOpened}, still holding the lock
     */
    public Optional<String> lockNoticeSlot(String supervisorGroup, String tenantId) {
        List<String> locked = lockedNoticeRow(supervisorGroup, tenantId);
        if (locked.isEmpty()) {
            // The group's first late step in this desa ever: the row is made in a transaction of its own (a second
            // connection for a moment, which the pool allows for), so a node making it at the same time costs nothing.
            inserts.insert("SOPFLOW_LATE_NOTICE", List.of("SUPERVISOR_GROUP", "TENANT_KEY"),
                    Map.of("SUPERVISOR_GROUP", supervisorGroup, "TENANT_KEY", tenantKey(tenantId)));
            locked = lockedNoticeRow(supervisorGroup, tenantId);
        }
        return locked.stream().filter(Objects::nonNull).findFirst()
                .flatMap(taskId -> openNotice(supervisorGroup, tenantId));
    }

    private List<String> lockedNoticeRow(String supervisorGroup, String tenantId) {
        return jdbc.queryForList("SELECT TASK_ID FROM SOPFLOW_LATE_NOTICE WHERE SUPERVISOR_GROUP = ? AND TENANT_KEY = ? "
                + "FOR UPDATE", String.class, supervisorGroup, tenantKey(tenantId));
    }

    /** Records the notice just opened for this group and desa (under the lock of {@link #lockNoticeSlot}). */
    public void noticeOpened(String supervisorGroup, String tenantId, String noticeTaskId, Instant openedAt) {
        jdbc.update("UPDATE SOPFLOW_LATE_NOTICE SET TASK_ID = ?, OPENED_AT = ? "
                + "WHERE SUPERVISOR_GROUP = ? AND TENANT_KEY = ?", noticeTaskId, timestamp(openedAt), supervisorGroup,
                tenantKey(tenantId));
    }

    /** The notice was closed (by its supervisor, by itself, or its process was cancelled): late steps open anew. */
    public void noticeClosed(String noticeTaskId) {
        jdbc.update("UPDATE SOPFLOW_LATE_NOTICE SET TASK_ID = NULL, OPENED_AT = NULL WHERE TASK_ID = ?",
                noticeTaskId);
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
