package id.sopflow.sop;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;

import id.sopflow.ProcessVariable;
import id.sopflow.publishing.Platform;
import id.sopflow.verification.UploadedFile;

/**
 * What one SOP's publishing step posts and where its links go: the only part of "post, or hand over to a manual
 * task" that differs between SOPs. {@link PublishingStep} does the posting, the idempotency key and the hand-over;
 * {@link PublishingStep#captureLinks} checks the links of the manual task.
 */
public interface PublishingPlan {

    /** The process whose publishing steps and manual tasks this plan serves. */
    String processKey();

    /**
     * The fixed name of the publishing step in the idempotency key ({@link PublishingStep#idempotencyKey}). Not an
     * element id a process owner may rename: renaming the element must never post twice.
     */
    String stepKey(VariableScope scope);

    /** The platforms this step (or its manual task) covers, in the order they are posted and shown. */
    List<Platform> platforms(VariableScope scope);

    /** The link recorded for the platform so far; a platform with a link is not posted again. */
    default Optional<String> link(VariableScope scope, Platform platform) {
        return Optional.empty();
    }

    /** The desa or organisation whose accounts post: the case's tenant. */
    default String unitId(DelegateExecution execution) {
        return execution.getTenantId();
    }

    /** The post's text for the platform. */
    String text(DelegateExecution execution, Platform platform);

    /** The file variables whose uploads go with the post as photos, in order; an empty slot is skipped. */
    List<ProcessVariable<FileValue>> photoSlots();

    /** Whether an upload of a photo slot can go with the post as a photo: any upload unless the SOP says more. */
    default boolean isPhoto(UploadedFile file) {
        return true;
    }

    /** Records a link: posted by sopflow ({@code automatic}) or captured from the manual task. */
    void record(VariableScope scope, Platform platform, String link, boolean automatic);

    /** The manual task's field that holds the platform's link. */
    default ProcessVariable<String> linkInput(Platform platform) {
        throw new UnsupportedOperationException("Tidak ada isian tautan per platform untuk " + platform.label());
    }

    /**
     * For a manual task whose form asks for every link in one text field, one per line (SIPA's): that field. The
     * links are then required and checked as web addresses, not per platform; empty for per-platform fields.
     */
    default Optional<ProcessVariable<String>> linksText() {
        return Optional.empty();
    }

    /** The variable that receives the reason for the manual task (shown on its form). */
    ProcessVariable<String> reasonVariable(VariableScope scope);

    /** The error code the diagram catches on the publishing step to reach the manual task. */
    String manualErrorCode();

    /**
     * Why the posting goes to the manual task, in Bahasa Indonesia, from what each platform's attempt gave;
     * {@link PublishingStep#reason} unless the SOP words it its own way.
     */
    default String reason(DelegateExecution execution, List<PublishingStep.Attempt> attempts) {
        return PublishingStep.reason(execution, attempts);
    }
}
