package id.sopflow.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one CSV writer of sopflow, for Excel as Indonesian offices use it: UTF-8 with a byte-order mark (so Excel does
 * not read it as Windows-1252), fields separated by a semicolon (the list separator of the Indonesian locale, where
 * the comma is the decimal sign), decimals with a comma ({@link #decimal}), CRLF line ends, and fields quoted only
 * when they hold a semicolon, a quote or a line break (quotes doubled, RFC 4180). The Prodeskel worksheet, the
 * Cockpit plugin's export and the supervisors' API all write through it.
 */
public final class SpreadsheetCsv {

    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
    static final char SEPARATOR = ';';
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SpreadsheetCsv() {
    }

    /** @param rows cells as text; null is an empty cell */
    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    /** {@code 125.5} as {@code 125,5}, keeping the number's scale; null as an empty cell. */
    public static String decimal(BigDecimal number) {
        return number == null ? null : number.toPlainString().replace('.', ',');
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(quoted(cells.get(i) == null ? "" : cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String quoted(String value) {
        if (value.indexOf(SEPARATOR) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
