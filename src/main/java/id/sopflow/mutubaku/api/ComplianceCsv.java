package id.sopflow.mutubaku.api;

import java.util.Arrays;
import java.util.List;

import id.sopflow.reporting.SpreadsheetCsv;

/**
 * The compliance report as CSV for Indonesian spreadsheets, by the shared {@link SpreadsheetCsv} ({@code ;}, decimal
 * comma, UTF-8 with a byte-order mark): a header row with the JSON field names, one line per row, empty fields for
 * null.
 */
final class ComplianceCsv {

    static final List<String> HEADER = List.of("sop", "langkahId", "langkah", "selesai", "tepatWaktuPersen",
            "medianKerja", "medianKerjaTeks", "p90Kerja", "p90KerjaTeks", "mutuBaku", "mutuBakuTeks");

    private ComplianceCsv() {
    }

    static byte[] write(List<ComplianceRow> rows) {
        return SpreadsheetCsv.write(HEADER, rows.stream()
                .map(row -> Arrays.asList(row.sop(), row.langkahId(), row.langkah(),
                        String.valueOf(row.selesai()), SpreadsheetCsv.decimal(row.tepatWaktuPersen()),
                        row.medianKerja(), row.medianKerjaTeks(), row.p90Kerja(), row.p90KerjaTeks(), row.mutuBaku(),
                        row.mutuBakuTeks()))
                .toList());
    }
}
