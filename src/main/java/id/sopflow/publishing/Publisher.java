package id.sopflow.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import id.sopflow.publishing.PublicationOutcome.NoChannelConfigured;
import id.sopflow.publishing.PublicationOutcome.Published;

/**
 * Posts through the configured channel at most once per idempotency key.
 *
 * <p>A post is recorded in its own transaction right after the channel returned, before anything else can fail: the
 * caller usually runs inside an engine job whose transaction may still roll back (a later step fails, the engine
 * cannot flush), and the retried job must then find the post instead of posting it again. Two overlapping executions
 * of one request (a job whose lock expired) both post; the second record fails on the key and its retry finds the
 * first. What this cannot cover: a call that timed out although the platform did post, or a database that fails
 * right after the platform posted.
 */
@Service
public class Publisher {

    private final List<PublishingChannel> channels;
    private final PublicationRepository publications;
    private final TransactionTemplate ownTransaction;

    public Publisher(List<PublishingChannel> channels, PublicationRepository publications,
            PlatformTransactionManager transactionManager) {
        this.channels = List.copyOf(channels);
        this.publications = publications;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Posts the request through the channel with the given id, unless it was posted already.
     *
     * @throws PermanentPublishingFailure see {@link PublishingChannel#publish}
     * @throws TransientPublishingFailure see {@link PublishingChannel#publish}
     */
    public PublicationOutcome publish(String channelId, PostRequest request) {
        Optional<PublishedPost> earlier = publications.find(request.idempotencyKey());
        if (earlier.isPresent()) {
            return new Published(earlier.get(), true);
        }
        Optional<PublishingChannel> channel = channels.stream()
                .filter(candidate -> candidate.id().equals(channelId) && candidate.servesTenant(request.tenantId()))
                .findFirst();
        if (channel.isEmpty()) {
            return new NoChannelConfigured(channelId, request.tenantId());
        }
        PublishedPost post = channel.get().publish(request);
        ownTransaction.executeWithoutResult(status -> publications.insert(request.idempotencyKey(),
                request.tenantId(), post, Instant.now()));
        return new Published(post, false);
    }
}
