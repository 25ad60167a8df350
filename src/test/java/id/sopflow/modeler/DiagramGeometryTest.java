package id.sopflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

/** Readability of the diagrams at 100 % (issue 17 §2), measured on the diagram interchange. */
@PlainTest
class DiagramGeometryTest {

    static final double MAX_WIDTH = DiagramGeometry.MAX_WIDTH;
    static final double MAX_HEIGHT = DiagramGeometry.MAX_HEIGHT;

    /**
     * The paper SOPs' pelaksana columns, left to right (GUIDE §6): lanes run top to bottom in this order. A diagram
     * has the lanes of the columns it needs. Masyarakat is an outside pool (it never logs in), drawn below the
     * organisation's pool: a pool cannot sit between two lanes of another pool.
     */
    static final Map<String, List<String>> SOP_COLUMNS = Map.of(
            "sipa", List.of("Pemerintah Desa", "Admin", "Kasi dan Tim Teknis", "Camat"),
            "ppid", List.of("Ketua PPID", "Seksi Pengolahan Data dan Dokumentasi Informasi", "Admin Medsos"),
            "setwan", List.of("Staf", "Kabag", "Team Website"),
            "profil", List.of("Kadis", "Kabid", "Kasi", "Tim", "Pokja Profil Kampung/Kelurahan"));

    /**
     * The pelaksana columns of a diagram's SOP: the hand-drawn ones' above; a diagram generated from a table in
     * {@code sop-tabel/} has its table's (same file name).
     */
    static List<String> columns(String diagramFile) throws IOException {
        Path table = Path.of("sop-tabel", diagramFile.replace(".bpmn", ".csv"));
        if (Files.exists(table)) {
            return id.sopflow.soptable.SopTableReader.read(table).actors().stream().map(actor -> actor.name())
                    .toList();
        }
        return SOP_COLUMNS.get(diagramFile.substring(0, diagramFile.indexOf('-')));
    }

    @Test
    void aNameIsBrokenIntoLinesAsModelerDoes() {
        assertThat(DiagramGeometry.lines("Catat laporan masuk", 90)).isEqualTo(2);
        assertThat(DiagramGeometry.lines("Periksa", 90)).isEqualTo(1);
        assertThat(DiagramGeometry.lines("Tanggapi pertanyaan/keluhan masyarakat", 90)).isEqualTo(4);
        // As bpmn-js 17 drew this PPID step in a 130 px box (text area 116 px): four lines, not the three a greedy
        // word wrap would give, so the first line reached under the user icon ("erima disposisi").
        assertThat(DiagramGeometry.wrap("Terima disposisi dan beri instruksi kepada Admin Medsos", 116, 12))
                .containsExactly("Terima disposisi dan", "beri instruksi ", "kepada Admin ", "Medsos");
        assertThat(DiagramGeometry.width("Terlambat dicatat", 11)).isBetween(80.0, 90.0);
    }

