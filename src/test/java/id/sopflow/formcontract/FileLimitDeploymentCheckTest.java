package id.sopflow.formcontract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import id.sopflow.deployment.DeploymentContents;
import id.sopflow.testkit.PlainTest;

/** An embedded form's unreadable cam-max-filesize is refused at deployment, naming the element and the input. */
@PlainTest
class FileLimitDeploymentCheckTest {

    private final FileLimitDeploymentCheck check = new FileLimitDeploymentCheck();

    private static BpmnModelInstance diagram() {
        return Bpmn.createExecutableProcess("uji").startEvent("event_mulai")
                .camundaFormKey("embedded:deployment:unggah.html")
                .userTask("userTask_unggah").camundaFormKey("embedded:deployment:unggah.html")
                .userTask("userTask_periksa").camundaFormKey("embedded:deployment:periksa.html")
                .endEvent().done();
    }

    private static byte[] form(String maxFilesize) {
        return """
                <form>
                  <label for="berkas">Pindaian surat (PDF, paling besar 10 MB)</label>
                  <input type="file" id="berkas" cam-variable-name="pindaian" cam-variable-type="File"
                         cam-max-filesize="%s"/>
                </form>""".formatted(maxFilesize).getBytes(StandardCharsets.UTF_8);
    }

    private static DeploymentContents deploying(Map<String, byte[]> files, DeploymentContents.Deployed earlier) {
        return new DeploymentContents(null, true, files, earlier);
    }

    @Test
    void anUnreadableLimitIsReportedOncePerFormAtItsFirstElement() {
        DeploymentContents deployment = deploying(Map.of("unggah.html", form("10MB"), "periksa.html", form("10485760")),
                DeploymentContents.Deployed.NOTHING);
        assertThat(check.problems("uji.bpmn", diagram(), deployment)).containsExactly("event_mulai: formulir "
                + "\"unggah.html\", isian berkas «Pindaian surat» (pindaian): cam-max-filesize=\"10MB\" bukan jumlah "
                + "byte; tulis batasnya dalam byte, mis. 10485760 untuk 10 MB (1 MB = 1.048.576 byte).");
    }

    @Test
    void aReadableLimitOrAFormNotInTheDeploymentPasses() {
        assertThat(check.problems("uji.bpmn", diagram(), deploying(Map.of("unggah.html", form("10485760")),
                DeploymentContents.Deployed.NOTHING))).isEmpty();
        assertThat(check.problems("uji.bpmn", diagram(), DeploymentContents.alone())).isEmpty();
    }

    /** Modeler's "deploy changed only" leaves an unchanged form out: the one already deployed is what will run. */
    @Test
    void aFormOnlyAnEarlierDeploymentHoldsIsCheckedToo() {
        DeploymentContents.Deployed earlier = new DeploymentContents.Deployed() {
            @Override
            public Optional<byte[]> resource(String resourceName) {
                return resourceName.equals("periksa.html") ? Optional.of(form("sepuluh")) : Optional.empty();
            }

            @Override
            public Optional<Map.Entry<String, byte[]>> formDefinition(String key, Integer version) {
                return Optional.empty();
            }
        };
        assertThat(check.problems("uji.bpmn", diagram(), deploying(Map.of("unggah.html", form("10485760")), earlier)))
                .singleElement().asString().startsWith("userTask_periksa: formulir \"periksa.html\"")
                .contains("cam-max-filesize=\"sepuluh\" bukan jumlah byte");
    }
}
