package id.sopflow.sop.profil;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.sopflow.mutubaku.IndonesianTime;
import id.sopflow.reporting.ReportFormat;
import id.sopflow.reporting.ReportPdf;
import id.sopflow.sop.profil.ProfilActivityReportData.KampungStatus;

/**
 * Lays out the activity report the Tim sends to the Kadis (rows 11–12) as an A4 PDF under the dinas's letterhead:
 * the Tim's summary, the status and timeliness of every kampung/kelurahan, and every step against its mutu baku.
 */
@Component
public class ProfilActivityReportRenderer {

    public static final String TITLE = "Laporan Kegiatan Pengembangan dan Pengelolaan Data Profil Kampung/Kelurahan";

    public byte[] render(ProfilActivityReportData data) {
        ReportPdf pdf = new ReportPdf(TITLE, TITLE)
                .letterhead(List.of(data.organisation().toUpperCase(Locale.ROOT)))
                .title(TITLE.toUpperCase(Locale.ROOT));
        Map<String, String> header = new LinkedHashMap<>();
        header.put("Kegiatan", data.judul());
        header.put("Tahun data", data.tahunData() == null ? null : data.tahunData().toString());
        header.put("SK Tim Kegiatan", join(data.nomorSk(), data.tanggalSk()));
        long onTime = data.kampung().stream().filter(KampungStatus::onTime).count();
        header.put("Kampung/kelurahan", data.kampung().size() + " didata; " + onTime
                + " selesai tanpa langkah terlambat");
        header.put("Disusun", IndonesianTime.format(data.composedAt(), data.zone()));
        pdf.fields(header);

        pdf.heading("A. Ringkasan dari Tim");
        pdf.paragraph(ReportFormat.orDash(data.ringkasan()));
        if (data.kendala() != null && !data.kendala().isBlank()) {
            pdf.paragraph("Kendala dan tindak lanjut: " + data.kendala().strip());
        }

        pdf.heading("B. Status dan ketepatan waktu per kampung/kelurahan");
        List<List<String>> rows = new ArrayList<>();
        for (KampungStatus kampung : data.kampung()) {
            rows.add(List.of(kampung.name(), kampung.statusLabel(), String.valueOf(kampung.verificationRounds()),
                    time(kampung.handedOver(), data), time(kampung.verified(), data),
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

        pdf.heading("C. Langkah pendataan di setiap kampung/kelurahan terhadap mutu baku");
        for (KampungStatus kampung : data.kampung()) {
            pdf.paragraph(kampung.name());
            pdf.stepTimeline(kampung.steps(), data.zone());
        }

        pdf.heading("D. Langkah kegiatan dinas terhadap mutu baku");
        pdf.stepTimeline(data.steps(), data.zone());

        pdf.paragraph("Laporan ini disusun otomatis oleh sopflow dari catatan pelaksanaan SOP dan diarsipkan.");
        return pdf.finish();
    }

    private static String time(Instant instant, ProfilActivityReportData data) {
        return instant == null ? "-" : IndonesianTime.format(instant, data.zone());
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + ", tanggal " + second;
    }
}
