package id.sopflow.soptable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import id.sopflow.testkit.PlainTest;

/** {@code java -jar sopflow.jar sop-tabel <tabel> <folder>}: the files for Modeler, or every problem and nothing. */
@PlainTest
class SopTableCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SopTableCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aTableBecomesTheDiagramFormsAndOrganisationEntryForModeler(@TempDir Path folder) {
        assertThat(run("sop-tabel/surat-keterangan-domisili.csv", folder.toString())).isZero();

        assertThat(folder.resolve("processes/surat-keterangan-domisili.bpmn")).exists();
        assertThat(folder.resolve("forms")).isDirectoryContaining("glob:**.form");
        assertThat(folder.resolve("organisasi-surat-keterangan-domisili.yaml")).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Pelayanan Surat Keterangan Domisili", "Modeler");
    }

    @Test
    void aBadTableListsEveryProblemAndWritesNothing(@TempDir Path folder) throws IOException {
        Path bad = folder.resolve("rusak.csv");
        Files.writeString(bad, Files.readString(Path.of("sop-tabel/surat-keterangan-domisili.csv"))
                .replaceFirst(";(\\d+) menit;", ";sebentar;").replace("Kunci proses;", "Kunci proses;Kunci Salah "));
        Path output = folder.resolve("keluaran");

        assertThat(run(bad.toString(), output.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("tidak ada yang ditulis", "sebentar", "Kunci Salah");
        assertThat(output).doesNotExist();
    }

    @Test
    void wrongUseSaysHow() {
        assertThat(run("hanya-satu")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Pemakaian: java -jar sopflow.jar sop-tabel");
    }
}
