package id.sopflow.soptable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import id.sopflow.testkit.PlainTest;

/**
 * Issue 19's proof: the four SOPs of the seeds, written as tables in {@code sop-tabel/}, have the rows, actors,
 * durations and decisions of the hand-drawn diagrams in {@code processes/}; and every table of {@code sop-tabel/}
 * generates a diagram that reads back into the same table. Wording is not compared: the hand-drawn tasks' kegiatan
 * carry sopflow's notes next to the paper's words (see the README, "Mencetak SOP").
 */
@PlainTest
class SeedTablesMatchDiagramsTest {

    /**
     * The one place the hand-drawn diagram deliberately reads the paper otherwise (GUIDE §6.3): Setwan's row 4, the
     * periodic update of the published information, runs on its own schedule, so in the diagram a case ends after
     * row 3, where the paper's arrow goes on to row 4.
     */
    private static final java.util.Map<String, String> READ_DIFFERENTLY = java.util.Map.of(
            "setwan-bapinanduan 3 setwan-staf PT30M →4", "3 setwan-staf PT30M →0");

    @ParameterizedTest
    @ValueSource(strings = {"sipa-bermedsos", "ppid-penyebarluasan-informasi", "setwan-bapinanduan",
            "profil-desa-kelurahan"})
    void theSeedTableHasTheRowsActorsDurationsAndDecisionsOfTheHandDrawnDiagram(String processKey) throws IOException {
        SopTable table = SopTableReader.read(Path.of("sop-tabel", processKey + ".csv"));
        SopTable drawn = DiagramTableReaderTest.read(processKey);

        assertThat(table.header().processKey()).isEqualTo(processKey);
        List<String> paper = shape(table).stream().map(row -> READ_DIFFERENTLY.getOrDefault(processKey + " " + row, row))
                .toList();
        assertThat(paper).as(processKey + ": baris, pelaksana, waktu dan keputusan").isEqualTo(shape(drawn));
        assertThat(table.actors()).extracting(actor -> actor.group())
                .as("actors in the paper's column order").containsSubsequence(
                        drawn.actors().stream().map(actor -> actor.group()).toList());
    }

    static Stream<Path> tables() throws IOException {
        return Files.list(Path.of("sop-tabel"))
                .filter(path -> path.toString().endsWith(".csv") && !path.getFileName().toString().startsWith("TEMPLATE"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("tables")
    void aGeneratedDiagramReadsBackIntoItsTable(Path file) throws IOException {
        SopTable table = SopTableReader.read(file);
        GeneratedSop generated = SopGenerator.generate(table);
        SopTable readBack = new DiagramTableReader(DiagramTableReaderTest.DIRECTORY).read(model(generated.bpmn()),
                key -> Optional.ofNullable(generated.calledProcesses().get(key)).map(SeedTablesMatchDiagramsTest::model));

        assertThat(shape(readBack)).as(file + ": dari tabel ke diagram dan kembali").isEqualTo(shape(table));
    }

    /**
     * The diagrams issue's geometry check on every generated diagram, the called per-unit process included: names
     * whole, nothing over anything, no crossing, at most 2,500 × 1,500 px.
     */
    @ParameterizedTest
    @MethodSource("tables")
    void everyGeneratedDiagramPassesTheGeometryCheck(Path file) throws IOException {
        GeneratedSop generated = SopGenerator.generate(SopTableReader.read(file));

        generated.diagrams().forEach((name, bpmn) -> assertThat(id.sopflow.modeler.DiagramGeometry.problems(
                model(bpmn), id.sopflow.modeler.DiagramGeometry.MAX_WIDTH,
                id.sopflow.modeler.DiagramGeometry.MAX_HEIGHT)).as(file + ": " + name).isEmpty());
    }

    /** Profil's Pokja works per kampung inside the Dinas's case: its rows 8–10 become a process of their own. */
    @org.junit.jupiter.api.Test
    void profilsPerKampungRowsRunAsACalledProcess() throws IOException {
        GeneratedSop generated = SopGenerator.generate(SopTableReader.read(Path.of("sop-tabel",
                "profil-desa-kelurahan.csv")));

        assertThat(generated.diagrams()).containsOnlyKeys("profil-desa-kelurahan.bpmn",
                "profil-desa-kelurahan-per-unit.bpmn");
        assertThat(generated.sop().calledProcesses()).containsExactly("profil-desa-kelurahan-per-unit");
        assertThat(generated.organisationEntry()).contains("calledProcesses: [profil-desa-kelurahan-per-unit]");
        // Rows with an output have embedded forms (for the output's file), the unit checklist a Camunda Form.
        assertThat(generated.forms()).containsKeys("profil-desa-kelurahan-per-unit-baris-8.html",
                "profil-desa-kelurahan-per-unit-baris-10.html").doesNotContainKeys("profil-desa-kelurahan-baris-8.html",
                "profil-desa-kelurahan-baris-8.form", "profil-desa-kelurahan-per-unit-mulai.form");
        assertThat(generated.forms().get("profil-desa-kelurahan-baris-7.form")).contains("\"checklist\"",
                "valuesExpression", UnitChoice.CHOSEN);
        org.camunda.bpm.model.bpmn.instance.CallActivity call = model(generated.bpmn())
                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.CallActivity.class).iterator().next();
        assertThat(call.getCalledElement()).isEqualTo("profil-desa-kelurahan-per-unit");
        assertThat(generated.bpmn()).contains("camunda:collection=\"${unitChoice.list(unitDipilih)}\"",
                "target=\"unitTenantId\"");
    }

    private static org.camunda.bpm.model.bpmn.BpmnModelInstance model(String bpmn) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The service SOPs committed as running processes are exactly what the sop-tabel command makes of their tables
     * (regenerate with {@code java -jar target/sopflow-*.jar sop-tabel sop-tabel/<tabel>.csv .} after changing one).
     */
    @ParameterizedTest
    @ValueSource(strings = {"surat-keterangan-domisili", "pengaduan-masyarakat"})
    void aCommittedServiceSopIsWhatItsTableGenerates(String processKey) throws IOException {
        GeneratedSop generated = SopGenerator.generate(SopTableReader.read(Path.of("sop-tabel", processKey + ".csv")));

        for (java.util.Map.Entry<String, String> diagram : generated.diagrams().entrySet()) {
            assertThat(Files.readString(Path.of("processes", diagram.getKey()))).as(diagram.getKey())
                    .isEqualTo(diagram.getValue());
        }
        for (java.util.Map.Entry<String, String> form : generated.forms().entrySet()) {
            assertThat(Files.readString(Path.of("forms", form.getKey()))).as(form.getKey()).isEqualTo(form.getValue());
        }
        id.sopflow.identity.OrganisationModel organisation = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readValue(
                Path.of("src/main/resources/sopflow/organisasi.yaml").toFile(),
                id.sopflow.identity.OrganisationModel.class);
        assertThat(organisation.sops()).as("entri di organisasi.yaml").contains(generated.sop());
        assertThat(generated.groupsMissingFrom(organisation)).isEmpty();
    }

    /** What the paper's flowchart says: each row's number, actor, time and where it goes. */
    private static List<String> shape(SopTable table) {
        return table.rows().stream().map(row -> row.number() + " " + row.actor() + " " + row.waktu().isoDuration()
                + (row.isDecision()
                ? " Ya→" + row.decision().ya().row() + " Tidak→" + row.decision().tidak().row()
                : " →" + row.next().row())).toList();
    }
}
