package id.sopflow.publishing;

/** A channel could not post. The message is in Bahasa Indonesia (admins read it) and never contains credentials. */
public abstract sealed class PublishingFailure extends RuntimeException
        permits PermanentPublishingFailure, TransientPublishingFailure {

    protected PublishingFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
