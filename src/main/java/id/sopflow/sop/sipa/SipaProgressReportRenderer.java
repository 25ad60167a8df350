package id.sopflow.sop.sipa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sopflow.reporting.ReportFormat;
import id.sopflow.reporting.ReportPdf;
import id.sopflow.sop.CaseReportLayout;
import id.sopflow.sop.sipa.SipaProgressReportData.Question;
import id.sopflow.sop.CaseReportLayout.Decision;
import org.springframework.stereotype.Component;

/**
 * Lays out the "Laporan Perkembangan SIPA BERMEDSOS" the Kasi sends to the Camat (SOP row 5) as an A4 PDF under the
 * kecamatan's letterhead. No engine needed: everything comes in {@link SipaProgressReportData}.
 */
@Component
public class SipaProgressReportRenderer {

    public static final String TITLE = "Laporan Perkembangan SIPA BERMEDSOS";

    /** The SOP's header: the issuing government and office, and its number. */
    static final List<String> LETTERHEAD = List.of("PEMERINTAH KABUPATEN BALANGAN", "KECAMATAN PARINGIN");
    static final String SOP_NUMBER = "067.21/24/CPAR/2023";

    static final CaseReportLayout.Frame FRAME = new CaseReportLayout.Frame(LETTERHEAD, TITLE,
            "SOP SIPA BERMEDSOS Nomor " + SOP_NUMBER);

    /** How SIPA's closing line says the report is kept (pencatatan). */
    static final String PENCATATAN = "disimpan sebagai laporan sesuai ketentuan pencatatan SOP SIPA BERMEDSOS.";

    private static final CaseReportLayout.ReviewWords VERIFICATION = new CaseReportLayout.ReviewWords(
            "Diverifikasi oleh", "Terverifikasi", "Dikembalikan untuk diperbaiki",
            "Belum ada verifikasi yang tercatat.");

    public byte[] render(SipaProgressReportData data) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("Kode laporan", data.kodePublik());
        String documentTitle = TITLE + " — " + data.desa();
        CaseReportLayout report = CaseReportLayout.open(FRAME, documentTitle, documentTitle, "Desa", data.desa(),
                header, data.composedAt(), data.caseId(), data.zone());
        return report.section("Laporan Pemerintah Desa", pdf -> pdf.fields(report(data)))
                .reviewRounds("Verifikasi laporan dan konten oleh Tim SIPA BERMEDSOS", data.rounds(),
                        VERIFICATION, verified(data.rounds()))
                .section("Publikasi melalui media sosial", pdf -> publication(pdf, data))
                .section("Tanggapan atas pertanyaan, pernyataan dan keluhan masyarakat",
                        pdf -> questions(pdf, data, report))
                .timeline(data.steps())
                .close(PENCATATAN);
    }

    private Map<String, String> report(SipaProgressReportData data) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Jenis laporan", data.jenisLaporan());
        fields.put("Judul", data.judul());
        fields.put("Periode", data.periode());
        fields.put("Lokasi", data.lokasi());
        fields.put("Uraian", data.uraian());
        if (data.anggaran() != null) {
            fields.put("Anggaran", ReportFormat.rupiah(data.anggaran()));
        }
        if (data.realisasi() != null) {
            fields.put("Realisasi", ReportFormat.rupiah(data.realisasi()));
        }
        if (data.anggaran() != null && data.realisasi() != null && data.anggaran() > 0) {
            fields.put("Sisa anggaran", ReportFormat.rupiah(data.anggaran() - data.realisasi()));
            fields.put("Persentase realisasi",
                    ReportFormat.percent((double) data.realisasi() / data.anggaran()));
        }
        if (data.alasanSelisih() != null && !data.alasanSelisih().isBlank()) {
            fields.put("Alasan selisih", data.alasanSelisih());
        }
        fields.put("Pelapor", data.pelapor());
        return fields;
    }

    private static String verified(List<Decision> rounds) {
        if (rounds.isEmpty()) {
            return null;
        }
        Decision last = rounds.get(rounds.size() - 1);
        return last.approved()
                ? "Laporan dinyatakan terverifikasi pada putaran ke-" + last.round() + " dari " + rounds.size()
                        + " putaran verifikasi."
                : "Laporan belum terverifikasi setelah " + rounds.size() + " putaran verifikasi.";
    }

    private void publication(ReportPdf pdf, SipaProgressReportData data) {
        pdf.fields(Map.of("Saluran", channel(data.channel())));
        if (data.links().isEmpty()) {
            pdf.paragraph("Belum ada tautan publikasi yang tercatat.");
        } else {
            pdf.paragraph("Tautan publikasi:").links(data.links());
        }
    }

    private void questions(ReportPdf pdf, SipaProgressReportData data, CaseReportLayout report) {
        List<Question> questions = data.questions();
        if (questions.isEmpty()) {
            pdf.paragraph("Tidak ada pertanyaan, pernyataan atau keluhan dari masyarakat selama masa tanggapan.");
            return;
        }
        long answered = questions.stream().filter(Question::answered).count();
        long onTime = questions.stream().filter(q -> Boolean.TRUE.equals(q.onTime())).count();
        long late = questions.stream().filter(q -> Boolean.FALSE.equals(q.onTime())).count();
        pdf.paragraph(questions.size() + " diterima; " + answered + " ditanggapi (" + onTime + " tepat waktu, "
                + late + " terlambat); " + (questions.size() - answered) + " tidak ditanggapi. Mutu baku: "
                + "setiap pertanyaan ditanggapi dalam 8 jam kerja.");
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (Question question : questions) {
            String asked = question.asker() == null || question.asker().isBlank()
                    ? ReportFormat.orDash(question.question())
                    : question.asker().strip() + ": " + ReportFormat.orDash(question.question());
            String answeredAt = question.answered() && question.answeredBy() != null
                    ? report.time(question.answeredAt()) + " oleh " + question.answeredBy()
                    : report.time(question.answeredAt());
            rows.add(List.of(String.valueOf(number++), report.time(question.received()), asked,
                    ReportFormat.orDash(question.answer()), answeredAt, status(question)));
        }
        pdf.table(new float[] {5, 15, 26, 26, 17, 11},
                List.of("No", "Diterima", "Pertanyaan", "Tanggapan", "Ditanggapi", "Status"), rows);
    }

    private static String status(Question question) {
        if (!question.answered()) {
            return "Tidak ditanggapi";
        }
        Boolean onTime = question.onTime();
        return onTime == null ? "Ditanggapi" : onTime ? "Tepat waktu" : "Terlambat";
    }

    private static String channel(String code) {
        if (code == null || code.isBlank()) {
            return "-";
        }
        return switch (code) {
            case "facebook" -> "Facebook (diunggah otomatis oleh sopflow)";
            case "manual" -> "Diunggah manual oleh admin dan pemerintah desa";
            default -> code;
        };
    }
}
