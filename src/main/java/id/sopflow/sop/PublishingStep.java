package id.sopflow.sop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;
import id.sopflow.caseheader.CaseHeader;
import id.sopflow.publishing.PermanentPublishingFailure;
import id.sopflow.publishing.Platform;
import id.sopflow.publishing.PlatformLinks;
import id.sopflow.publishing.PostRequest;
import id.sopflow.publishing.PostRequest.Photo;
import id.sopflow.publishing.PublicationOutcome;
import id.sopflow.publishing.Publisher;
import id.sopflow.verification.KelengkapanCheck;
import id.sopflow.verification.UploadedFile;

/**
 * "Post, or hand over to a manual task", the same for every SOP: each platform of the step that has no link yet is
 * offered to the publishing port under one idempotency key; what an automatic adapter posts gets its link recorded;
 * everything else goes to the manual task by the plan's BPMN error, with the reason in Bahasa Indonesia. An SOP
 * supplies only its {@link PublishingPlan} and a delegate of a few lines.
 *
 * <p>Failure policy (the diagram's part: {@code asyncBefore} with {@code R3/PT5M}, {@code asyncAfter}): a permanent
 * refusal goes to the manual task at once with the platform's message, since retrying cannot help; a transient
 * failure is rethrown, so the engine retries and, when the retries are exhausted, raises an incident in Cockpit. A
 * retried job finds its post by the key instead of posting twice.
 */
@Component
public class PublishingStep {

    private final Publisher publisher;
    private final PlatformLinks platformLinks;

    public PublishingStep(Publisher publisher, PlatformLinks platformLinks) {
        this.publisher = publisher;
        this.platformLinks = platformLinks;
    }

    /**
     * What happened to one platform.
     *
     * @param url     the post's link when it was posted automatically, else null
     * @param failure the platform's refusal when it refused, else null; both null: no automatic channel
     */
    public record Attempt(Platform platform, String url, String failure) {

        public boolean posted() {
            return url != null;
        }
    }

    /**
     * The one idempotency key scheme: case, the step's fixed key, platform. One post per case, step and platform,
     * however often the job is retried and whatever the element is called.
     */
    public static String idempotencyKey(String processInstanceId, String stepKey, Platform platform) {
        return processInstanceId + ":" + stepKey + ":" + platform.id();
    }

    /** The case a key of {@link #idempotencyKey} belongs to, when it is a key of that step and platform. */
    public static Optional<String> caseOf(String idempotencyKey, String stepKey, Platform platform) {
        String suffix = idempotencyKey("", stepKey, platform);
        return Optional.ofNullable(idempotencyKey).filter(key -> key.endsWith(suffix) && key.length() > suffix.length())
                .map(key -> key.substring(0, key.length() - suffix.length()));
    }

    /** Posts what the plan says, or throws the plan's BPMN error with the reason set for the manual task. */
    public void post(DelegateExecution execution, PublishingPlan plan) {
        List<Platform> platforms = plan.platforms(execution);
        List<Attempt> attempts = new ArrayList<>();
        for (Platform platform : platforms) {
            if (plan.link(execution, platform).filter(link -> !link.isBlank()).isEmpty()) {
                attempts.add(attempt(execution, plan, platform));
            }
        }
        if (!platforms.isEmpty() && attempts.stream().allMatch(Attempt::posted)) {
            return;
        }
        String reason = plan.reason(execution, attempts);
        plan.reasonVariable(execution).set(execution, reason);
        throw new BpmnError(plan.manualErrorCode(), reason);
    }

    /**
     * Completing the manual task requires each platform's link on that platform's own domain (the website: the
     * organisation's configured domain), whatever client completes it; the links become the step's output. A plan
     * with one free-text links field ({@link PublishingPlan#linksText}) needs web addresses there instead.
     */
    public void captureLinks(DelegateTask task, PublishingPlan plan) {
        Optional<ProcessVariable<String>> linksText = plan.linksText();
        if (linksText.isPresent()) {
            String text = linksText.get().from(task).orElse(null);
            KelengkapanCheck check = new KelengkapanCheck();
            if (check.required("Tautan unggahan", text)) {
                check.webAddresses(text);
            }
            check.result().refuseIfIncomplete("\n");
            return;
        }
        for (Platform platform : plan.platforms(task)) {
            String link = plan.linkInput(platform).from(task).orElse(null);
            platformLinks.requireOnPlatform(platform, task.getTenantId(), link);
            plan.record(task, platform, link.strip(), false);
        }
    }

    private Attempt attempt(DelegateExecution execution, PublishingPlan plan, Platform platform) {
        PostRequest request = new PostRequest(idempotencyKey(execution.getProcessInstanceId(),
                plan.stepKey(execution), platform), plan.unitId(execution), plan.text(execution, platform),
                photos(execution, plan));
        PublicationOutcome outcome;
        try {
            outcome = publisher.publish(platform.id(), request);
        } catch (PermanentPublishingFailure e) {
            return new Attempt(platform, null, e.getMessage());
        }
        if (outcome instanceof PublicationOutcome.Published published) {
            plan.record(execution, platform, published.post().url(), true);
            return new Attempt(platform, published.post().url(), null);
        }
        return new Attempt(platform, null, null);
    }

    /** The uploads of the plan's photo slots that are photos; empty inputs and other files stay out of the post. */
    private static List<Photo> photos(DelegateExecution execution, PublishingPlan plan) {
        return plan.photoSlots().stream()
                .flatMap(slot -> slot.from(execution).filter(UploadedFile::hasContent).stream())
                .map(UploadedFile::of).filter(plan::isPhoto).map(Photo::of).toList();
    }

    /** The common wording: what each platform gave, then what the person publishing by hand does. */
    public static String reason(DelegateExecution execution, List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return "Tidak ada platform yang dipilih untuk terbit otomatis: terbitkan secara manual lalu catat "
                    + "tautannya.";
        }
        String unit = CaseHeader.UNIT.from(execution).orElse(execution.getTenantId());
        List<String> parts = new ArrayList<>();
        for (Attempt attempt : attempts) {
            String platform = attempt.platform().label();
            if (attempt.posted()) {
                parts.add(platform + ": sudah terbit otomatis (" + attempt.url() + ").");
            } else if (attempt.failure() != null) {
                parts.add(platform + ": terbit otomatis gagal (" + attempt.failure() + ").");
            } else {
                parts.add(platform + ": belum ada saluran otomatis untuk " + unit + ".");
            }
        }
        String byHand = attempts.stream().filter(attempt -> !attempt.posted())
                .map(attempt -> attempt.platform().label()).collect(Collectors.joining(" dan "));
        return String.join(" ", parts) + " Terbitkan di " + byHand + " secara manual lalu catat tautannya.";
    }
}
