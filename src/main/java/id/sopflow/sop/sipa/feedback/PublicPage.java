package id.sopflow.sop.sipa.feedback;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.web.util.HtmlUtils;

import id.sopflow.mutubaku.IndonesianTime;
import id.sopflow.reporting.ReportFormat;

/**
 * The public pages as HTML, built on the server. Every value that comes from a report or a citizen goes through
 * {@link #esc}; the pages carry no script and no inline style (the Content-Security-Policy allows neither), only
 * the stylesheet {@value #STYLESHEET}.
 */
final class PublicPage {

    static final String STYLESHEET = "/publik/sipa.css";

    /** What a citizen typed, kept when the form is shown again with a message. */
    record FormInput(String nama, String kontak, String isi) {
        static final FormInput EMPTY = new FormInput(null, null, null);
    }

    private PublicPage() {
    }

    static String report(PublicReport report, String formToken, Instant now, TrackedQuestion tracked,
                         String trackingCode, String message, FormInput input) {
        StringBuilder html = new StringBuilder();
        head(html, report.judul() == null ? "Laporan desa" : report.judul() + " — " + report.desa(),
                report.organisasi());
        html.append("<article class=\"laporan\">\n");
        html.append("<p class=\"desa\">").append(esc(report.desa())).append("</p>\n");
        html.append("<h1>").append(esc(orDash(report.judul()))).append("</h1>\n");
        html.append("<dl class=\"ringkas\">\n");
        field(html, "Jenis laporan", report.jenis());
        field(html, "Periode", report.periode());
        field(html, "Lokasi", report.lokasi());
        html.append("</dl>\n");
        if (!report.photoSlots().isEmpty()) {
            html.append("<div class=\"foto\">\n");
            for (int slot : report.photoSlots()) {
                html.append("<img src=\"").append(esc(PublicReportController.PATH + "/" + report.kodePublik()
                        + "/foto/" + slot)).append("\" alt=\"Foto ").append(slot).append(": ")
                        .append(esc(orDash(report.judul()))).append("\">\n");
            }
            html.append("</div>\n");
        }
        if (report.uraian() != null) {
            html.append("<h2>Uraian</h2>\n<p class=\"teks\">").append(esc(report.uraian())).append("</p>\n");
        }
        if (report.apbdes() || report.anggaran() != null || report.realisasi() != null) {
            html.append("<h2>Realisasi APBDes</h2>\n<table class=\"apbdes\">\n");
            row(html, "Anggaran", report.anggaran() == null ? null : ReportFormat.rupiah(report.anggaran()));
            row(html, "Realisasi", report.realisasi() == null ? null : ReportFormat.rupiah(report.realisasi()));
            if (report.anggaran() != null && report.realisasi() != null && report.anggaran() > 0) {
                row(html, "Persentase realisasi",
                        ReportFormat.percent((double) report.realisasi() / report.anggaran()));
            }
            if (report.alasanSelisih() != null) {
                row(html, "Keterangan selisih", report.alasanSelisih());
            }
            html.append("</table>\n");
        }
        if (!report.links().isEmpty()) {
            html.append("<h2>Unggahan di media sosial</h2>\n<ul class=\"tautan\">\n");
            for (String link : report.links()) {
                html.append("<li><a href=\"").append(esc(link)).append("\" rel=\"noopener noreferrer\">")
                        .append(esc(link)).append("</a></li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</article>\n");

        if (trackingCode != null) {
            tracked(html, report.zone(), tracked, trackingCode);
        }
        if (report.feedbackOpen(now)) {
            form(html, report, formToken, message, input == null ? FormInput.EMPTY : input);
        } else {
            html.append("<section class=\"tertutup\" id=\"formulir\">\n<h2>Tanya atau sampaikan keluhan</h2>\n");
            if (message != null) {
                html.append("<p class=\"pesan galat\" role=\"alert\">").append(esc(message)).append("</p>\n");
            }
            html.append("<p>Masa tanggapan untuk laporan ini sudah berakhir pada ")
                    .append(esc(IndonesianTime.format(report.windowEnd(), report.zone())))
                    .append(". Pertanyaan dan keluhan baru tidak dapat dikirim lagi melalui halaman ini.</p>\n")
                    .append("</section>\n");
        }
        footer(html, report.kodePublik());
        return html.toString();
    }

    static String notFound() {
        StringBuilder html = new StringBuilder();
        head(html, "Laporan tidak ditemukan", null);
        html.append("<article class=\"laporan\">\n<h1>Laporan tidak ditemukan</h1>\n")
                .append("<p>Tidak ada laporan yang diterbitkan dengan kode ini. Periksa kembali kode atau tautan yang ")
                .append("tercantum pada unggahan desa di media sosial.</p>\n</article>\n");
        footer(html, null);
        return html.toString();
    }

    /** A refusal that is not about one field: an expired form, too many questions. */
    static String refusal(String title, String message, String kodePublik) {
        StringBuilder html = new StringBuilder();
        head(html, title, null);
        html.append("<article class=\"laporan\">\n<h1>").append(esc(title)).append("</h1>\n<p class=\"pesan galat\" ")
                .append("role=\"alert\">").append(esc(message)).append("</p>\n");
        if (kodePublik != null) {
            html.append("<p><a href=\"").append(esc(PublicReportController.PATH + "/" + kodePublik))
                    .append("\">Kembali ke laporan</a></p>\n");
        }
        html.append("</article>\n");
        footer(html, null);
        return html.toString();
    }

    private static void tracked(StringBuilder html, ZoneId zone, TrackedQuestion question, String trackingCode) {
        html.append("<section class=\"pertanyaan-anda\" id=\"pertanyaan-anda\">\n<h2>Pertanyaan Anda</h2>\n");
        if (question == null) {
            html.append("<p>Tidak ada pertanyaan dengan kode pelacakan ini pada laporan ini.</p>\n</section>\n");
            return;
        }
        html.append("<p class=\"kode\">Kode pelacakan: <strong>").append(esc(trackingCode)).append("</strong></p>\n")
                .append("<p class=\"catatan\">Simpan alamat halaman ini untuk melihat tanggapan nanti.</p>\n")
                .append("<blockquote class=\"teks\">").append(esc(question.isi())).append("</blockquote>\n")
                .append("<p class=\"waktu\">Diterima ").append(esc(IndonesianTime.format(question.received(), zone)))
                .append("</p>\n");
        if (question.answered()) {
            html.append("<div class=\"tanggapan\">\n<h3>Tanggapan pemerintah desa</h3>\n<p class=\"teks\">")
                    .append(esc(question.tanggapan())).append("</p>\n<p class=\"waktu\">Ditanggapi ")
                    .append(esc(IndonesianTime.format(question.answeredAt(), zone))).append("</p>\n</div>\n");
        } else {
            html.append("<p class=\"menunggu\">Belum ditanggapi. Admin dan pemerintah desa menanggapi paling lama ")
                    .append("8 jam kerja setelah pertanyaan diterima.</p>\n");
        }
        html.append("</section>\n");
    }

    private static void form(StringBuilder html, PublicReport report, String formToken, String message,
                             FormInput input) {
        html.append("<section class=\"formulir\" id=\"formulir\">\n<h2>Tanya atau sampaikan keluhan</h2>\n")
                .append("<p>Pertanyaan, pernyataan atau keluhan Anda diteruskan kepada admin dan pemerintah desa. ")
                .append("Masa tanggapan berakhir ")
                .append(esc(IndonesianTime.format(report.windowEnd(), report.zone()))).append(".</p>\n");
        if (message != null) {
            html.append("<p class=\"pesan galat\" role=\"alert\">").append(esc(message)).append("</p>\n");
        }
        html.append("<form method=\"post\" action=\"")
                .append(esc(PublicReportController.PATH + "/" + report.kodePublik() + "/pertanyaan"))
                .append("\" accept-charset=\"UTF-8\">\n")
                .append("<input type=\"hidden\" name=\"token\" value=\"").append(esc(formToken)).append("\">\n")
                .append("<label for=\"nama\">Nama (boleh dikosongkan)</label>\n")
                .append("<input id=\"nama\" name=\"nama\" type=\"text\" maxlength=\"100\" autocomplete=\"name\" value=\"")
                .append(esc(input.nama())).append("\">\n")
                .append("<label for=\"kontak\">Nomor HP atau surel (boleh dikosongkan)</label>\n")
                .append("<input id=\"kontak\" name=\"kontak\" type=\"text\" maxlength=\"100\" value=\"")
                .append(esc(input.kontak())).append("\">\n")
                .append("<label for=\"isi\">Pertanyaan atau keluhan (wajib, paling banyak 2000 karakter)</label>\n")
                .append("<textarea id=\"isi\" name=\"isi\" rows=\"6\" maxlength=\"2000\" required>")
                .append(esc(input.isi())).append("</textarea>\n")
                .append("<button type=\"submit\">Kirim</button>\n</form>\n</section>\n");
    }

    private static void head(StringBuilder html, String title, String organisasi) {
        html.append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n")
                .append("<title>").append(esc(title)).append(" — SIPA BERMEDSOS</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">\n</head>\n<body>\n")
                .append("<header class=\"kop\"><p>SIPA BERMEDSOS</p><p class=\"sub\">Sistem Pelaporan Pemerintahan ")
                .append("Desa Berbasis Media Sosial").append(organisasi == null ? "" : " — " + esc(organisasi))
                .append("</p></header>\n<main>\n");
    }

    private static void footer(StringBuilder html, String kodePublik) {
        html.append("</main>\n<footer>");
        if (kodePublik != null) {
            html.append("<p>Kode laporan: ").append(esc(kodePublik)).append("</p>");
        }
        html.append("<p>Halaman publik SIPA BERMEDSOS. Jangan menuliskan data pribadi orang lain.</p></footer>\n")
                .append("</body>\n</html>\n");
    }

    private static void field(StringBuilder html, String label, String value) {
        if (value != null) {
            html.append("<dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
        }
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td>").append(esc(orDash(value)))
                .append("</td></tr>\n");
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    /** HTML-escapes text for element content and quoted attribute values; null is empty. */
    static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
