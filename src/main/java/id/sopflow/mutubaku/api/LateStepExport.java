package id.sopflow.mutubaku.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import id.sopflow.mutubaku.api.LateStepDashboard.DashboardStep;
import id.sopflow.reporting.SpreadsheetCsv;

/**
 * The dashboard's table of late steps for spreadsheets. The CSV is written by the shared {@link SpreadsheetCsv}, as
 * the Prodeskel export is: UTF-8 with a byte-order mark, {@code ;} between fields, a decimal comma, CRLF, quotes only
 * where needed. The XLSX holds the same cells, the
 * hours as a number.
 */
final class LateStepExport {

    static final String CSV_TYPE = SpreadsheetCsv.CONTENT_TYPE;
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADER = List.of("SOP", "Langkah", "Organisasi", "Desa/kampung", "Kasus", "Pelaksana",
            "Penanggung jawab", "Jatuh tempo", "Terlambat", "Terlambat (jam kerja)", "Tautan Cockpit");

    private LateStepExport() {
    }

    static byte[] csv(List<DashboardStep> steps, String baseUrl) {
        List<List<String>> rows = new ArrayList<>();
        for (DashboardStep step : steps) {
            List<String> cells = cells(step, baseUrl);
            cells.set(9, SpreadsheetCsv.decimal(hours(step)));
            rows.add(cells);
        }
        return SpreadsheetCsv.write(HEADER, rows);
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
}
