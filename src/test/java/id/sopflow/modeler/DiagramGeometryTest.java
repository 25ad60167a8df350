package id.sopflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/** Readability of the diagrams at 100 % (issue 17 §2), measured on the diagram interchange. */
class DiagramGeometryTest {

    @Test
    void aNameIsWrappedAtWordsAndCountedInLines() {
        assertThat(DiagramGeometry.lines("Catat laporan masuk", 90)).isEqualTo(2);
        assertThat(DiagramGeometry.lines("Periksa", 90)).isEqualTo(1);
        assertThat(DiagramGeometry.lines("Tanggapi pertanyaan/keluhan masyarakat", 90)).isEqualTo(4);
    }

    @Test
    void printMeasures() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                List<String> clipped = DiagramGeometry.clippedNames(model);
                List<String> overlaps = DiagramGeometry.overlaps(model);
                List<String> crossings = DiagramGeometry.crossings(model);
                System.out.println("GEOMETRY " + file + " clipped=" + clipped.size() + " overlaps=" + overlaps.size()
                        + " crossings=" + crossings.size() + "\n  " + clipped + "\n  " + overlaps + "\n  " + crossings);
            }
        }
    }
}
