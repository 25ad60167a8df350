package id.sopflow.sop.profil;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.sopflow.reporting.ReportFormat;
import id.sopflow.reporting.ReportPdf;
import id.sopflow.sop.CaseReportLayout;
import id.sopflow.sop.profil.ProfilActivityReportData.KampungStatus;

/**
 * Lays out the activity report the Tim sends to the Kadis (rows 11–12) as an A4 PDF under the dinas's letterhead:
 * the Tim's summary, the status and timeliness of every kampung/kelurahan, and every step against its mutu baku.
 */
@Component
public class ProfilActivityReportRenderer {

    public static final String TITLE = "Laporan Kegiatan Pengembangan dan Pengelolaan Data Profil Kampung/Kelurahan";

    public byte[] render(ProfilActivityReportData data) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("Kegiatan", data.judul());
        header.put("Tahun data", data.tahunData() == null ? null : data.tahunData().toString());
        header.put("SK Tim Kegiatan", join(data.nomorSk(), data.tanggalSk()));
        long onTime = data.kampung().stream().filter(KampungStatus::onTime).count();
        header.put("Kampung/kelurahan", data.kampung().size() + " didata; " + onTime
                + " selesai tanpa langkah terlambat");
        CaseReportLayout report = CaseReportLayout.open(
                new CaseReportLayout.Frame(List.of(data.organisation().toUpperCase(Locale.ROOT)), TITLE, null),
                TITLE, TITLE, null, null, header, data.composedAt(), null, data.zone());
        return report.section("Ringkasan dari Tim", pdf -> {
                    pdf.paragraph(ReportFormat.orDash(data.ringkasan()));
                    if (data.kendala() != null && !data.kendala().isBlank()) {
                        pdf.paragraph("Kendala dan tindak lanjut: " + data.kendala().strip());
                    }
                })
                .section("Status dan ketepatan waktu per kampung/kelurahan", pdf -> kampung(pdf, data, report))
                .section("Langkah pendataan di setiap kampung/kelurahan terhadap mutu baku", pdf -> {
                    for (KampungStatus kampung : data.kampung()) {
                        pdf.paragraph(kampung.name());
                        pdf.stepTimeline(kampung.steps(), data.zone());
                    }
                })
                .timeline("Langkah kegiatan dinas terhadap mutu baku", data.steps())
                .close("diarsipkan.");
    }

    private static void kampung(ReportPdf pdf, ProfilActivityReportData data, CaseReportLayout report) {
        List<List<String>> rows = new ArrayList<>();
        for (KampungStatus kampung : data.kampung()) {
            rows.add(List.of(kampung.name(), kampung.statusLabel(), String.valueOf(kampung.verificationRounds()),
                    report.time(kampung.handedOver()), report.time(kampung.verified()),
                    ReportFormat.orDash(kampung.prodeskelEntry()), String.valueOf(kampung.lateSteps()),
                    kampung.onTime() ? "Ya" : "Tidak"));
        }
        if (rows.isEmpty()) {
            pdf.paragraph("Tidak ada kampung/kelurahan yang didata.");
        } else {
            pdf.table(new float[] {17, 17, 9, 14, 14, 11, 9, 9},
                    List.of("Kampung/kelurahan", "Status", "Putaran verifikasi", "Diserahkan ke Tim",
                            "Diverifikasi", "Input Prodeskel", "Langkah terlambat", "Tepat waktu"), rows);
        }
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + ", tanggal " + second;
    }
}
