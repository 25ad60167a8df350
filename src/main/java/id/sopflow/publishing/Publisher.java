package id.sopflow.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import id.sopflow.publishing.PublicationOutcome.NoChannelConfigured;
import id.sopflow.publishing.PublicationOutcome.Published;

/**
 * Posts through the configured channel at most once per idempotency key, across retries, executions and nodes.
 *
 * <p>A post is recorded in its own transaction right after the channel returned, before anything else can fail: the
 * caller usually runs inside an engine job whose transaction may still roll back (a later step fails, the engine
 * cannot flush, the node dies before the commit), and the retried job must then find the post instead of posting it
 * again.
 *
 * <p>Before the channel is called, the key is claimed in the database (its own transaction). A second execution of
 * the same request — a job whose lock expired while the platform was slow, the same job on another node — finds the
 * claim: while it is younger than {@code sopflow.publishing.claim-lease} the post is still being made, so it fails
 * transiently and its retry finds the post; an older claim with no post recorded means an execution died between
 * calling the platform and recording the answer. Whether the platform posted is then unknown (Facebook has no
 * idempotency key), so nothing is posted again automatically: the step goes to the manual task, whose person looks
 * at the page and records the link or posts by hand.
 */
@Service
public class Publisher {

    private final List<PublishingChannel> channels;
    private final PublicationRepository publications;
    private final TransactionTemplate ownTransaction;

    /** Longer than any call to a platform (their timeouts are 30 s) and the engine's job lock (5 minutes). */
    private final Duration claimLease;

    public Publisher(List<PublishingChannel> channels, PublicationRepository publications,
            PlatformTransactionManager transactionManager,
            @Value("${sopflow.publishing.claim-lease:PT6M}") Duration claimLease) {
        this.channels = List.copyOf(channels);
        this.publications = publications;
        this.claimLease = claimLease;
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
        Optional<PublishedPost> meanwhile = claim(request.idempotencyKey());
        if (meanwhile.isPresent()) {
            return new Published(meanwhile.get(), true);
        }
        PublishedPost post;
        try {
            post = channel.get().publish(request);
        } catch (RuntimeException failure) {
            // Nothing was posted: the retry may try again.
            ownTransaction.executeWithoutResult(status -> publications.releaseClaim(request.idempotencyKey()));
            throw failure;
        }
        ownTransaction.executeWithoutResult(status -> {
            publications.insert(request.idempotencyKey(), request.tenantId(), post, Instant.now());
            publications.releaseClaim(request.idempotencyKey());
        });
        return new Published(post, false);
    }

    /**
     * Claims the key for this execution.
     *
     * @return the post, when another execution recorded it in the meantime; empty: this execution may post
     * @throws TransientPublishingFailure another execution is posting it right now
     * @throws PermanentPublishingFailure an execution died in the middle of posting it
     */
    private Optional<PublishedPost> claim(String key) {
        Instant now = Instant.now();
        if (publications.claim(key, now)) {
            return Optional.empty();
        }
        Optional<PublishedPost> recorded = publications.find(key);
        if (recorded.isPresent()) {
            return recorded;
        }
        Optional<Instant> since = publications.claimedAt(key);
        if (since.isEmpty()) {
            // The other execution failed and let go just now: this one may post.
            return claim(key);
        }
        if (since.get().plus(claimLease).isAfter(now)) {
            throw new TransientPublishingFailure("Unggahan yang sama sedang dikirim oleh proses lain; langkah ini "
                    + "dicoba lagi nanti dan memakai hasilnya.");
        }
        throw new PermanentPublishingFailure("unggahan otomatis sebelumnya terputus sebelum tautannya tercatat "
                + "(server berhenti di tengah unggahan), jadi tidak diunggah lagi otomatis; periksa halamannya dulu: "
                + "bila sudah terbit, catat tautannya");
    }
}
