package id.sopflow.sop.sipa;

import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import id.sopflow.publishing.FacebookComment;
import id.sopflow.publishing.FacebookCommentListener;
import id.sopflow.publishing.FacebookPageChannel;
import id.sopflow.publishing.Platform;
import id.sopflow.publishing.PublicationRepository;
import id.sopflow.sop.PublishingStep;

/**
 * SOP row 4 through Facebook: a new comment on a post SIPA published (found by the post id recorded when
 * {@link SipaPublishing} posted it) becomes a question of that report, with the commenter's public name and
 * "Facebook" as contact, and the comment id so that the answer can be replied to it. A comment on another post, on a
 * report whose case ended, or after the feedback window is not taken.
 */
@Component
class SipaFacebookComments implements FacebookCommentListener {

    static final String KONTAK_FACEBOOK = "Facebook";

    private final PublicationRepository publications;
    private final RuntimeService runtimeService;
    private final SipaQuestions questions;

    SipaFacebookComments(PublicationRepository publications, RuntimeService runtimeService, SipaQuestions questions) {
        this.publications = publications;
        this.runtimeService = runtimeService;
        this.questions = questions;
    }

    @Override
    public Optional<String> onComment(FacebookComment comment) {
        String text = comment.message() == null ? "" : comment.message().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> caseId = publications.keyOf(FacebookPageChannel.ID, comment.postId())
                .flatMap(key -> PublishingStep.caseOf(key, SipaPublishing.STEP_KEY, Platform.FACEBOOK)
                        .or(() -> legacyCaseOf(key)));
        if (caseId.isEmpty()) {
            return Optional.empty();
        }
        ProcessInstance report = runtimeService.createProcessInstanceQuery().processInstanceId(caseId.get())
                .processDefinitionKey(SipaVariables.PROCESS_KEY).singleResult();
        if (report == null || report.getBusinessKey() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(questions.submit(report.getBusinessKey(), limit(comment.fromName(), SipaQuestions.MAX_NAMA),
                    KONTAK_FACEBOOK, limit(text, SipaQuestions.MAX_ISI), comment.commentId()));
        } catch (SipaQuestions.FeedbackClosedException closed) {
            return Optional.empty();
        }
    }

    /** Posts made before the common key scheme were stored as {@code <case>:serviceTask_unggahMedsos}. */
    private static Optional<String> legacyCaseOf(String key) {
        String suffix = ":" + SipaPublishing.STEP_KEY;
        return key.endsWith(suffix) ? Optional.of(key.substring(0, key.length() - suffix.length())) : Optional.empty();
    }

    /** A comment longer than a question may be is shortened rather than lost. */
    private static String limit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
