package id.sopflow.soptable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import id.sopflow.soptable.TableSections.Part;
import id.sopflow.soptable.TableSections.SheetRow;

/**
 * Writes a CSV table as the workbook a process owner would fill in (fastexcel, the writer the application already
 * uses): the sheets Identitas, Pelaksana and Langkah, whole numbers as number cells as Excel stores what is typed.
 * It makes {@code sop-tabel/TEMPLATE-sop.xlsx} from {@code TEMPLATE-sop.csv} (see {@link SopTableTemplateTest}) and
 * the workbooks the reader tests compare with their CSV.
 */
final class SopTableWorkbook {

    private static final Map<Part, double[]> WIDTHS = Map.of(
            Part.IDENTITAS, new double[] {28, 110},
            Part.PELAKSANA, new double[] {48, 30, 15, 11},
            Part.LANGKAH, new double[] {5, 60, 24, 38, 11, 34, 34, 10, 28, 9, 10});

    private SopTableWorkbook() {
    }

    /** @param petunjuk lines of a first sheet "Petunjuk" (which the reader does not read), or none */
    static byte[] fromCsv(byte[] csv, List<String> petunjuk) throws IOException {
        TableSections sections = sections(csv);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "sopflow", "1.0");
        if (!petunjuk.isEmpty()) {
            Worksheet sheet = workbook.newWorksheet("Petunjuk");
            sheet.width(0, 130);
            for (int row = 0; row < petunjuk.size(); row++) {
                sheet.value(row, 0, petunjuk.get(row));
                sheet.style(row, 0).wrapText(true).verticalAlignment("top").set();
            }
            sheet.style(0, 0).bold().fontSize(13).set();
        }
        for (Part part : Part.values()) {
            Worksheet sheet = workbook.newWorksheet(part.title);
            double[] widths = WIDTHS.get(part);
            for (int column = 0; column < widths.length; column++) {
                sheet.width(column, widths[column]);
            }
            List<SheetRow> rows = sections.rows(part);
            for (int row = 0; row < rows.size(); row++) {
                List<String> cells = rows.get(row).cells();
                for (int column = 0; column < cells.size(); column++) {
                    write(sheet, row, column, cells.get(column));
                    sheet.style(row, column).wrapText(true).verticalAlignment("top").set();
                }
            }
            int header = firstFilled(rows);
            for (int column = 0; column < widths.length; column++) {
                sheet.style(header, column).bold().fillColor("DDEBF7").wrapText(true).verticalAlignment("top").set();
            }
            sheet.freezePane(0, header + 1);
        }
        workbook.finish();
        return out.toByteArray();
    }

    /** The CSV as Excel shows it after opening it and saving it as .xlsx: one sheet, the parts under title rows. */
    static byte[] singleSheet(byte[] csv) throws IOException {
        TableSections sections = sections(csv);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "sopflow", "1.0");
        Worksheet sheet = workbook.newWorksheet("sop");
        int row = 0;
        for (Part part : Part.values()) {
            sheet.value(row++, 0, part.title);
            for (SheetRow sheetRow : sections.rows(part)) {
                for (int column = 0; column < sheetRow.cells().size(); column++) {
                    write(sheet, row, column, sheetRow.cells().get(column));
                }
                row++;
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    private static TableSections sections(byte[] csv) {
        List<String> problems = new ArrayList<>();
        TableSections sections = CsvSections.read(csv, problems);
        if (!problems.isEmpty()) {
            throw new SopTableProblems("csv", problems);
        }
        return sections;
    }

    private static void write(Worksheet sheet, int row, int column, String text) {
        if (text.matches("\\d{1,4}")) {
            sheet.value(row, column, Integer.parseInt(text));
        } else if (!text.isEmpty()) {
            sheet.value(row, column, text);
        }
    }

    private static int firstFilled(List<SheetRow> rows) {
        for (int row = 0; row < rows.size(); row++) {
            if (!rows.get(row).isBlank()) {
                return row;
            }
        }
        return 0;
    }
}
