package id.sopflow.sop.ppid;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.sopflow.publishing.Platform;
import id.sopflow.reporting.ReportFormat;
import id.sopflow.reporting.ReportPdf;
import id.sopflow.sop.CaseReportLayout;
import id.sopflow.sop.ppid.PpidReportData.Post;

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

    static final CaseReportLayout.Frame FRAME = new CaseReportLayout.Frame(LETTERHEAD, TITLE, SOP);

    private static final CaseReportLayout.ReviewWords DECISIONS = new CaseReportLayout.ReviewWords(
            "Diputuskan oleh", "Ya", "Tidak", "Belum ada keputusan yang tercatat.");

    public byte[] render(PpidReportData data) {
        CaseReportLayout report = CaseReportLayout.open(FRAME, TITLE + " — " + data.judul(),
                TITLE + " — " + data.organisasi(), "Organisasi", data.organisasi(), Map.of(), data.composedAt(),
                data.caseId(), data.zone());
        long refused = data.rounds().stream().filter(round -> !round.approved()).count();
        return report.section("Bahan informasi kegiatan dan disposisi Ketua PPID", pdf -> pdf.fields(bahan(data)))
                .section("Materi medsos yang disetujui", pdf -> materi(pdf, data))
                .reviewRounds("Pemeriksaan dan persetujuan materi", data.rounds(), DECISIONS,
                        data.rounds().size() + " keputusan tercatat; materi dikembalikan kepada Admin Medsos untuk "
                                + "diperbaiki " + refused + " kali.")
                .more(pdf -> {
                    if (data.catatanPengantar() != null && !data.catatanPengantar().isBlank()) {
                        pdf.fields(Map.of("Catatan pengantar Seksi PDDI", data.catatanPengantar()));
                    }
                })
                .section("Tautan hasil pengunggahan", pdf -> posts(pdf, data))
                .timeline(data.steps())
                .close("disimpan sebagai softcopy sesuai ketentuan pencatatan dan pendataan SOP; cetak untuk arsip "
                        + "hardcopy.");
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
}
