package id.sopflow.mutubaku;

import java.time.Instant;

/**
 * A step whose mutu-baku time ran out while it was still open.
 *
 * @param taskId            the late user task
 * @param processKey        the SOP
 * @param processInstanceId its case
 * @param stepId            the user task's element id, e.g. {@code userTask_verifikasiLaporan}
 * @param stepName          its name as the SOP row says it
 * @param tenantId          the desa/kampung or organisation the case belongs to
 * @param candidateGroups   the actor group(s) of the step
 * @param assignee          who had claimed it, or null
 * @param mutuBaku          the allowed time as written in the diagram, e.g. {@code PT1H}
 * @param dueAt             when it fell due
 * @param detectedAt        when the timer marked it late
 * @param notificationTaskId the supervisor's Tasklist task about it
 * @param completedAt       when it was finally done, or null while open
 * @param completedBy       who completed it
 */
public record LateStep(
        String taskId,
        String processKey,
        String processInstanceId,
        String stepId,
        String stepName,
        String tenantId,
        String candidateGroups,
        String assignee,
        String mutuBaku,
        Instant dueAt,
        Instant detectedAt,
        String notificationTaskId,
        Instant completedAt,
        String completedBy) {

    public LateStep withNotificationTaskId(String id) {
        return new LateStep(taskId, processKey, processInstanceId, stepId, stepName, tenantId, candidateGroups,
                assignee, mutuBaku, dueAt, detectedAt, id, completedAt, completedBy);
    }
}
