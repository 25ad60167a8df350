package id.sopflow.publishing;

/**
 * A new comment on a Page post, as the webhook delivers it ({@code field: feed}, {@code item: comment},
 * {@code verb: add}).
 *
 * @param pageId    the Page the event is about
 * @param postId    the post commented on, {@code <page id>_<post id>} as the Graph API returned it when posting
 * @param commentId the comment; Facebook redelivers events, so this is the deduplication key
 * @param fromId    who wrote it (the Page itself when it replies)
 * @param fromName  their public name, when Facebook sends it
 * @param message   the text; null for a sticker or a photo alone
 */
public record FacebookComment(String pageId, String postId, String commentId, String fromId, String fromName,
                              String message) {
}
