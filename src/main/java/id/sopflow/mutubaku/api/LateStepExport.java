package id.sopflow.mutubaku.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import id.sopflow.mutubaku.api.LateStepDashboard.DashboardStep;

/**
 * The dashboard's table of late steps for spreadsheets. The CSV follows the Prodeskel export's conventions for
 * Excel in the Indonesian locale ({@link id.sopflow.sop.profil.ProdeskelCsv}): UTF-8 with a byte-order mark,
 * {@code ;} between fields, a decimal comma, CRLF, quotes only where needed. The XLSX holds the same cells, the
 * hours as a number.
 */
final class LateStepExport {

    static final String CSV_TYPE = "text/csv;charset=UTF-8";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADER = List.of("SOP", "Langkah", "Organisasi", "Desa/kampung", "Kasus", "Pelaksana",
            "Penanggung jawab", "Jatuh tempo", "Terlambat", "Terlambat (jam kerja)", "Tautan Cockpit");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char SEPARATOR = ';';

    private LateStepExport() {
    }

    static byte[] csv(List<DashboardStep> steps, String baseUrl) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (DashboardStep step : steps) {
            List<String> cells = cells(step, baseUrl);
            cells.set(9, hours(step).toPlainString().replace('.', ','));
            line(csv, cells);
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    static byte[] xlsx(List<DashboardStep> steps, String baseUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "sopflow", "1.0");
            Worksheet sheet = workbook.newWorksheet("Langkah terlambat");
            for (int column = 0; column < HEADER.size(); column++) {
                sheet.value(0, column, HEADER.get(column));
                sheet.style(0, column).bold().set();
            }
            int row = 1;
            for (DashboardStep step : steps) {
                List<String> cells = cells(step, baseUrl);
                for (int column = 0; column < cells.size(); column++) {
                    if (column == 9) {
                        sheet.value(row, column, hours(step));
                        sheet.style(row, column).format("0.00").set();
                    } else {
                        sheet.value(row, column, cells.get(column));
                    }
                }
                row++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> cells(DashboardStep step, String baseUrl) {
        return new ArrayList<>(List.of(step.sopNama(), nz(step.langkah()), step.organisasi(), step.desa(),
                step.kasus(), step.pelaksana(), step.penanggungJawab() == null ? "-" : step.penanggungJawab(),
                step.jatuhTempoTeks(), nz(step.terlambatTeks()), "", baseUrl + step.tautan()));
    }

    /** Working hours late, two decimals. */
    private static BigDecimal hours(DashboardStep step) {
        long seconds = step.terlambatKerja() == null ? 0 : Duration.parse(step.terlambatKerja()).toSeconds();
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    private static String nz(String value) {
        return value == null ? "-" : value;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            String value = cells.get(i) == null ? "" : cells.get(i);
            boolean quote = value.indexOf(SEPARATOR) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0;
            csv.append(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        }
        csv.append("\r\n");
    }
}