    /** Issue 17 §2, with no allowance: every diagram reads at 100 % in Camunda Modeler. */
    @Test
    void everyDiagramReadsAtFullSize() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                String name = file.getFileName().toString();
                assertThat(DiagramGeometry.clippedNames(model)).as(name + ": nama terpotong").isEmpty();
                assertThat(DiagramGeometry.overlaps(model)).as(name + ": bentuk bertumpuk").isEmpty();
                assertThat(DiagramGeometry.labelOverlaps(model)).as(name + ": label menutupi bentuk atau label lain").isEmpty();
                assertThat(DiagramGeometry.crossings(model)).as(name + ": alur bersilangan atau menembus bentuk").isEmpty();
                assertThat(DiagramGeometry.emptyLanes(model)).as(name + ": lajur hampir kosong").isEmpty();
                double[] size = DiagramGeometry.size(model);
                assertThat(size[0]).as(name + ": lebar diagram").isLessThanOrEqualTo(MAX_WIDTH);
                assertThat(size[1]).as(name + ": tinggi diagram").isLessThanOrEqualTo(MAX_HEIGHT);
                List<String> columns = columns(name);
                List<String> lanes = DiagramGeometry.laneOrder(model);
                assertThat(columns).as(name + ": lajur yang tidak ada di kolom pelaksana SOP").containsAll(lanes);
                assertThat(lanes).as(name + ": urutan lajur mengikuti kolom SOP " + columns)
                        .isEqualTo(columns.stream().filter(lanes::contains).toList());
            }
        }
    }

    @Test
    void aShapeOverAnotherAFlowThroughAShapeAndAWordWiderThanItsBoxAreFound() {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/sipa-bermedsos.bpmn").toFile());
        BpmnShape intake = shapeOf(model, "serviceTask_catatLaporanMasuk");
        BpmnShape check = shapeOf(model, "serviceTask_periksaKelengkapan");
        check.getBounds().setX(intake.getBounds().getX() + 10);
        check.getBounds().setY(intake.getBounds().getY() + 10);
        intake.getBounds().setWidth(40);
        var yes = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge.class).stream()
                .filter(edge -> "flow_laporanLengkapYa".equals(edge.getBpmnElement().getId())).findFirst().orElseThrow()
                .getWaypoints().stream().toList();
        BpmnShape camat = shapeOf(model, "userTask_bacaLaporanPerkembangan");
        camat.getBounds().setX((yes.get(0).getX() + yes.get(1).getX()) / 2 - 50);
        camat.getBounds().setY((yes.get(0).getY() + yes.get(1).getY()) / 2 - 40);

        assertThat(DiagramGeometry.overlaps(model)).contains("serviceTask_catatLaporanMasuk / serviceTask_periksaKelengkapan");
        assertThat(DiagramGeometry.crossings(model)).contains("flow_laporanLengkapYa melewati userTask_bacaLaporanPerkembangan");
        assertThat(DiagramGeometry.clippedNames(model)).anyMatch(name -> name.startsWith("serviceTask_catatLaporanMasuk"));
    }

    @Test
    void aNameUnderTheIconALabelOverAShapeAnEmptyLaneAndLanesOutOfOrderAreFound() {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/sipa-bermedsos.bpmn").toFile());
        BpmnShape verify = shapeOf(model, "userTask_verifikasiLaporan");
        verify.getBounds().setHeight(80);
        verify.getBounds().setWidth(180);
        assertThat(DiagramGeometry.clippedNames(model)).doesNotContain("userTask_verifikasiLaporan");
        verify.getBounds().setWidth(100);
        model.getModelElementById("userTask_verifikasiLaporan").setAttributeValue("name", "Periksa kembali laporan dan konten");
        assertThat(DiagramGeometry.clippedNames(model)).anyMatch(name -> name.contains("tertutup ikon"));

        BpmnShape end = shapeOf(model, "event_laporanSelesai");
        BpmnShape camat = shapeOf(model, "userTask_bacaLaporanPerkembangan");
        end.getBounds().setX(camat.getBounds().getX());
        end.getBounds().setY(camat.getBounds().getY() - end.getBounds().getHeight() + 5);
        assertThat(DiagramGeometry.labelOverlaps(model))
                .contains("label event_laporanSelesai di atas userTask_bacaLaporanPerkembangan");

        BpmnShape lane = shapeOf(model, "lane_camat");
        BpmnShape kasi = shapeOf(model, "lane_kasiTimTeknis");
        lane.getBounds().setHeight(5000);
        assertThat(DiagramGeometry.emptyLanes(model)).anyMatch(name -> name.startsWith("Camat"));
        lane.getBounds().setY(kasi.getBounds().getY() - 1);
        assertThat(DiagramGeometry.laneOrder(model)).containsSubsequence("Camat", "Kasi dan Tim Teknis");
        assertThat(DiagramGeometry.size(model)[1]).isGreaterThan(MAX_HEIGHT);
    }

    private static BpmnShape shapeOf(BpmnModelInstance model, String elementId) {
        return model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() != null && elementId.equals(shape.getBpmnElement().getId()))
                .findFirst().orElseThrow();
    }
}
