package id.sopflow.mutubaku;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import id.sopflow.EngineStartupStep;

/**
 * Deploys the late-step notice ({@link LateStepNotices}) from the classpath at startup. The engine's duplicate filter
 * leaves an unchanged notice at its version, so a restart deploys nothing new.
 */
@Component
@Order(20)
class LateStepNoticeDeployment implements EngineStartupStep {

    static final String DEPLOYMENT_NAME = "sopflow-pemberitahuan";
    /** The diagram and its embedded form, both named after the process. */
    static final List<String> RESOURCES = List.of(LateStepNoticeVariables.PROCESS_KEY + ".bpmn",
            LateStepNoticeVariables.PROCESS_KEY + ".html");
    private static final String FOLDER = "sopflow/pemberitahuan/";

    @Override
    public void onEngineBuilt(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(false);
        for (String resource : RESOURCES) {
            try (InputStream in = new ClassPathResource(FOLDER + resource).getInputStream()) {
                deployment.addString(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Berkas pemberitahuan langkah terlambat " + resource
                        + " tidak terbaca", e);
            }
        }
        deployment.deploy();
    }
}
