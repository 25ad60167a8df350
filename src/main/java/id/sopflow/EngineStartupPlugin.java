package id.sopflow;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/** Runs every {@link EngineStartupStep} while the engine is built (Spring hands them over in their order). */
@Component
class EngineStartupPlugin extends AbstractProcessEnginePlugin {

    private final List<EngineStartupStep> steps;

    EngineStartupPlugin(List<EngineStartupStep> steps) {
        this.steps = steps;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        steps.forEach(step -> step.onEngineBuilt(processEngine));
    }
}
