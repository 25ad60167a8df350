package id.sopflow.sop.sipa;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.sopflow.publishing.FacebookCommentReplies;
import id.sopflow.publishing.PermanentPublishingFailure;

/**
 * {@code serviceTask_balasKomentarFacebook}: posts the answer to a question that came as a Facebook comment back as a
 * reply to that comment, through the publishing port, once (idempotency key: case, comment). The diagram takes this
 * path only when replies are switched on ({@code sopflow.publishing.facebook.webhook.reply-to-comments}) and the
 * question came from Facebook. The answer is on the public page whatever happens here, so a refusal by Facebook
 * (permission, deleted comment) is logged and not retried; a transient failure is retried by the engine and ends as
 * an incident in Cockpit.
 */
@Component("sipaCommentReply")
public class SipaCommentReply implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SipaCommentReply.class);

    private final FacebookCommentReplies replies;

    SipaCommentReply(FacebookCommentReplies replies) {
        this.replies = replies;
    }

    /** Read by the diagram's condition: whether answers are replied at all. */
    public boolean isEnabled() {
        return replies.isEnabled();
    }

    @Override
    public void execute(DelegateExecution execution) {
        String commentId = SipaVariables.PERTANYAAN_KOMENTAR_ID.from(execution).orElse(null);
        String answer = SipaVariables.TANGGAPAN.from(execution).orElse(null);
        if (commentId == null || answer == null || answer.isBlank()) {
            return;
        }
        String desaId = SipaVariables.DESA_ID.require(execution);
        try {
            replies.reply(execution.getProcessInstanceId() + ":balasan:" + commentId, desaId, commentId, answer)
                    .ifPresentOrElse(
                            reply -> log.info("Tanggapan dibalaskan ke komentar Facebook {}: {}", commentId,
                                    reply.post().url()),
                            () -> log.warn("Tanggapan tidak dibalaskan ke komentar Facebook {}: halaman Facebook {} "
                                    + "belum dikonfigurasi", commentId, desaId));
        } catch (PermanentPublishingFailure e) {
            log.warn("Facebook menolak balasan ke komentar {}: {}", commentId, e.getMessage());
        }
    }
}
