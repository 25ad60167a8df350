package id.sopflow.sop.profil;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.sopflow.sop.profil.ProfilInstrument.Field;
import id.sopflow.sop.profil.ProfilInstrument.Kind;

/**
 * The verified profiles as a worksheet for entering them into the Prodeskel website, which has no API: one row per
 * kampung/kelurahan, the instrument's fields in the website's order.
 *
 * <p>Written for Excel as Indonesian offices use it: UTF-8 with a byte-order mark (so Excel does not read it as
 * Windows-1252), fields separated by a semicolon (the list separator of the Indonesian locale, where the comma is
 * the decimal sign), decimals with a comma ({@code 125,5}), CRLF line ends, and fields quoted only when they hold
 * a semicolon, a quote or a line break (quotes doubled, RFC 4180).
 */
public final class ProdeskelCsv {

    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
    static final char SEPARATOR = ';';
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ProdeskelCsv() {
    }

    public static List<String> headers() {
        List<String> headers = new ArrayList<>(List.of("Kode wilayah (sopflow)", "Nama kampung/kelurahan",
                "Tahun data"));
        ProfilInstrument.FIELDS.forEach(field -> headers.add(field.label()));
        headers.addAll(List.of("Diverifikasi oleh", "Tanggal verifikasi"));
        return headers;
    }

    public static byte[] render(List<ProdeskelRecord> records) {
        StringBuilder csv = new StringBuilder();
        line(csv, headers());
        for (ProdeskelRecord record : records) {
            List<String> cells = new ArrayList<>();
            cells.add(record.kampungId());
            cells.add(record.kampungNama());
            cells.add(record.tahunData() == null ? "" : record.tahunData().toString());
            for (Field field : ProfilInstrument.FIELDS) {
                cells.add(cell(field, record.values().get(field.key())));
            }
            cells.add(record.verifiedBy());
            cells.add(record.verifiedOn() == null ? "" : record.verifiedOn().toString());
            line(csv, cells);
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    private static String cell(Field field, Object value) {
        if (value == null) {
            return "";
        }
        if (field.kind() == Kind.TEXT) {
            return value.toString().strip();
        }
        BigDecimal number = ProfilPlausibilityRules.number(value);
        if (number == null) {
            return value.toString();
        }
        return number.stripTrailingZeros().toPlainString().replace('.', ',');
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
