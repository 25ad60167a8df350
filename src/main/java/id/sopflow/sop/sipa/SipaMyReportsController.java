package id.sopflow.sop.sipa;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import id.sopflow.PublicAddress;
import id.sopflow.identity.AsSystem;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Actor;
import id.sopflow.mutubaku.IndonesianTime;

/**
 * The page "Laporan Saya" ({@value #PATH}): a desa's own SIPA BERMEDSOS reports for its Pemerintah Desa users, on a
 * phone as well as on a laptop. Behind the same login as Tasklist (the staff login filter: Tasklist's session in the
 * same browser, or HTTP Basic); shows only the cases of the caller's own tenants.
 *
 * <p>Tasklist links to it from its header for the users it is for ({@value #MENU_PATH}, read by the Tasklist plugin
 * {@code scripts/laporan-saya.js}), and after a desa starts a report, Tasklist tells it the report's code and public
 * address ({@value #LATEST_PATH}, read by the start form {@code sipa-laporan.html}).
 */
@RestController
class SipaMyReportsController {

    static final String PATH = "/laporan-saya";
    static final String MENU_PATH = PATH + "/menu";
    static final String LATEST_PATH = PATH + "/terbaru";
    private static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

    private final SipaMyReports reports;
    private final IdentityService identityService;
    private final OrganisationDirectory directory;
    private final PublicAddress publicAddress;

    SipaMyReportsController(SipaMyReports reports, IdentityService identityService, OrganisationDirectory directory,
                            PublicAddress publicAddress) {
        this.reports = reports;
        this.identityService = identityService;
        this.directory = directory;
        this.publicAddress = publicAddress;
    }

    /**
     * Whether Tasklist's header shows the link: for the users who report, the members of the group that starts SIPA
     * (Pemerintah Desa). Anyone else logged in may still open the page and sees the reports of their own tenants.
     */
    @GetMapping(value = MENU_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> menu() {
        Authentication caller = identityService.getCurrentAuthentication();
        List<String> reporters = directory.sop(SipaVariables.PROCESS_KEY).stream()
                .flatMap(sop -> sop.actors().stream()).filter(Actor::starts).map(Actor::group).toList();
        boolean shown = caller != null && caller.getGroupIds() != null
                && caller.getGroupIds().stream().anyMatch(reporters::contains);
        return Map.of("tampil", shown, "alamat", publicAddress.url(PATH));
    }

    /** The report the caller started last, for the message Tasklist shows right after the start; 404 if none. */
    @GetMapping(value = LATEST_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> latest() {
        Authentication caller = identityService.getCurrentAuthentication();
        return AsSystem.run(identityService, () -> reports.latestStartedBy(caller.getUserId(), caller.getTenantIds()))
                .map(report -> ResponseEntity.ok(Map.of(
                        "judul", report.judul() == null ? "" : report.judul(),
                        "kodePublik", report.kodePublik(),
                        "alamatHalamanPublik", report.pageLink(),
                        "laporanSaya", publicAddress.url(PATH))))
                .orElseGet(() -> ResponseEntity.notFound().build());
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
                    .append("<h2>").append(esc(report.judul())).append("</h2>\n<dl class=\"ringkas\">\n");
            field(html, "Desa", report.desa());
            field(html, "Kode laporan", report.kodePublik());
            field(html, "Dikirim", IndonesianTime.format(report.started(), ZONE));
            html.append("<dt>Status</dt><dd class=\"status\">").append(esc(report.status().label())).append("</dd>\n");
            if (report.publicLink() != null) {
                html.append("<dt>Halaman publik</dt><dd class=\"tautan-publik\"><a href=\"")
                        .append(esc(report.publicLink())).append("\">").append(esc(report.publicLink()))
                        .append("</a></dd>\n");
            } else if (report.pageLink() != null && report.status() != SipaMyReports.Status.DIBATALKAN) {
                // Known from the start, so the desa can write it down; the page opens once the report is posted
                html.append("<dt>Halaman publik</dt><dd class=\"tautan-publik\">").append(esc(report.pageLink()))
                        .append(" <small>(aktif setelah laporan diunggah)</small></dd>\n");
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
