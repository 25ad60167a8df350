package id.sopflow.soptable;

/** A diagram that cannot be read back as an SOP table; the message says why, in Bahasa Indonesia. */
public class UnreadableDiagramException extends IllegalArgumentException {

    public UnreadableDiagramException(String message) {
        super(message);
    }
}
