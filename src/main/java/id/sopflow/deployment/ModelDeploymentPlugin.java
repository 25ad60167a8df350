package id.sopflow.deployment;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys while the engine is being built: before the job executor starts and before anyone can log in, and so
 * that a broken file stops startup.
 */
@Component
@Order(10)
class ModelDeploymentPlugin extends AbstractProcessEnginePlugin {

    private final ModelDeployer deployer;

    ModelDeploymentPlugin(ModelDeployer deployer) {
        this.deployer = deployer;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        deployer.deploy(processEngine.getRepositoryService());
    }
}
