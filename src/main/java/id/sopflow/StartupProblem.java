package id.sopflow;

/**
 * Something the operator must fix before sopflow can start: a broken diagram, a bad organisation file, a
 * missing production secret. Startup stops with just this message and what to do (see
 * {@link StartupProblemFailureAnalyzer}), not with a stack trace.
 */
public class StartupProblem extends RuntimeException {

    private final String action;

    public StartupProblem(String message, String action) {
        super(message);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
