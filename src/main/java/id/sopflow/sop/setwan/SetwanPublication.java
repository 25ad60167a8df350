package id.sopflow.sop.setwan;

import java.time.Instant;

import id.sopflow.publishing.Platform;

/**
 * One link a finished Bapinanduan case published: what the periodic update lists.
 *
 * @param recordedAt when the case recorded its links (its end)
 */
public record SetwanPublication(String processInstanceId, Platform platform, String url, String tenantId,
                                String judul, Instant recordedAt) {
}
