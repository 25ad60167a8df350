package id.sopflow.deployment;

import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * One rule every deployed diagram must follow. Each Spring bean of this type is run by {@link DeploymentChecks} on
 * every new deployment: Camunda Modeler's and any other REST deployment, and sopflow's own deployment of
 * {@code processes/} at startup. A diagram with a problem is refused as a whole, with every problem of every check
 * in one message.
 *
 * <p>To add a rule: write a {@code @Component} implementing this interface. Return an empty list when the diagram
 * is fine. Each problem is one sentence in Bahasa Indonesia that names the element id (so the process owner finds
 * it in Modeler), e.g. {@code "userTask_verifikasi: tidak punya camunda:candidateGroups."}. A check only reads the
 * model (and, through {@link DeploymentContents}, the rest of the deployment); it must not throw.
 */
@FunctionalInterface
public interface DeploymentCheck {

    /**
     * @param resourceName the diagram's name in the deployment, e.g. {@code sipa-bermedsos.bpmn}
     * @param model        the parsed diagram
     * @return the problems found, empty when there are none
     */
    List<String> problems(String resourceName, BpmnModelInstance model);

    /**
     * The same, for a check that needs the other files of the deployment or what is already deployed (forms).
     * {@link DeploymentChecks} calls this one.
     */
    default List<String> problems(String resourceName, BpmnModelInstance model, DeploymentContents deployment) {
        return problems(resourceName, model);
    }
}
