package id.sopflow.verification;

import java.time.Instant;

/**
 * One decision at a review step: the reviewer said Ya ({@code approved}) or Tidak, and why not.
 *
 * @param taskId     the completed review task; one task is one round
 * @param stepId     the task definition key, e.g. {@code userTask_verifikasiLaporan}
 * @param round      1, 2, … per process instance and step
 * @param reviewerId the authenticated user who completed the task, else its assignee; null when neither is known
 * @param reason     why it was refused; null for an approval
 */
public record ReviewRound(String taskId, String processInstanceId, String stepId, int round, String reviewerId,
                          Instant decidedAt, boolean approved, String reason, String tenantId) {
}
