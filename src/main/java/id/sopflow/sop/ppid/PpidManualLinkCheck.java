package id.sopflow.sop.ppid;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.publishing.Platform;
import id.sopflow.publishing.PlatformLinks;

/**
 * Completing a manual posting of row 9 ({@link PpidElements#UNGGAH_MANUAL}) requires the post's link on that
 * platform's own domain (the website: the organisation's configured domain), whatever client completes the task;
 * the link becomes that platform's output.
 */
@Component("ppidManualLinkCheck")
class PpidManualLinkCheck implements TaskListener {

    private final PlatformLinks platformLinks;

    PpidManualLinkCheck(PlatformLinks platformLinks) {
        this.platformLinks = platformLinks;
    }

    @Override
    public void notify(DelegateTask task) {
        Platform platform = PpidPostLinks.platformOf(task);
        String link = PpidVariables.TAUTAN.from(task).orElse(null);
        platformLinks.requireOnPlatform(platform, task.getTenantId(), link);
        PpidPostLinks.record(task, platform, link.strip(), PpidPostLinks.MANUAL);
    }
}
