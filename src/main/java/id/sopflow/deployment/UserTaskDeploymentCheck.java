package id.sopflow.deployment;

import java.util.List;

import id.sopflow.identity.OrganisationDirectory;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * The user-task rules of {@code SopConformanceTest} ({@link UserTaskRules}) at deployment, so that a diagram edited
 * in Camunda Modeler is refused before it runs when a step has no due date or no late timer, is given to a group
 * that is not in the organisation file, or shows a form that is neither in the deployment nor already deployed for
 * its tenant. A form that only an earlier deployment holds is copied into this one ({@link DeploymentContents}).
 *
 * <p>Checked: every deployment a person makes (Camunda Modeler and any other REST client, which is always logged
 * in) and sopflow's own deployment of {@code processes/}. Not checked: code that deploys through the Java API without
 * a user, i.e. the tests' small diagrams, which leave out timers and forms on purpose; no process owner can
 * deploy that way.
 */
@Component
class UserTaskDeploymentCheck implements DeploymentCheck {

    private final OrganisationDirectory directory;

    UserTaskDeploymentCheck(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<String> problems(String resourceName, BpmnModelInstance model) {
        return problems(resourceName, model, DeploymentContents.alone());
    }

    @Override
    public List<String> problems(String resourceName, BpmnModelInstance model, DeploymentContents deployment) {
        if (!deployment.byPerson()) {
            return List.of();
        }
        return new UserTaskRules(directory::hasGroup, new DeployedForms(deployment), false).check(model).stream()
                .map(problem -> problem + ".").toList();
    }

    /** The forms the engine will find for a case of this deployment, borrowing earlier deployed ones. */
    private record DeployedForms(DeploymentContents deployment) implements UserTaskRules.Forms {

        @Override
        public boolean hasFormRef(String formId, String binding, String version) {
            if (deployment.containsForm(formId)) {
                return true;
            }
            return switch (binding) {
                // Resolved in the diagram's own deployment: an earlier deployed form is copied in.
                case "deployment" -> deployment.deployed().formDefinition(formId, null)
                        .map(form -> deployment.borrow(form.getKey(), form.getValue())).orElse(false);
                case "version" -> parse(version) != null
                        && deployment.deployed().formDefinition(formId, parse(version)).isPresent();
                default -> deployment.deployed().formDefinition(formId, null).isPresent();
            };
        }

        @Override
        public boolean hasResource(String resourceName) {
            if (deployment.contains(resourceName)) {
                return true;
            }
            return deployment.deployed().resource(resourceName)
                    .map(content -> deployment.borrow(resourceName, content)).orElse(false);
        }

        @Override
        public String where() {
            return "di deployment ini dan belum pernah dideploy" + (deployment.tenantId() == null ? ""
                    : " untuk tenant " + deployment.tenantId()) + "; lampirkan berkas formulirnya saat deploy "
                    + "(Camunda Modeler: Deploy → Include additional files)";
        }

        private static Integer parse(String version) {
            try {
                return version == null ? null : Integer.valueOf(version.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
