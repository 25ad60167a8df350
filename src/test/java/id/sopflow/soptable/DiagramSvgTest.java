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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import id.sopflow.testkit.PlainTest;

/** The preview picture of every diagram in processes/: well-formed SVG showing every lane and every step's name. */
@PlainTest
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

    /**
     * "Terlambat dicatat" under a late-step end event wraps to two lines in the preview while its label bounds (from
     * the generator, as Modeler draws it) hold one: the text grows downwards from the label's top instead of climbing
     * onto the event's circle.
     */
    @Test
    void aLabelThatWrapsBeyondItsBoundsStaysOffItsShape() {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", "pengaduan-masyarakat.bpmn").toFile());
        org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape shape = model.getModelElementsByType(
                org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape.class).stream()
                .filter(candidate -> candidate.getBpmnElement().getId()
                        .equals("event_adminMenerimaPengaduanMasyarakatTerlambatDicatat"))
                .findFirst().orElseThrow();
        double eventBottom = shape.getBounds().getY() + shape.getBounds().getHeight();

        String svg = DiagramSvg.render(model);

        org.camunda.bpm.model.bpmn.instance.dc.Bounds label = shape.getBpmnLabel().getBounds();
        String centre = String.format(java.util.Locale.ROOT, "%.1f", label.getX() + label.getWidth() / 2);
        java.util.regex.Matcher first = java.util.regex.Pattern.compile(
                "<tspan x=\"" + java.util.regex.Pattern.quote(centre) + "\" y=\"([0-9.]+)\"[^>]*>Terlambat")
                .matcher(svg);
        assertThat(first.find()).as("label under the event at x " + centre).isTrue();
        // A line of 11 px text centred on y: its top at y - 6.5.
        assertThat(Double.parseDouble(first.group(1)) - 6.5).as("label top against the event's bottom")
                .isGreaterThanOrEqualTo(eventBottom);
        assertThat(svg).contains(">Terlambat");
    }
}
