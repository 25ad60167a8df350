package id.sopflow.sop.profil;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import id.sopflow.sop.profil.ProfilInstrument.Field;
import id.sopflow.sop.profil.ProfilInstrument.Kind;
import id.sopflow.reporting.SpreadsheetCsv;

/**
 * The verified profiles as a worksheet for entering them into the Prodeskel website, which has no API: one row per
 * kampung/kelurahan, the instrument's fields in the website's order.
 *
 * <p>Written for Excel as Indonesian offices use it, by the shared {@link SpreadsheetCsv}.
 */
public final class ProdeskelCsv {

    public static final String CONTENT_TYPE = SpreadsheetCsv.CONTENT_TYPE;

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
        List<List<String>> rows = new ArrayList<>();
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
            rows.add(cells);
        }
        return SpreadsheetCsv.write(headers(), rows);
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
        return SpreadsheetCsv.decimal(number.stripTrailingZeros());
    }
}
