package id.sopflow.soptable;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.sopflow.soptable.TableSections.SheetRow;

/**
 * A table saved as CSV the way Indonesian spreadsheets save it: fields separated by {@code ;} (the list separator
 * where the comma is the decimal sign; a file separated by {@code ,} or tabs is recognised too), UTF-8 with or without
 * a byte-order mark (a file Excel saved as plain "CSV" is Windows-1252 and read as such), fields in quotes when they
 * hold a separator, a quote (doubled) or line breaks. The three parts are blocks under their title rows.
 */
final class CsvSections {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSections() {
    }

    static TableSections read(byte[] bytes, List<String> problems) {
        String text = decode(bytes);
        char separator = separator(text);
        List<SheetRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(row(cells, recordLine));
                cells = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            problems.add("Berkas CSV: tanda petik yang dibuka pada baris " + recordLine + " berkas tidak pernah"
                    + " ditutup.");
        }
        if (!cells.isEmpty() || cell.length() > 0) {
            cells.add(cell.toString());
            rows.add(row(cells, recordLine));
        }
        return TableSections.fromBlocks(rows, "di berkas CSV", problems);
    }

    private static SheetRow row(List<String> cells, int line) {
        return new SheetRow(List.copyOf(cells),
                column -> "baris " + line + " kolom " + TableSections.columnLetter(column) + " berkas CSV");
    }

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(content).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
    }

    /**
     * The separator the first line that has one uses most, outside quotes. Spreadsheets write every row with the same
     * number of fields, so the first line (the title "Identitas" and its empty cells) already tells.
     */
    private static char separator(String text) {
        boolean quoted = false;
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas + tabs > 0) {
                    break;
                }
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }
}
