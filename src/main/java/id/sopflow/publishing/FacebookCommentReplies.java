package id.sopflow.publishing;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replies to comments on a desa's Page at most once per idempotency key, recorded in {@code SOPFLOW_PUBLICATION}
 * in its own transaction right after Facebook accepted the reply, exactly as {@link Publisher} does for posts.
 */
@Service
public class FacebookCommentReplies {

    private final FacebookPageChannel facebook;
    private final FacebookWebhookProperties webhook;
    private final PublicationRepository publications;
    private final TransactionTemplate ownTransaction;

    public FacebookCommentReplies(FacebookPageChannel facebook, FacebookWebhookProperties webhook,
                                  PublicationRepository publications, PlatformTransactionManager transactionManager) {
        this.facebook = facebook;
        this.webhook = webhook;
        this.publications = publications;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether answers are replied to the comments they answer ({@code reply-to-comments}). */
    public boolean isEnabled() {
        return webhook.replyToComments();
    }

    /**
     * @return the reply, or empty when no Page is configured for the tenant
     * @throws PermanentPublishingFailure see {@link FacebookPageChannel#replyToComment}
     * @throws TransientPublishingFailure see {@link FacebookPageChannel#replyToComment}
     */
    public Optional<PublicationOutcome.Published> reply(String idempotencyKey, String tenantId, String commentId,
                                                        String text) {
        Optional<PublishedPost> earlier = publications.find(idempotencyKey);
        if (earlier.isPresent()) {
            return Optional.of(new PublicationOutcome.Published(earlier.get(), true));
        }
        if (!facebook.servesTenant(tenantId)) {
            return Optional.empty();
        }
        PublishedPost reply = facebook.replyToComment(tenantId, commentId, text);
        ownTransaction.executeWithoutResult(status -> publications.insert(idempotencyKey, tenantId, reply,
                Instant.now()));
        return Optional.of(new PublicationOutcome.Published(reply, false));
    }
}
