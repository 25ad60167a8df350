package id.sopflow.soptable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import id.sopflow.soptable.TableSections.Part;
import id.sopflow.soptable.TableSections.SheetRow;

/**
 * A table as an Excel/LibreOffice workbook (.xlsx): the sheets Identitas, Pelaksana and Langkah (other sheets, such
 * as the template's Petunjuk, are not read). A workbook without those sheets is read from its first sheet as the CSV
 * layout, blocks under title rows, so a CSV opened in Excel and saved as .xlsx reads the same.
 */
final class XlsxSections {

    private static final DateTimeFormatter INDONESIAN_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
    /** Excel's built-in number formats that show a date. */
    private static final Set<Integer> DATE_FORMATS =
            Set.of(14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57);

    private XlsxSections() {
    }

    static TableSections read(byte[] bytes, List<String> problems) {
        if (ReadableWorkbook.isOLE2Header(bytes)) {
            problems.add("Berkas ini buku kerja Excel 97-2003 (.xls): buka di Excel atau LibreOffice lalu simpan"
                    + " sebagai Buku Kerja Excel (.xlsx), atau simpan sebagai CSV.");
            return new TableSections(Map.of());
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
                new ReadingOptions(true, false))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            Map<Part, Sheet> named = new EnumMap<>(Part.class);
            for (Sheet sheet : sheets) {
                Part part = Part.titled(sheet.getName());
                if (part != null) {
                    named.putIfAbsent(part, sheet);
                }
            }
            if (named.isEmpty()) {
                return TableSections.fromBlocks(rows(sheets.get(0)),
                        "di lembar " + sheets.get(0).getName() + " (tanpa lembar Identitas, Pelaksana dan Langkah)",
                        problems);
            }
            Map<Part, List<SheetRow>> parts = new EnumMap<>(Part.class);
            for (Part part : Part.values()) {
                Sheet sheet = named.get(part);
                if (sheet == null) {
                    problems.add("Buku kerja tidak punya lembar " + part.title + " (lembar yang ada: "
                            + String.join(", ", sheets.stream().map(Sheet::getName).toList()) + ").");
                } else {
                    List<SheetRow> rows = rows(sheet);
                    if (!rows.isEmpty() && rows.get(0).onlyFirstCell() && Part.titled(rows.get(0).cell(0)) == part) {
                        rows = rows.subList(1, rows.size());
                    }
                    parts.put(part, rows);
                }
            }
            return new TableSections(parts);
        } catch (IOException | ExcelReaderException | IllegalStateException e) {
            problems.add("Berkas bukan buku kerja .xlsx yang dapat dibaca (" + e.getMessage() + "): simpan ulang dari"
                    + " Excel atau LibreOffice sebagai Buku Kerja Excel (.xlsx), atau simpan sebagai CSV.");
            return new TableSections(Map.of());
        }
    }

    private static List<SheetRow> rows(Sheet sheet) throws IOException {
        String name = sheet.getName();
        List<SheetRow> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < row.getCellCount(); column++) {
                    cells.add(text(row.getCell(column)));
                }
                int number = row.getRowNum();
                rows.add(new SheetRow(cells, column -> where(name, column, number)));
            }
        }
        return rows;
    }

    private static String where(String sheet, int column, int row) {
        return "sel " + sheet + "!" + TableSections.columnLetter(column) + row;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "Ya" : "Tidak";
            case NUMBER -> isDate(cell) ? INDONESIAN_DATE.format(cell.asDate())
                    : plain(cell.asNumber());
            case FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
            default -> cell.getText();
        };
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && DATE_FORMATS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String bare = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return bare.contains("yy") || bare.contains("d") && bare.contains("m");
    }
}
