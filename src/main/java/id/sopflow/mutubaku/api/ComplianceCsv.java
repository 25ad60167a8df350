package id.sopflow.mutubaku.api;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The compliance report as CSV (RFC 4180): a header row with the JSON field names, comma-separated, CRLF line ends,
 * a field quoted when it holds a comma, a quote or a line break. Empty fields stand for null. The percentage uses a
 * decimal point, as in the JSON.
 */
final class ComplianceCsv {

    static final List<String> HEADER = List.of("sop", "langkahId", "langkah", "selesai", "tepatWaktuPersen",
            "medianKerja", "p90Kerja", "mutuBaku");

    private ComplianceCsv() {
    }

    static String write(List<ComplianceRow> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER.stream());
        for (ComplianceRow row : rows) {
            line(csv, Stream.of(row.sop(), row.langkahId(), row.langkah(), row.selesai(), row.tepatWaktuPersen(),
                    row.medianKerja(), row.p90Kerja(), row.mutuBaku()));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, Stream<?> fields) {
        csv.append(fields.map(ComplianceCsv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
