package id.sopflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import id.sopflow.testkit.PlainTest;

/** The hook itself: every check bean, every diagram, one refusal listing everything; old deployments pass. */
@PlainTest
class DeploymentChecksTest {

    static final String DIAGRAM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"
                targetNamespace="http://sopflow.id">
              <bpmn:process id="uji" isExecutable="true">
                <bpmn:userTask id="userTask_satu" />
                <bpmn:userTask id="userTask_dua" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Test
    void everyProblemOfEveryCheckAndEveryDiagramIsInOneRefusal() {
        DeploymentChecks hook = hook(
                (name, model) -> model.getModelElementsByType(UserTask.class).stream()
                        .map(task -> task.getId() + ": tidak punya kelompok pelaksana.").toList(),
                (name, model) -> List.of("proses tanpa dokumentasi."));
        DeploymentEntity deployment = deployment("a.bpmn", DIAGRAM, "b.bpmn20.xml", DIAGRAM, "f.form", "{}");

        assertThatThrownBy(() -> hook.deploy(deployment))
                .isInstanceOf(BadUserRequestException.class)
                .isInstanceOfSatisfying(DeploymentRefusedException.class, refused -> assertThat(refused.problems())
                        .hasSize(6)
                        .contains("a.bpmn: userTask_satu: tidak punya kelompok pelaksana.",
                                "b.bpmn20.xml: userTask_dua: tidak punya kelompok pelaksana.",
                                "a.bpmn: proses tanpa dokumentasi."))
                .hasMessageStartingWith("Deployment ditolak oleh pemeriksaan sopflow (6 masalah):\n- ");
    }

    @Test
    void aCleanDeploymentAndTheCacheReloadOfAnOldOnePass() {
        hook((name, model) -> List.of()).deploy(deployment("a.bpmn", DIAGRAM));

        DeploymentEntity old = deployment("a.bpmn", DIAGRAM);
        old.setNew(false);
        hook((name, model) -> List.of("selalu salah")).deploy(old);
    }

    @Test
    void decisionAndCaseModelsAreRefused() {
        assertThatThrownBy(() -> hook().deploy(deployment("aturan.dmn", "<definitions/>")))
                .hasMessageContaining("aturan.dmn: sopflow tidak menjalankan model DMN atau CMMN");
    }

    static DeploymentChecks hook(DeploymentCheck... checks) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        for (int i = 0; i < checks.length; i++) {
            beans.registerSingleton("check" + i, checks[i]);
        }
        return new DeploymentChecks(beans.getBeanProvider(DeploymentCheck.class));
    }

    static DeploymentEntity deployment(String... namesAndContents) {
        DeploymentEntity deployment = new DeploymentEntity();
        deployment.setNew(true);
        for (int i = 0; i < namesAndContents.length; i += 2) {
            ResourceEntity resource = new ResourceEntity();
            resource.setName(namesAndContents[i]);
            resource.setBytes(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
            deployment.addResource(resource);
        }
        return deployment;
    }
}
