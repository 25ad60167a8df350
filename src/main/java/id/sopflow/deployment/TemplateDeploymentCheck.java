package id.sopflow.deployment;

import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * At deployment (Camunda Modeler's too), an element that names a sopflow element template must carry what the
 * template sets: a known template and version, its bean, its listeners, and a value for every required field. A
 * process owner who empties "Variabel nomor putaran" or deletes the round recorder is refused with the element's id,
 * instead of a case that fails later.
 */
@Component
class TemplateDeploymentCheck implements DeploymentCheck {

    private final TemplateRules rules;

    TemplateDeploymentCheck(DeploymentProperties properties) {
        this.rules = new TemplateRules(ElementTemplates.load(Path.of(properties.processesDir())), false);
    }

    @Override
    public List<String> problems(String resourceName, BpmnModelInstance model) {
        return rules.check(model).stream().map(problem -> problem + ".").toList();
    }
}
