package id.sopflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

import id.sopflow.SopflowApplication;
import id.sopflow.StartupProblem;

/**
 * Restarts the application against one database with edited diagrams and forms, as a process owner would.
 */
class ModelDeploymentTest {

    @TempDir
    Path work;

    private Path processes;
    private Path forms;

    @BeforeEach
    void folders() throws IOException {
        processes = Files.createDirectories(work.resolve("processes"));
        forms = Files.createDirectories(work.resolve("forms"));
    }

    @Test
    void deploysProcessesAndFormsAsOneDeploymentSoThatFormRefResolves() throws IOException {
        write(processes.resolve("uji-laporan.bpmn"), process("uji-laporan", "Terima laporan", "uji-form"));
        write(forms.resolve("uji-form.form"), form("uji-form", "Judul laporan"));

        try (ConfigurableApplicationContext app = start()) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            ProcessDefinition definition = latest(engine, "uji-laporan");
            assertThat(definition.getVersion()).isEqualTo(1);
            assertThat(engine.getRepositoryService().getDeploymentResourceNames(definition.getDeploymentId()))
                    .containsExactlyInAnyOrder("processes/uji-laporan.bpmn", "uji-form.form");

            engine.getRuntimeService().startProcessInstanceByKey("uji-laporan");
            Task task = engine.getTaskService().createTaskQuery().singleResult();
            String deployedForm = new String(engine.getFormService().getDeployedTaskForm(task.getId()).readAllBytes());
            assertThat(deployedForm).contains("Judul laporan");
        }
    }

    @Test
    void unchangedFilesCreateNoNewVersionAndChangedOnesDo() throws IOException {
        write(processes.resolve("uji-laporan.bpmn"), process("uji-laporan", "Terima laporan", "uji-form"));
        write(processes.resolve("uji-lain.bpmn"), process("uji-lain", "Langkah lain", "uji-form-lain"));
        write(forms.resolve("uji-form.form"), form("uji-form", "Judul laporan"));
        write(forms.resolve("uji-form-lain.form"), form("uji-form-lain", "Isian lain"));

        String runningInstance;
        try (ConfigurableApplicationContext app = start()) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            runningInstance = engine.getRuntimeService().startProcessInstanceByKey("uji-laporan").getId();
        }

        try (ConfigurableApplicationContext app = start()) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentSource(ModelDeployer.SOURCE)
                    .count()).isEqualTo(1);
            assertThat(latest(engine, "uji-laporan").getVersion()).isEqualTo(1);
        }

        write(processes.resolve("uji-laporan.bpmn"), process("uji-laporan", "Terima laporan desa", "uji-form"));
        try (ConfigurableApplicationContext app = start()) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            assertThat(latest(engine, "uji-laporan").getVersion()).isEqualTo(2);
            assertThat(latest(engine, "uji-lain").getVersion()).as("an unchanged diagram keeps its version")
                    .isEqualTo(1);
            ProcessInstance stillRunning = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(runningInstance).singleResult();
            assertThat(engine.getRepositoryService().getProcessDefinition(stillRunning.getProcessDefinitionId())
                    .getVersion()).as("a running instance stays on its version").isEqualTo(1);
        }

        write(forms.resolve("uji-form-lain.form"), form("uji-form-lain", "Isian lain yang diperbaiki"));
        try (ConfigurableApplicationContext app = start()) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            assertThat(latest(engine, "uji-lain").getVersion()).as("a diagram whose form changed").isEqualTo(2);
            assertThat(latest(engine, "uji-laporan").getVersion()).isEqualTo(2);
            engine.getRuntimeService().startProcessInstanceByKey("uji-lain");
            Task task = engine.getTaskService().createTaskQuery().processDefinitionKey("uji-lain").singleResult();
            assertThat(new String(engine.getFormService().getDeployedTaskForm(task.getId()).readAllBytes()))
                    .contains("Isian lain yang diperbaiki");
        }
    }

    @Test
    void brokenDiagramStopsStartupNamingFileLineAndElement() throws IOException {
        write(processes.resolve("uji-rusak.bpmn"), process("uji-rusak", "Langkah", "uji-form")
                .replace("<bpmn:sequenceFlow id=\"flow_keLangkah\" sourceRef=\"event_mulai\" targetRef=\"userTask_langkah\" />",
                        "<bpmn:sequenceFlow id=\"flow_keLangkah\" sourceRef=\"event_mulai\" targetRef=\"userTask_tidakAda\" />"));
        write(forms.resolve("uji-form.form"), form("uji-form", "Judul"));

        assertThatThrownBy(this::start)
                .hasRootCauseInstanceOf(InvalidModelFileException.class)
                .rootCause()
                .hasMessageContaining("processes/uji-rusak.bpmn")
                .hasMessageContaining("baris ")
                .hasMessageContaining("flow_keLangkah");
    }

    @Test
    void diagramThatIsNotXmlStopsStartupWithTheLine() throws IOException {
        write(processes.resolve("uji-bukan-xml.bpmn"), "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n"
                + "  <bpmn:process id=\"x\">\n</oops>");

        assertThatThrownBy(this::start)
                .rootCause()
                .isInstanceOf(InvalidModelFileException.class)
                .hasMessageContaining("processes/uji-bukan-xml.bpmn")
                .hasMessageContaining("baris 3");
    }

    @Test
    void brokenFormStopsStartupNamingFileAndLine() throws IOException {
        write(processes.resolve("uji-laporan.bpmn"), process("uji-laporan", "Terima laporan", "uji-form"));
        write(forms.resolve("uji-form.form"), "{\n  \"id\": \"uji-form\",\n  \"components\": [ { \"type\": \"textfield\" \n}");

        Throwable failure = catchStartupFailure();
        assertThat(failure).rootCause().isInstanceOf(InvalidModelFileException.class)
                .hasMessageContaining("forms/uji-form.form")
                .hasMessageContaining("baris 4");

        FailureAnalysis analysis = new id.sopflow.StartupProblemFailureAnalyzerProbe().analyze(failure);
        assertThat(analysis.getDescription()).contains("forms/uji-form.form").doesNotContain("\tat ");
        assertThat(analysis.getAction()).contains("Perbaiki berkas");
    }

    @Test
    void formWithoutIdIsRefused() throws IOException {
        write(forms.resolve("tanpa-id.form"), "{\"components\": []}");

        assertThatThrownBy(this::start).rootCause()
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("forms/tanpa-id.form")
                .hasMessageContaining("\"id\"");
    }

    @Test
    void failedStartupDeploysNothingAndKeepsWhatWasDeployed() throws IOException {
        write(processes.resolve("uji-laporan.bpmn"), process("uji-laporan", "Terima laporan", "uji-form"));
        write(forms.resolve("uji-form.form"), form("uji-form", "Judul"));
        try (ConfigurableApplicationContext app = start()) {
            app.getBean(ProcessEngine.class).getRuntimeService().startProcessInstanceByKey("uji-laporan");
        }

        write(processes.resolve("uji-laporan.bpmn"), "<bukan xml");
        assertThatThrownBy(this::start).rootCause().isInstanceOf(InvalidModelFileException.class);

        write(processes.resolve("uji-laporan.bpmn"), process("uji-laporan", "Terima laporan", "uji-form"));
        try (ConfigurableApplicationContext app = start()) {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            assertThat(latest(engine, "uji-laporan").getVersion()).isEqualTo(1);
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(1);
        }
    }

    private Throwable catchStartupFailure() {
        try (ConfigurableApplicationContext ignored = start()) {
            throw new AssertionError("startup should have failed");
        } catch (RuntimeException e) {
            return e;
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SopflowApplication.class)
                .logStartupInfo(false)
                .run("--server.port=0",
                        // its own engine name: closing it must not unregister the "default" engine that cached
                        // application contexts of other tests serve through REST and the webapps
                        "--camunda.bpm.process-engine-name=sopflow-deployment-test",
                        "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/sopflow") + ";NON_KEYWORDS=VALUE",
                        "--sopflow.deployment.processes-dir=" + processes,
                        "--sopflow.deployment.forms-dir=" + forms);
    }

    private static ProcessDefinition latest(ProcessEngine engine, String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(key).latestVersion().singleResult();
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content);
    }

    static String form(String id, String label) {
        return """
                {
                  "id": "%s",
                  "type": "default",
                  "schemaVersion": 16,
                  "components": [
                    { "id": "field_judul", "key": "judul", "label": "%s", "type": "textfield" }
                  ]
                }
                """.formatted(id, label);
    }

    static String process(String key, String taskName, String formId) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    id="definitions_%1$s" targetNamespace="http://sopflow.id/bpmn">
                  <bpmn:process id="%1$s" name="%1$s" isExecutable="true" camunda:historyTimeToLive="1825">
                    <bpmn:startEvent id="event_mulai" />
                    <bpmn:sequenceFlow id="flow_keLangkah" sourceRef="event_mulai" targetRef="userTask_langkah" />
                    <bpmn:userTask id="userTask_langkah" name="%2$s" camunda:formRef="%3$s" camunda:formRefBinding="deployment" camunda:dueDate="PT1H" />
                    <bpmn:sequenceFlow id="flow_keSelesai" sourceRef="userTask_langkah" targetRef="event_selesai" />
                    <bpmn:endEvent id="event_selesai" />
                    <bpmn:boundaryEvent id="timer_langkahTerlambat" cancelActivity="false" attachedToRef="userTask_langkah">
                      <bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
                    </bpmn:boundaryEvent>
                    <bpmn:sequenceFlow id="flow_keTerlambat" sourceRef="timer_langkahTerlambat" targetRef="event_terlambatDicatat" />
                    <bpmn:endEvent id="event_terlambatDicatat">
                      <bpmn:extensionElements>
                        <camunda:executionListener event="start" delegateExpression="${lateStepHandler}" />
                      </bpmn:extensionElements>
                    </bpmn:endEvent>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, taskName, formId);
    }
}
