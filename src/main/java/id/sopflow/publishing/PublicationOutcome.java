package id.sopflow.publishing;

/** What {@link Publisher#publish} did, besides failing. */
public sealed interface PublicationOutcome {

    /**
     * The post exists.
     *
     * @param post     the post
     * @param repeated true when an earlier call with the same idempotency key had posted it and nothing was posted now
     */
    record Published(PublishedPost post, boolean repeated) implements PublicationOutcome {
    }

    /** No automatic channel with this id is configured for the tenant: someone posts by hand. */
    record NoChannelConfigured(String channelId, String tenantId) implements PublicationOutcome {
    }
}
