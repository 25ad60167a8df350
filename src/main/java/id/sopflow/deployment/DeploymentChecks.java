package id.sopflow.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine hook that runs every {@link DeploymentCheck} bean on every new deployment, before the engine parses
 * it: a pre-deployer, so REST (Camunda Modeler), Java and sopflow's own startup deployment all pass through it and
 * a refused deployment leaves nothing behind (no definition, no timer job, no resource).
 *
 * <p>Only new deployments are checked. The engine also "deploys" old deployments again into its cache after a
 * restart; a rule added later must not make running cases of an older diagram unreadable.
 *
 * <p>Besides diagrams, a deployment may carry DMN and CMMN models, which the engine would also execute (with
 * expressions of their own). sopflow uses neither, so they are refused here rather than given checks of their own.
 */
@Component
public class DeploymentChecks extends AbstractProcessEnginePlugin implements Deployer {

    private static final Logger log = LoggerFactory.getLogger(DeploymentChecks.class);
    private static final List<String> DIAGRAMS = List.of(".bpmn", ".bpmn20.xml");
    private static final List<String> OTHER_MODELS = List.of(".dmn", ".dmn11.xml", ".cmmn", ".cmmn10.xml",
            ".cmmn11.xml");

    private final ObjectProvider<DeploymentCheck> checks;

    /** The checks are looked up at each deployment: they are ordinary beans, created after the engine plugins. */
    public DeploymentChecks(ObjectProvider<DeploymentCheck> checks) {
        this.checks = checks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> preDeployers = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
            preDeployers.addAll(configuration.getCustomPreDeployers());
        }
        preDeployers.add(this);
        configuration.setCustomPreDeployers(preDeployers);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            String name = resource.getName();
            String lower = name.toLowerCase(Locale.ROOT);
            if (OTHER_MODELS.stream().anyMatch(lower::endsWith)) {
                problems.add(name + ": sopflow tidak menjalankan model DMN atau CMMN; deploy hanya diagram BPMN "
                        + "dan formulir.");
            } else if (DIAGRAMS.stream().anyMatch(lower::endsWith)) {
                problems.addAll(problemsOf(name, resource.getBytes()));
            }
        }
        if (!problems.isEmpty()) {
            log.warn("Deployment '{}' ditolak: {}", deployment.getName(), problems);
            throw new DeploymentRefusedException(problems);
        }
    }

    List<String> problemsOf(String resourceName, byte[] diagram) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(diagram));
        } catch (RuntimeException unreadable) {
            // The engine's own parser reports an unreadable diagram with its line and column.
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        checks.orderedStream().forEach(check -> check.problems(resourceName, model).stream()
                .map(problem -> resourceName + ": " + problem)
                .forEach(problems::add));
        return problems;
    }
}
