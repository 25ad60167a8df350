package id.sopflow.sop.sipa;

import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import id.sopflow.identity.AsSystem;
import id.sopflow.mutubaku.IndonesianTime;

/**
 * The page "Laporan Saya" ({@value #PATH}): a desa's own SIPA BERMEDSOS reports for its Pemerintah Desa users, on a
 * phone as well as on a laptop. Behind the same login as Tasklist (the staff login filter: Tasklist's session in the
 * same browser, or HTTP Basic); shows only the cases of the caller's own tenants.
 */
@RestController
class SipaMyReportsController {

    static final String PATH = "/laporan-saya";
    private static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

    private final SipaMyReports reports;
    private final IdentityService identityService;

    SipaMyReportsController(SipaMyReports reports, IdentityService identityService) {
        this.reports = reports;
        this.identityService = identityService;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page() {
        Authentication caller = identityService.getCurrentAuthentication();
        // Scoped by the caller's tenants explicitly; read as the system, since a desa user may not read history
        List<SipaMyReports.MyReport> mine = AsSystem.run(identityService,
                () -> reports.of(caller == null ? List.of() : caller.getTenantIds()));
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Laporan Saya — SIPA BERMEDSOS</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/publik/sipa.css\">\n</head>\n<body>\n")
                .append("<header class=\"kop\"><p>Laporan Saya</p><p class=\"sub\">SIPA BERMEDSOS — laporan desa Anda")
                .append("</p></header>\n<main>\n")
                .append("<p><a href=\"/camunda/app/tasklist/\">Kembali ke Tasklist</a></p>\n");
        if (mine.isEmpty()) {
            html.append("<p class=\"kosong\">Belum ada laporan dari desa Anda.</p>\n");
        }
        for (SipaMyReports.MyReport report : mine) {
            html.append("<section class=\"laporan-saya\" data-kode=\"").append(esc(report.kodePublik())).append("\">\n")
                    .append("<h2>").append(esc(report.judul())).append("</h2>\n<dl>\n");
            field(html, "Desa", report.desa());
            field(html, "Kode laporan", report.kodePublik());
            field(html, "Dikirim", IndonesianTime.format(report.started(), ZONE));
            html.append("<dt>Status</dt><dd class=\"status\">").append(esc(report.status().label())).append("</dd>\n");
            if (report.publicLink() != null) {
                html.append("<dt>Halaman publik</dt><dd><a href=\"").append(esc(report.publicLink())).append("\">")
                        .append(esc(report.publicLink())).append("</a></dd>\n");
            }
            field(html, "Pertanyaan masyarakat", report.questions() + " diterima, " + report.answered()
                    + " sudah ditanggapi");
            html.append("</dl>\n</section>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(html.toString());
    }

    private static void field(StringBuilder html, String label, String value) {
        html.append("<dt>").append(esc(label)).append("</dt><dd>").append(esc(value == null ? "-" : value))
                .append("</dd>\n");
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
