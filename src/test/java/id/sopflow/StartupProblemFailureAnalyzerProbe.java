package id.sopflow;

import org.springframework.boot.diagnostics.FailureAnalysis;

/** Gives tests the report an operator sees when startup stops. */
public class StartupProblemFailureAnalyzerProbe {

    public FailureAnalysis analyze(Throwable failure) {
        return new StartupProblemFailureAnalyzer().analyze(failure);
    }
}
