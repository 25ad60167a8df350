package id.sopflow.sop.ppid;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import id.sopflow.verification.UploadedFile;
import id.sopflow.ProcessVariable;
import id.sopflow.publishing.PermanentPublishingFailure;
import id.sopflow.publishing.Platform;
import id.sopflow.publishing.PostRequest;
import id.sopflow.publishing.PostRequest.Photo;
import id.sopflow.publishing.PublicationOutcome;
import id.sopflow.publishing.PublishedPost;
import id.sopflow.publishing.Publisher;

/**
 * Row 9, once per chosen platform ({@link PpidElements#UNGGAH_OTOMATIS} inside the multi-instance subprocess):
 * posts the approved text of that platform with the approved images through the platform's automatic adapter, or
 * hands the posting to the Admin Medsos ({@link PpidElements#UNGGAH_MANUAL}, error {@link
 * PpidElements#ERROR_UNGGAH_MANUAL}) with the reason in {@link PpidVariables#ALASAN_UNGGAH_MANUAL}.
 *
 * <p>Which platform has an adapter is the publishing port's business ({@link Publisher}): today only a Facebook Page
 * configured for the tenant; website, Instagram and YouTube are posted by hand. Failure policy as in SIPA: the task
 * runs as its own job ({@code asyncBefore}, {@code R3/PT5M}) and ends in a savepoint ({@code asyncAfter}); a
 * permanent refusal goes to the manual task with the platform's message; a transient failure is retried and, when
 * the retries are exhausted, becomes an incident in Cockpit. The idempotency key (case, step, platform) makes a
 * retried job find the post instead of posting twice.
 */
@Component("ppidPublishing")
class PpidPublishing implements JavaDelegate {

    private final Publisher publisher;

    PpidPublishing(Publisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Platform platform = PpidPostLinks.platformOf(execution);
        String tenantId = execution.getTenantId();
        PublicationOutcome outcome;
        try {
            outcome = publisher.publish(platform.id(), request(execution, platform, tenantId));
        } catch (PermanentPublishingFailure e) {
            throw manual(execution, "Unggah otomatis ke " + platform.label() + " gagal: " + e.getMessage()
                    + ". Unggah manual ke " + platform.label() + " lalu catat tautannya.");
        }
        if (outcome instanceof PublicationOutcome.NoChannelConfigured) {
            throw manual(execution, "Unggah otomatis ke " + platform.label() + " belum disiapkan untuk organisasi "
                    + "ini. Unggah materi ke " + platform.label() + " secara manual lalu catat tautannya.");
        }
        PublishedPost post = ((PublicationOutcome.Published) outcome).post();
        PpidPostLinks.record(execution, platform, post.url(), PpidPostLinks.AUTOMATIC);
    }

    /**
     * One post per case and platform, however often the job is retried and whatever the posting step's element id
     * is (a process owner may rename it in Modeler). The middle part is a fixed key, not an element id: its text is
     * the id the step had when the first posts were made, so that those stay matched.
     */
    static String idempotencyKey(String processInstanceId, Platform platform) {
        return processInstanceId + ":serviceTask_unggahOtomatis:" + platform.id();
    }

    private static PostRequest request(DelegateExecution execution, Platform platform, String tenantId) {
        List<Photo> photos = new ArrayList<>();
        for (ProcessVariable<FileValue> slot : PpidVariables.GAMBAR) {
            slot.from(execution).filter(UploadedFile::hasContent).ifPresent(file ->
                    photos.add(new Photo(file.getFilename(), file.getMimeType(), PpidFiles.bytes(file))));
        }
        return new PostRequest(idempotencyKey(execution.getProcessInstanceId(), platform), tenantId,
                PpidVariables.TEKS.get(platform).require(execution), photos);
    }

    private static BpmnError manual(DelegateExecution execution, String reason) {
        PpidVariables.ALASAN_UNGGAH_MANUAL.set(execution, reason);
        return new BpmnError(PpidElements.ERROR_UNGGAH_MANUAL, reason);
    }
}
