package id.sopflow.soptable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The preview picture of every diagram in processes/: well-formed SVG showing every lane and every step's name. */
class DiagramSvgTest {

    static Stream<Path> diagrams() throws IOException {
        return Files.list(Path.of("processes")).filter(path -> path.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void everyLaneAndStepIsDrawnInWellFormedSvg(Path diagram) throws Exception {
        BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
        String svg = DiagramSvg.render(model);

        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        String text = svg.replaceAll("</tspan><tspan[^>]*>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        for (Lane lane : model.getModelElementsByType(Lane.class)) {
            assertThat(text).contains(lane.getName());
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(text).contains(task.getName().replaceAll("\\s+", " ").strip());
        }
        Path out = Path.of("target", "pratinjau");
        Files.createDirectories(out);
        Files.writeString(out.resolve(diagram.getFileName() + ".svg"), svg);
    }
}
