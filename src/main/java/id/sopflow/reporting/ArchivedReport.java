package id.sopflow.reporting;

import java.time.Instant;

/**
 * A report as kept in {@code SOPFLOW_REPORT}.
 *
 * @param id        random UUID, part of the download link
 * @param createdAt when it was archived (engine time)
 */
public record ArchivedReport(
        String id,
        String processKey,
        String processInstanceId,
        String tenantId,
        String title,
        String fileName,
        String contentType,
        byte[] content,
        Instant createdAt) {
}
