package id.sopflow.sop.sipa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.sopflow.reporting.ReportFormat;
import id.sopflow.reporting.ReportPdf;
import id.sopflow.sop.CaseReportLayout;
import id.sopflow.sop.sipa.SipaMonthlyRecapData.DesaRow;
import id.sopflow.sop.sipa.SipaMonthlyRecapData.LateRow;

/** Lays out the "Rekap Bulanan SIPA BERMEDSOS" for the Camat as an A4 PDF under the kecamatan's letterhead. */
@Component
class SipaMonthlyRecapRenderer {

    static final String TITLE = "Rekap Bulanan SIPA BERMEDSOS";

    byte[] render(SipaMonthlyRecapData data) {
        CaseReportLayout report = CaseReportLayout.open(new CaseReportLayout.Frame(
                        SipaProgressReportRenderer.LETTERHEAD, TITLE, "Bulan " + data.monthName() + " — "
                                + SipaProgressReportRenderer.FRAME.sopLine()),
                TITLE + " — " + data.monthName(), TITLE + " — " + data.monthName(), "Kecamatan", data.organisasi(),
                Map.of("Periode", data.monthName()), data.composedAt(), null, data.zone());
        return report.section("Pelaporan per desa", pdf -> perDesa(pdf, data))
                .section("Langkah terlambat per pelaksana", pdf -> late(pdf, data))
                .section("Desa yang tidak melapor", pdf -> silent(pdf, data))
                .close("Rekap", SipaProgressReportRenderer.PENCATATAN);
    }

    private static void perDesa(ReportPdf pdf, SipaMonthlyRecapData data) {
        List<List<String>> rows = new ArrayList<>();
        int[] totals = new int[7];
        for (DesaRow row : data.desa()) {
            int[] values = {row.submitted(), row.rejected(), row.verified(), row.posted(), row.questions(),
                    row.answered(), row.answeredOnTime()};
            List<String> cells = new ArrayList<>(List.of(row.desa()));
            for (int i = 0; i < values.length; i++) {
                cells.add(Integer.toString(values[i]));
                totals[i] += values[i];
            }
            rows.add(cells);
        }
        List<String> total = new ArrayList<>(List.of("Jumlah"));
        for (int value : totals) {
            total.add(Integer.toString(value));
        }
        rows.add(total);
        pdf.table(new float[] {26, 10, 10, 12, 10, 11, 11, 12},
                List.of("Desa", "Laporan masuk", "Ditolak", "Terverifikasi", "Diunggah", "Pertanyaan masuk",
                        "Ditanggapi", "Ditanggapi tepat waktu"),
                rows);
        pdf.paragraph("Ditolak dan terverifikasi menghitung keputusan verifikasi pada bulan ini (satu laporan dapat "
                + "ditolak lebih dari sekali). Tepat waktu: ditanggapi dalam mutu baku 8 jam kerja.");
        if (totals[4] > 0) {
            pdf.paragraph("Pertanyaan yang ditanggapi tepat waktu: "
                    + ReportFormat.percent((double) totals[6] / totals[4]) + " dari semua pertanyaan yang masuk.");
        }
    }

    private static void late(ReportPdf pdf, SipaMonthlyRecapData data) {
        if (data.lateSteps().isEmpty()) {
            pdf.paragraph("Tidak ada langkah yang melewati mutu baku pada bulan ini.");
        } else {
            List<List<String>> late = new ArrayList<>();
            for (LateRow row : data.lateSteps()) {
                late.add(List.of(row.desa(), row.actor(), ReportFormat.orDash(row.step()),
                        Integer.toString(row.count())));
            }
            pdf.table(new float[] {25, 25, 38, 12}, List.of("Desa", "Pelaksana", "Langkah", "Jumlah terlambat"),
                    late);
        }
    }

    private static void silent(ReportPdf pdf, SipaMonthlyRecapData data) {
        List<DesaRow> silent = data.notReported();
        if (silent.isEmpty()) {
            pdf.paragraph("Semua desa menyampaikan laporan pada bulan ini.");
        } else {
            for (DesaRow row : silent) {
                pdf.paragraph("• " + row.desa() + ": tidak ada laporan pada bulan " + data.monthName() + ".");
            }
        }
    }

    /** One line per desa for the Camat's form. */
    static String summary(SipaMonthlyRecapData data) {
        StringBuilder text = new StringBuilder();
        for (DesaRow row : data.desa()) {
            text.append("- ").append(row.desa()).append(": ").append(row.submitted()).append(" laporan masuk, ")
                    .append(row.posted()).append(" diunggah, ").append(row.questions()).append(" pertanyaan (")
                    .append(row.answeredOnTime()).append(" ditanggapi tepat waktu)")
                    .append(row.submitted() == 0 ? " — tidak melapor" : "").append('\n');
        }
        return text.toString().stripTrailing();
    }
}
