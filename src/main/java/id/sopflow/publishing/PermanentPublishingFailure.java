package id.sopflow.publishing;

/** Retrying will not help: invalid or expired token, missing permissions, content refused by the platform. */
public final class PermanentPublishingFailure extends PublishingFailure {

    public PermanentPublishingFailure(String message) {
        super(message, null);
    }

    public PermanentPublishingFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
