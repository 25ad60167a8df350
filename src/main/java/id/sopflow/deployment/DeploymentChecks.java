package id.sopflow.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.DeploymentQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.entity.CamundaFormDefinitionManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ResourceTypes;
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
        Map<String, byte[]> files = new LinkedHashMap<>();
        deployment.getResources().values().forEach(resource -> files.put(resource.getName(), resource.getBytes()));
        CommandContext commandContext = Context.getCommandContext();
        boolean byPerson = commandContext == null || commandContext.getAuthenticatedUserId() != null
                || ModelDeployer.SOURCE.equals(deployment.getSource());
        DeploymentContents contents = new DeploymentContents(deployment.getTenantId(), byPerson, files,
                commandContext == null ? DeploymentContents.Deployed.NOTHING
                        : new EngineForms(commandContext, deployment.getId(), deployment.getTenantId()));
        List<String> problems = new ArrayList<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            String name = resource.getName();
            String lower = name.toLowerCase(Locale.ROOT);
            if (OTHER_MODELS.stream().anyMatch(lower::endsWith)) {
                problems.add(name + ": sopflow tidak menjalankan model DMN atau CMMN; deploy hanya diagram BPMN "
                        + "dan formulir.");
            } else if (DIAGRAMS.stream().anyMatch(lower::endsWith)) {
                problems.addAll(problemsOf(name, resource.getBytes(), contents));
            }
        }
        if (!problems.isEmpty()) {
            log.warn("Deployment '{}' ditolak: {}", deployment.getName(), problems);
            throw new DeploymentRefusedException(problems);
        }
        contents.borrowed().forEach((name, content) -> addResource(commandContext, deployment, name, content));
    }

    private List<String> problemsOf(String resourceName, byte[] diagram, DeploymentContents contents) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(diagram));
        } catch (RuntimeException unreadable) {
            // The engine's own parser reports an unreadable diagram with its line and column.
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        checks.orderedStream().forEach(check -> check.problems(resourceName, model, contents).stream()
                .map(problem -> resourceName + ": " + problem)
                .forEach(problems::add));
        return problems;
    }

    /**
     * A form the diagram needs that an earlier deployment of the tenant holds but this one lacks (Modeler's "deploy
     * changed only" leaves out unchanged attachments): copied in, so that {@code embedded:deployment:} finds it. The
     * deployment itself is already inserted; the engine's deployers, which run after this one, see the copy too.
     */
    private static void addResource(CommandContext commandContext, DeploymentEntity deployment, String name,
            byte[] content) {
        ResourceEntity resource = new ResourceEntity();
        resource.setName(name);
        resource.setBytes(content);
        resource.setDeploymentId(deployment.getId());
        resource.setTenantId(deployment.getTenantId());
        resource.setType(ResourceTypes.REPOSITORY.getValue());
        resource.setCreateTime(ClockUtil.getCurrentTime());
        deployment.addResource(resource);
        commandContext.getResourceManager().insertResource(resource);
        log.info("Deployment '{}': formulir {} disalin dari deployment sebelumnya", deployment.getName(), name);
    }

    /** What the engine already holds for the deployment's tenant (and for all tenants), read inside its command. */
    private record EngineForms(CommandContext commandContext, String deploymentId, String tenantId)
            implements DeploymentContents.Deployed {

        private static final int DEPLOYMENTS_SEARCHED = 200;

        @Override
        public Optional<byte[]> resource(String resourceName) {
            return commandContext.runWithoutAuthorization(() -> {
                DeploymentQueryImpl query = new DeploymentQueryImpl();
                if (tenantId == null) {
                    query.withoutTenantId();
                } else {
                    query.tenantIdIn(tenantId).includeDeploymentsWithoutTenantId();
                }
                query.orderByDeploymentTime().desc();
                for (Deployment earlier : commandContext.getDeploymentManager()
                        .findDeploymentsByQueryCriteria(query, new Page(0, DEPLOYMENTS_SEARCHED))) {
                    if (earlier.getId().equals(deploymentId)) {
                        continue;
                    }
                    ResourceEntity found = commandContext.getResourceManager()
                            .findResourceByDeploymentIdAndResourceName(earlier.getId(), resourceName);
                    if (found != null) {
                        return Optional.of(found.getBytes());
                    }
                }
                return Optional.<byte[]>empty();
            });
        }

        @Override
        public Optional<Map.Entry<String, byte[]>> formDefinition(String key, Integer version) {
            return commandContext.runWithoutAuthorization(() -> {
                CamundaFormDefinitionManager forms = commandContext.getCamundaFormDefinitionManager();
                CamundaFormDefinitionEntity form = null;
                for (String tenant : tenantId == null ? new String[] {null} : new String[] {tenantId, null}) {
                    form = version == null ? forms.findLatestDefinitionByKeyAndTenantId(key, tenant)
                            : forms.findDefinitionByKeyVersionAndTenantId(key, version, tenant);
                    if (form != null) {
                        break;
                    }
                }
                if (form == null) {
                    return Optional.<Map.Entry<String, byte[]>>empty();
                }
                ResourceEntity resource = commandContext.getResourceManager()
                        .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
                return resource == null ? Optional.<Map.Entry<String, byte[]>>empty()
                        : Optional.of(Map.entry(resource.getName(), resource.getBytes()));
            });
        }
    }
}
