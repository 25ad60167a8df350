package id.sopflow.sop.ppid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.sopflow.mutubaku.IndonesianTime;
import id.sopflow.publishing.Platform;
import id.sopflow.reporting.ReportFormat;
import id.sopflow.reporting.ReportPdf;
import id.sopflow.sop.ppid.PpidReportData.Post;
import id.sopflow.sop.ppid.PpidReportData.Round;

/**
 * Lays out the "Laporan Penyebarluasan Informasi" that Seksi PDDI sends to the Ketua PPID (rows 10 and 11) as an A4
 * PDF under the PPID's letterhead. No engine needed: everything comes in {@link PpidReportData}.
 */
@Component
public class PpidReportRenderer {

    public static final String TITLE = "Laporan Penyebarluasan Informasi";

    /** The SOP's header: the office that issued it and its number. */
    static final List<String> LETTERHEAD = List.of("PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID)",
            "KALURAHAN BUNDER", "KAPANEWON PATUK");
    static final String SOP = "SOP Penyebarluasan Informasi melalui Media Sosial Nomor 01/KPTS/2024";

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id-ID"));

    public byte[] render(PpidReportData data) {
        ReportPdf pdf = new ReportPdf(TITLE + " — " + data.judul(), TITLE + " — " + data.organisasi())
                .letterhead(LETTERHEAD)
                .title(TITLE.toUpperCase(Locale.ROOT))
                .centredLine(SOP);
        pdf.fields(header(data));

        pdf.heading("A. Bahan informasi kegiatan dan disposisi Ketua PPID").fields(bahan(data));

        pdf.heading("B. Materi medsos yang disetujui");
        materi(pdf, data);

        pdf.heading("C. Pemeriksaan dan persetujuan materi");
        rounds(pdf, data);

        pdf.heading("D. Tautan hasil pengunggahan");
        posts(pdf, data);

        pdf.heading("E. Waktu pelaksanaan setiap langkah terhadap mutu baku");
        pdf.stepTimeline(data.steps(), data.zone());

        pdf.paragraph("Laporan ini disusun otomatis oleh sopflow dari catatan pelaksanaan SOP dan disimpan sebagai "
                + "softcopy sesuai ketentuan pencatatan dan pendataan SOP; cetak untuk arsip hardcopy.");
        return pdf.finish();
    }

    private Map<String, String> header(PpidReportData data) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Organisasi", data.organisasi());
        fields.put("Disusun pada", time(data.composedAt(), data));
        fields.put("Nomor kasus", data.caseId());
        return fields;
    }

    private Map<String, String> bahan(PpidReportData data) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Judul kegiatan", data.judul());
        fields.put("Tanggal kegiatan", date(data.tanggalKegiatan()));
        fields.put("Ringkasan", data.ringkasan());
        fields.put("Lampiran", data.lampiran().isEmpty() ? "Tidak ada" : String.join(", ", data.lampiran()));
        fields.put("Disposisi Ketua PPID", data.disposisi());
        fields.put("Oleh", data.ketua());
        fields.put("Instruksi Seksi PDDI kepada Admin Medsos", data.instruksiSeksi());
        return fields;
    }

    private void materi(ReportPdf pdf, PpidReportData data) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Platform platform : Platform.values()) {
            String text = data.texts().get(platform);
            if (text != null && !text.isBlank()) {
                fields.put("Teks " + platform.label(), text);
            }
        }
        fields.put("Gambar", data.gambar().isEmpty() ? "Tidak ada" : String.join(", ", data.gambar()));
        pdf.fields(fields);
    }

    private void rounds(ReportPdf pdf, PpidReportData data) {
        List<Round> rounds = data.rounds();
        if (rounds.isEmpty()) {
            pdf.paragraph("Belum ada keputusan yang tercatat.");
            return;
        }
        long refused = rounds.stream().filter(round -> !round.approved()).count();
        pdf.paragraph(rounds.size() + " keputusan tercatat; materi dikembalikan kepada Admin Medsos untuk diperbaiki "
                + refused + " kali.");
        List<List<String>> rows = new ArrayList<>();
        for (Round round : rounds) {
            rows.add(List.of(round.gate(), String.valueOf(round.number()), ReportFormat.orDash(round.reviewer()),
                    time(round.at(), data), round.approved() ? "Ya" : "Tidak",
                    round.approved() ? "-" : ReportFormat.orDash(round.reason())));
        }
        pdf.table(new float[] {16, 8, 22, 20, 8, 26},
                List.of("Pemeriksa", "Putaran", "Diputuskan oleh", "Waktu", "Keputusan", "Alasan"), rows);
        if (data.catatanPengantar() != null && !data.catatanPengantar().isBlank()) {
            pdf.fields(Map.of("Catatan pengantar Seksi PDDI", data.catatanPengantar()));
        }
    }

    private void posts(ReportPdf pdf, PpidReportData data) {
        if (data.posts().isEmpty()) {
            pdf.paragraph("Belum ada platform yang dipilih.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Post post : data.posts()) {
            rows.add(List.of(post.platform().label(), ReportFormat.orDash(post.link()), channel(post.channel())));
        }
        pdf.table(new float[] {16, 60, 24}, List.of("Platform", "Tautan", "Cara unggah"), rows);
        List<String> links = data.posts().stream().map(Post::link).filter(link -> link != null && !link.isBlank())
                .toList();
        if (!links.isEmpty()) {
            pdf.paragraph("Tautan (dapat diklik):").links(links);
        }
        if (data.catatanLaporan() != null && !data.catatanLaporan().isBlank()) {
            pdf.fields(Map.of("Catatan Seksi PDDI", data.catatanLaporan()));
        }
    }

    private static String channel(String code) {
        if (code == null || code.isBlank()) {
            return "Belum tercatat";
        }
        return switch (code) {
            case PpidPostLinks.AUTOMATIC -> "Otomatis oleh sopflow";
            case PpidPostLinks.MANUAL -> "Manual oleh Admin Medsos";
            default -> code;
        };
    }

    private static String date(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return "-";
        }
        LocalDate date = PpidRules.date(isoDate);
        return date == null ? isoDate : DATE.format(date);
    }

    private static String time(Instant instant, PpidReportData data) {
        return instant == null ? "-" : IndonesianTime.format(instant, data.zone());
    }
}
