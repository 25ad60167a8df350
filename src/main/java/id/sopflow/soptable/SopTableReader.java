package id.sopflow.soptable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a Permenpan-format SOP table that a process owner filled in a spreadsheet: a workbook (.xlsx) or a CSV file
 * (.csv), chosen by the file name's extension. The format is described in the README ("Tabel SOP (format
 * Permenpan)") and shown by {@code sop-tabel/TEMPLATE-sop.xlsx} and {@code sop-tabel/TEMPLATE-sop.csv}.
 *
 * <p>Either the whole table is read or nothing: any problem (a wrong cell, an unknown actor, a target row that does
 * not exist, a waktu that cannot be read, a row no path reaches…) is collected, and all of them are thrown together
 * as {@link SopTableProblems}, each in Bahasa Indonesia naming its cell.
 */
public final class SopTableReader {

    private SopTableReader() {
    }

    /**
     * @throws SopTableProblems when the table has any problem, or the file is neither .xlsx nor .csv
     * @throws IOException      when the file cannot be read at all (missing, no permission)
     */
    public static SopTable read(Path file) throws IOException {
        return read(Files.readAllBytes(file), file.getFileName().toString());
    }

    /**
     * A table uploaded or read from elsewhere.
     *
     * @param fileName the name the owner gave the file; its extension says whether it is .xlsx or .csv, and the
     *                 problems name it
     * @throws SopTableProblems when the table has any problem, or the name is neither .xlsx nor .csv
     * @throws IOException      when the stream fails
     */
    public static SopTable read(InputStream in, String fileName) throws IOException {
        return read(in.readAllBytes(), fileName);
    }

    private static SopTable read(byte[] bytes, String fileName) {
        List<String> problems = new ArrayList<>();
        String name = fileName.toLowerCase(Locale.ROOT);
        TableSections sections;
        if (name.endsWith(".xlsx")) {
            sections = XlsxSections.read(bytes, problems);
        } else if (name.endsWith(".csv")) {
            sections = CsvSections.read(bytes, problems);
        } else {
            problems.add(name.endsWith(".xls") || name.endsWith(".ods")
                    ? "Berkas " + fileName + " belum dapat dibaca: simpan sebagai Buku Kerja Excel (.xlsx) atau CSV."
                    : "Berkas " + fileName + " bukan tabel SOP: unggah berkas .xlsx atau .csv (lihat"
                    + " sop-tabel/TEMPLATE-sop.xlsx).");
            throw new SopTableProblems(fileName, problems);
        }
        SopTable table = problems.isEmpty() ? new SopTableParser(problems).parse(sections) : null;
        if (table == null) {
            throw new SopTableProblems(fileName, problems);
        }
        return table;
    }
}
