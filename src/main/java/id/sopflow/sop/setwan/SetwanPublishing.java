package id.sopflow.sop.setwan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * Row 3, one branch per channel ({@code kanal}: {@code website} for Team Website, {@code medsos} for the Staf):
 * "post or capture the link". Each platform of the branch that has no link yet is offered to the publishing port;
 * what an automatic adapter posts gets its link recorded, everything else goes to the branch's manual task by
 * {@link SetwanElements#ERROR_PUBLIKASI_MANUAL}, with the reason for the person who publishes by hand.
 *
 * <p>Failure policy as in SIPA: the step is its own job ({@code asyncBefore}, {@code R3/PT5M}) and {@code asyncAfter};
 * the idempotency key {@code <process instance>:<activity>:<platform>} makes a retried job find its post instead of
 * posting twice; a permanent refusal goes to the manual task with the platform's message; a transient failure is
 * rethrown and ends, after the retries, as an incident in Cockpit. Only Facebook has an automatic adapter today; the
 * website and Instagram/YouTube are published by hand until one is configured.
 *
 * <p>This "post or capture link" delegate is generic apart from its variable names and could move to
 * {@code id.sopflow.publishing} for other SOPs.
 */
@Component("setwanPublishing")
class SetwanPublishing implements JavaDelegate {

    static final String WEBSITE = "website";
    static final String MEDSOS = "medsos";

    private final Publisher publisher;

    SetwanPublishing(Publisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String kanal = SetwanVariables.KANAL.require(execution);
        List<Platform> platforms = platformsOf(kanal, execution);
        List<String> manual = new ArrayList<>();
        for (Platform platform : platforms) {
            ProcessVariable<String> link = SetwanVariables.TAUTAN.get(platform);
            if (link.from(execution).filter(text -> !text.isBlank()).isPresent()) {
                continue;
            }
            reasonForHand(execution, platform).ifPresent(manual::add);
        }
        if (!manual.isEmpty()) {
            String reason = String.join(" ", manual) + " Terbitkan secara manual lalu catat tautannya.";
            (WEBSITE.equals(kanal) ? SetwanVariables.ALASAN_MANUAL_WEBSITE : SetwanVariables.ALASAN_MANUAL_MEDSOS)
                    .set(execution, reason);
            throw new BpmnError(SetwanElements.ERROR_PUBLIKASI_MANUAL, reason);
        }
    }

    /** Posts to the platform; empty when the post exists, else why it must be published by hand. */
    private Optional<String> reasonForHand(DelegateExecution execution, Platform platform) {
        PublicationOutcome outcome;
        try {
            outcome = publisher.publish(platform.id(), request(execution, platform));
        } catch (PermanentPublishingFailure e) {
            return Optional.of(platform.label() + ": terbit otomatis gagal (" + e.getMessage() + ").");
        }
        if (outcome instanceof PublicationOutcome.Published published) {
            PublishedPost post = published.post();
            SetwanVariables.TAUTAN.get(platform).set(execution, post.url());
            return Optional.empty();
        }
        return Optional.of(platform.label() + ": belum ada saluran otomatis untuk Sekretariat DPRD.");
    }

    /**
     * One post per case, channel and platform, however often the job is retried and whatever the publishing step's
     * element id is (a process owner may rename it in Modeler): the step is known by its template field "Kanal". The
     * middle part keeps the text the keys had when they were made from the element ids, so that earlier posts stay
     * matched.
     */
    static String idempotencyKey(String processInstanceId, String kanal, Platform platform) {
        String step = WEBSITE.equals(kanal) ? "serviceTask_publikasiWebsite" : "serviceTask_publikasiMedsos";
        return processInstanceId + ":" + step + ":" + platform.id();
    }

    static List<Platform> platformsOf(String kanal, DelegateExecution execution) {
        if (WEBSITE.equals(kanal)) {
            return List.of(Platform.WEBSITE);
        }
        if (MEDSOS.equals(kanal)) {
            return SetwanVariables.MEDSOS.stream()
                    .filter(platform -> SetwanVariables.PILIHAN_MEDSOS.get(platform).from(execution).orElse(false))
                    .toList();
        }
        throw new IllegalStateException("Kanal publikasi tidak dikenal: " + kanal + " (website atau medsos)");
    }

    private static PostRequest request(DelegateExecution execution, Platform platform) {
        List<Photo> photos = new ArrayList<>();
        for (ProcessVariable<FileValue> slot : SetwanVariables.LAMPIRAN) {
            slot.from(execution).map(UploadedFile::of)
                    .filter(file -> AttachmentType.ofContent(file.content()).map(AttachmentType::image).orElse(false))
                    .ifPresent(file -> photos.add(new Photo(file.fileName(), file.mimeType(), file.content())));
        }
        String text = SetwanVariables.JUDUL.require(execution) + "\n\n" + SetwanVariables.NASKAH_PUBLIKASI.require(execution);
        return new PostRequest(idempotencyKey(execution.getProcessInstanceId(), SetwanVariables.KANAL.require(execution),
                platform), execution.getTenantId(), text, photos);
    }
}
