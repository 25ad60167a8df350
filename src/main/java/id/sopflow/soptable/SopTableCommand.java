package id.sopflow.soptable;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The command a process owner runs on a table without starting sopflow:
 * {@code java -jar sopflow.jar sop-tabel <tabel.xlsx|tabel.csv> <folder>} writes {@code processes/<key>.bpmn},
 * {@code forms/*.form|.html} and the organisation-file entry into the folder, ready to open in Camunda Modeler; a bad
 * table gets every problem listed and nothing written.
 */
public final class SopTableCommand {

    public static final String NAME = "sop-tabel";

    private SopTableCommand() {
    }

    /** @return the exit code: 0 written, 1 a bad table, 2 wrong use */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2) {
            err.println("Pemakaian: java -jar sopflow.jar " + NAME + " <tabel.xlsx|tabel.csv> <folder-keluaran>");
            return 2;
        }
        try {
            SopTable table = SopTableReader.read(Path.of(args.get(0)));
            GeneratedSop generated = SopGenerator.generate(table);
            List<Path> written = generated.write(Path.of(args.get(1)));
            out.println("SOP \"" + table.header().name() + "\" (" + table.rows().size() + " langkah) ditulis:");
            written.forEach(path -> out.println("  " + path));
            out.println("Buka folder itu di Camunda Modeler; tambahkan isi " + generated.organisationFileName()
                    + " ke organisasi.yaml.");
            return 0;
        } catch (SopTableProblems problems) {
            err.println("Tabel " + args.get(0) + " belum dapat dipakai; tidak ada yang ditulis:");
            problems.problems().forEach(problem -> err.println("  - " + problem));
            return 1;
        } catch (IOException e) {
            err.println("Berkas tidak dapat dibaca atau ditulis: " + e.getMessage());
            return 2;
        }
    }
}
