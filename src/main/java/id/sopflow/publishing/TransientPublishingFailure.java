package id.sopflow.publishing;

/** A later retry may succeed: server errors, timeouts, refused connections, rate limits. */
public final class TransientPublishingFailure extends PublishingFailure {

    public TransientPublishingFailure(String message) {
        super(message, null);
    }

    public TransientPublishingFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
