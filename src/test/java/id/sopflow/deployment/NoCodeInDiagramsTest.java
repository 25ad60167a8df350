package id.sopflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import id.sopflow.testkit.PlainTest;

/** Diagrams cannot carry code: what processes/ uses passes, scripts, classes and reflection do not. */
@PlainTest
class NoCodeInDiagramsTest {

    final NoCodeInDiagrams check = new NoCodeInDiagrams();

    static Stream<Path> sopflowDiagrams() throws IOException {
        return Files.list(Path.of("processes")).filter(path -> path.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("sopflowDiagrams")
    void everySopflowDiagramPasses(Path diagram) {
        assertThat(check.problems(diagram.getFileName().toString(), Bpmn.readModelFromFile(diagram.toFile())))
                .isEmpty();
    }

    @Test
    void sopflowHasSevenDiagrams() throws IOException {
        assertThat(sopflowDiagrams()).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void theReportedAttackIsRefusedNamingTheElements() {
        List<String> problems = problemsOf("""
                <bpmn:startEvent id="event_tiapDetik">
                  <bpmn:extensionElements>
                    <camunda:executionListener event="start"
                      expression="${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)}" />
                  </bpmn:extensionElements>
                  <bpmn:timerEventDefinition id="timer_tiapDetik"><bpmn:timeCycle>R/PT1S</bpmn:timeCycle></bpmn:timerEventDefinition>
                </bpmn:startEvent>
                <bpmn:scriptTask id="scriptTask_jalan" scriptFormat="groovy"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
                <bpmn:serviceTask id="serviceTask_kelas" camunda:class="java.lang.Object">
                  <bpmn:extensionElements>
                    <camunda:executionListener event="end" class="x.Y" />
                    <camunda:taskListener event="create"><camunda:script scriptFormat="javascript">1</camunda:script></camunda:taskListener>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:sequenceFlow id="flow_skrip" sourceRef="scriptTask_jalan" targetRef="serviceTask_kelas">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy">true</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:userTask id="userTask_tenggat" camunda:dueDate="${execution.class.classLoader}" />
                """);
        assertThat(String.join("\n", problems))
                .contains("event_tiapDetik (expression): ekspresi ${''.getClass()")
                .contains("scriptTask_jalan: script task tidak diizinkan")
                .contains("scriptTask_jalan: bahasa skrip 'groovy'")
                .contains("serviceTask_kelas: camunda:class tidak diizinkan")
                .contains("serviceTask_kelas: camunda:class tidak diizinkan")
                .contains("serviceTask_kelas: camunda:script tidak diizinkan")
                .contains("flow_skrip: bahasa skrip 'groovy'")
                .contains("userTask_tenggat (camunda:dueDate): ekspresi ${execution.class.classLoader}");
        assertThat(problems.stream().filter(p -> p.startsWith("serviceTask_kelas: camunda:class"))).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${x}", "${!a && b || c == 'Ya'}", "${a ne null and not empty b}", "${n >= 3 ? 1 : 2}",
            "${now()}", "${dateTime().plusDays(2).toDate()}", "${profilKampung.name(kampung)}",
            "${ppidPlatformChoice.chosen(execution)}", "${execution.processInstanceId}", "${1.5e3 + 2}",
            "${'}' == x}", "#{deferred}", "P1D", "kein ausdruck $ {"})
    void readingExpressionsAreAllowed(String text) {
        assertThat(ExpressionAllowList.DIAGRAMS.problemsIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${x.class}", "${''.getClass()}", "${x['class']}", "${now().getClass()}",
            "${dateTime().getClass()}", "${dateTime().toDate().getClass()}", "${execution.getProcessEngine()}",
            "${execution.processInstanceId.class}", "${1.toString()}", "${(x).y}", "${fn:call()}",
            "${System.exit(0)}", "${processEngine.managementService}", "${a ; b}", "${tanpa penutup",
            "#{y.z}", "${profilKampung.name.class}"})
    void codeIsRefused(String text) {
        assertThat(ExpressionAllowList.DIAGRAMS.problemsIn(text)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${currentUser()}", "${currentUserGroups()}", "${now()}",
            "${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}"})
    void filterExpressionsOfCamundasListPass(String text) {
        assertThat(ExpressionAllowList.FILTERS.problemsIn(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"${someVariable}", "${execution.processInstanceId}", "${profilKampung.list(x)}",
            "${currentUser().getClass()}"})
    void filtersAllowOnlyTheFunctions(String text) {
        assertThat(ExpressionAllowList.FILTERS.problemsIn(text)).hasSize(1);
    }

    private List<String> problemsOf(String elements) {
        String diagram = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://sopflow.id">
                  <bpmn:process id="uji" isExecutable="true">
                """ + elements + """
                  </bpmn:process>
                </bpmn:definitions>
                """;
        return check.problems("uji.bpmn", Bpmn.readModelFromStream(
                new java.io.ByteArrayInputStream(diagram.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }
}
