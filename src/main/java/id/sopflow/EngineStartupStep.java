package id.sopflow;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Work done right after the engine is built — before the job executor starts and before anyone can log in — and
 * stopping startup when it fails: deploying the diagrams, seeding identities and filters. Steps run in their
 * {@code @Order}.
 */
public interface EngineStartupStep {

    void onEngineBuilt(ProcessEngine engine);
}
