package id.sopflow.verification;

import java.util.Optional;

import id.sopflow.InputRefusedException;

/**
 * The last {@link InputRefusedException} that left an engine command on this thread. The Camunda REST API wraps
 * some refusals (a start, a task completion) into a server error "Cannot complete task …: &lt;message&gt;"; the REST
 * error filter reads the refusal here to answer 400 with its message instead. Cleared by that filter at the start of
 * every request, so a refusal never leaks into the next request served by the same thread.
 */
public final class InputRefusals {

    private static final ThreadLocal<InputRefusedException> LAST = new ThreadLocal<>();

    private InputRefusals() {
    }

    public static void record(InputRefusedException refusal) {
        LAST.set(refusal);
    }

    public static Optional<InputRefusedException> last() {
        return Optional.ofNullable(LAST.get());
    }

    public static void clear() {
        LAST.remove();
    }
}
