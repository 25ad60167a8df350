package id.sopflow.deployment;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A deployment refused by {@link DeploymentCheck}s. It is the engine's own "bad request" type, so the REST API
 * answers 400 with this message, which Camunda Modeler shows in its deploy dialog.
 */
public class DeploymentRefusedException extends BadUserRequestException {

    private final List<String> problems;

    public DeploymentRefusedException(List<String> problems) {
        super("Deployment ditolak oleh pemeriksaan sopflow (" + problems.size() + " masalah):\n- "
                + String.join("\n- ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
