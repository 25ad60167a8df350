package id.sopflow.publishing;

/**
 * A post that exists on a channel.
 *
 * @param channelId  the {@link PublishingChannel#id()} that posted it
 * @param externalId the channel's id of the post
 * @param url        the public link to the post
 */
public record PublishedPost(String channelId, String externalId, String url) {
}
