package id.sopflow.sop.sipa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.sopflow.mutubaku.IndonesianTime;
import id.sopflow.reporting.ReportFormat;
import id.sopflow.reporting.ReportPdf;
import id.sopflow.sop.sipa.SipaProgressReportData.Question;
import id.sopflow.sop.sipa.SipaProgressReportData.Round;
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

    public byte[] render(SipaProgressReportData data) {
        ReportPdf pdf = new ReportPdf(TITLE + " — " + data.desa(), TITLE + " — " + data.desa())
                .letterhead(LETTERHEAD)
                .title(TITLE.toUpperCase(Locale.ROOT))
                .centredLine("SOP SIPA BERMEDSOS Nomor " + SOP_NUMBER);
        pdf.fields(header(data));

        pdf.heading("A. Laporan Pemerintah Desa").fields(report(data));

        pdf.heading("B. Verifikasi laporan dan konten oleh Tim SIPA BERMEDSOS");
        verification(pdf, data);

        pdf.heading("C. Publikasi melalui media sosial");
        publication(pdf, data);

        pdf.heading("D. Tanggapan atas pertanyaan, pernyataan dan keluhan masyarakat");
        questions(pdf, data);

        pdf.heading("E. Waktu pelaksanaan setiap langkah terhadap mutu baku");
        pdf.stepTimeline(data.steps(), data.zone());

        pdf.paragraph("Laporan ini disusun otomatis oleh sopflow dari catatan pelaksanaan SOP dan disimpan sebagai "
                + "laporan sesuai ketentuan pencatatan SOP SIPA BERMEDSOS.");
        return pdf.finish();
    }

    private Map<String, String> header(SipaProgressReportData data) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Desa", data.desa());
        fields.put("Kode laporan", data.kodePublik());
        fields.put("Disusun pada", time(data.composedAt(), data));
        fields.put("Nomor kasus", data.caseId());
        return fields;
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

    private void verification(ReportPdf pdf, SipaProgressReportData data) {
        List<Round> rounds = data.rounds();
        if (rounds.isEmpty()) {
            pdf.paragraph("Belum ada verifikasi yang tercatat.");
            return;
        }
        Round last = rounds.get(rounds.size() - 1);
        pdf.paragraph(last.verified()
                ? "Laporan dinyatakan terverifikasi pada putaran ke-" + last.number() + " dari " + rounds.size()
                        + " putaran verifikasi."
                : "Laporan belum terverifikasi setelah " + rounds.size() + " putaran verifikasi.");
        List<List<String>> rows = new ArrayList<>();
        for (Round round : rounds) {
            rows.add(List.of(String.valueOf(round.number()), ReportFormat.orDash(round.verifier()),
                    time(round.at(), data), round.verified() ? "Terverifikasi" : "Dikembalikan untuk diperbaiki",
                    round.verified() ? "-" : ReportFormat.orDash(round.reason())));
        }
        pdf.table(new float[] {9, 22, 21, 17, 31},
                List.of("Putaran", "Diverifikasi oleh", "Waktu", "Keputusan", "Alasan"), rows);
    }

    private void publication(ReportPdf pdf, SipaProgressReportData data) {
        pdf.fields(Map.of("Saluran", channel(data.channel())));
        if (data.links().isEmpty()) {
            pdf.paragraph("Belum ada tautan publikasi yang tercatat.");
        } else {
            pdf.paragraph("Tautan publikasi:").links(data.links());
        }
    }

    private void questions(ReportPdf pdf, SipaProgressReportData data) {
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
                    ? time(question.answeredAt(), data) + " oleh " + question.answeredBy()
                    : time(question.answeredAt(), data);
            rows.add(List.of(String.valueOf(number++), time(question.received(), data), asked,
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

    private static String time(Instant instant, SipaProgressReportData data) {
        return instant == null ? "-" : IndonesianTime.format(instant, data.zone());
    }
}
