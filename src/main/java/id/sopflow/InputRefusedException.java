package id.sopflow;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The user's input was refused for a reason they can fix, e.g. a Tidak without a reason. Its message is for the
 * user, in Bahasa Indonesia, and reaches them as it is: {@link id.sopflow.verification.InputRefusalPlugin} unwraps
 * it from the engine's "Exception while invoking TaskListener" wrappers, and the REST API and Tasklist answer 400 Bad
 * Request. Thrown inside a command, it rolls the whole command back. In the root package because every capability
 * refuses input (the late-step notice as much as the SOPs' checks), and none should need another's package for it.
 */
public class InputRefusedException extends BadUserRequestException {

    public InputRefusedException(String message) {
        super(message);
    }
}
