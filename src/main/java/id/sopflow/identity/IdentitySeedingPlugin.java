package id.sopflow.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Seeds identities while the engine is built, so nobody can log in before groups and grants are in place. */
@Component
@Order(20)
class IdentitySeedingPlugin extends AbstractProcessEnginePlugin {

    private final IdentitySeeder seeder;

    IdentitySeedingPlugin(IdentitySeeder seeder) {
        this.seeder = seeder;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        seeder.seed(processEngine);
    }
}
