package id.sopflow.publishing;

/**
 * An automatic way to post to social media (the port's adapters, e.g. {@link FacebookPageChannel}). Posting by hand
 * is not a channel: it is the admin's manual task in the process, used whenever no channel serves a tenant.
 */
public interface PublishingChannel {

    /** Stable id, stored with every post and shown to users as the channel, e.g. {@code facebook}. */
    String id();

    /** Whether this channel is configured (account and credentials) to post for the tenant (a desa). */
    boolean servesTenant(String tenantId);

    /**
     * Posts the request. Called by {@link Publisher} only, which guarantees that a request with the same idempotency
     * key is not posted again once this returned.
     *
     * @throws PermanentPublishingFailure when retrying cannot help (credentials, permissions, refused content)
     * @throws TransientPublishingFailure when a later retry may succeed (server errors, timeouts, rate limits)
     */
    PublishedPost publish(PostRequest request);
}
