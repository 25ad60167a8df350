package id.sopflow.mutubaku;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the shared Tasklist filters while the engine is built, after identity seeding (the groups they are shared
 * with must exist), so the first Tasklist login already finds them.
 */
@Component
@Order(30)
class TasklistFilterSeedingPlugin extends AbstractProcessEnginePlugin {

    private final TasklistFilters filters;

    TasklistFilterSeedingPlugin(TasklistFilters filters) {
        this.filters = filters;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        filters.seed(processEngine);
    }
}
