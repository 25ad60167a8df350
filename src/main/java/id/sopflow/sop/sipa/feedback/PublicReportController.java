package id.sopflow.sop.sipa.feedback;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import id.sopflow.cluster.SharedRateLimits;
import id.sopflow.cluster.SharedSecrets;
import id.sopflow.sop.sipa.feedback.PublicPage.FormInput;
import id.sopflow.sop.sipa.SipaProperties;
import id.sopflow.sop.sipa.SipaQuestions;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The citizens' page of a published report, without login: {@code GET /publik/sipa/{kodePublik}} shows the report
 * and a form; {@code POST /publik/sipa/{kodePublik}/pertanyaan} hands the question to the report's case (SOP row 4)
 * and redirects to the page with the question's tracking code, where the answer appears once it is given;
 * {@code GET /publik/sipa/{kodePublik}/foto/{n}} serves the report's photos. Reports are addressed only by their
 * public code, never by internal ids.
 *
 * <p>Deliberately outside {@code /api/}: the staff API requires a login, this page never does. Protection instead:
 * a signed form token per page and report ({@link FormTokens}) and a same-origin check against cross-site posts,
 * rate limits per client address and per report, and escaping of every value.
 */
@RestController
@RequestMapping(PublicReportController.PATH)
class PublicReportController {

    static final String PATH = SipaProperties.PUBLIC_PAGE_PATH;
    /** The shared key that signs form tokens when no SOPFLOW_FEEDBACK_FORM_SECRET is set. */
    static final String FORM_KEY = "publik-formulir";

    private static final Logger log = LoggerFactory.getLogger(PublicReportController.class);
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final PublicReports reports;
    private final SipaQuestions questions;
    private final FormTokens tokens;
    private final SharedRateLimits.Limiter perAddress;
    private final SharedRateLimits.Limiter perReport;
    private final SharedRateLimits.Limiter perAddressOfReport;

    /** Tokens and limits are the installation's, not this node's: a form from one node posts to any other. */
    PublicReportController(PublicReports reports, SipaQuestions questions, FeedbackProperties properties,
                           SharedSecrets secrets, SharedRateLimits limits) {
        this.reports = reports;
        this.questions = questions;
        this.tokens = new FormTokens(properties.formSecret(), () -> secrets.key(FORM_KEY),
                properties.formValidity());
        this.perAddress = limits.limiter("publik-alamat", properties.rateLimit().perAddress(),
                properties.rateLimit().perAddressWindow());
        this.perReport = limits.limiter("publik-laporan", properties.rateLimit().perReport(),
                properties.rateLimit().perReportWindow());
        this.perAddressOfReport = limits.limiter("publik-alamat-laporan",
                properties.rateLimit().perAddressPerReport(), properties.rateLimit().perReportWindow());
    }

    @GetMapping("/{kodePublik}")
    ResponseEntity<String> page(@PathVariable String kodePublik,
                                @RequestParam(name = "pelacakan", required = false) String trackingCode) {
        Optional<PublicReport> report = reports.find(kodePublik);
        if (report.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, PublicPage.notFound());
        }
        Instant now = now();
        TrackedQuestion tracked = trackingCode == null ? null
                : reports.question(report.get(), trackingCode).orElse(null);
        return html(HttpStatus.OK, PublicPage.report(report.get(), tokens.issue(kodePublik, now), now, tracked,
                trackingCode, null, null));
    }

    @PostMapping(path = "/{kodePublik}/pertanyaan", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> ask(@PathVariable String kodePublik,
                               @RequestParam(required = false) String token,
                               @RequestParam(required = false) String nama,
                               @RequestParam(required = false) String kontak,
                               @RequestParam(required = false) String isi,
                               @RequestHeader(name = HttpHeaders.ORIGIN, required = false) String origin,
                               HttpServletRequest request) {
        Optional<PublicReport> found = reports.find(kodePublik);
        if (found.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, PublicPage.notFound());
        }
        PublicReport report = found.get();
        Instant now = now();
        FormInput input = new FormInput(nama, kontak, isi);
        // First, so that a citizen whose page stayed open past the window learns why, whatever the token's age.
        if (!report.feedbackOpen(now)) {
            return html(HttpStatus.CONFLICT, PublicPage.report(report, tokens.issue(kodePublik, now), now, null, null,
                    "Masa tanggapan sudah berakhir; pertanyaan tidak disimpan.", input));
        }
        if (!sameOrigin(origin, request) || !tokens.isValid(token, kodePublik, now)) {
            return html(HttpStatus.FORBIDDEN, PublicPage.refusal("Formulir tidak dapat diterima",
                    "Formulir ini sudah kedaluwarsa atau tidak dikirim dari halaman laporan. Buka kembali halaman "
                            + "laporan, lalu kirim pertanyaan Anda sekali lagi. Pertanyaan belum disimpan.",
                    kodePublik));
        }
        // The client address is the connection's, or X-Forwarded-For's only when the connection comes from a
        // configured proxy (server.tomcat.remoteip.internal-proxies): a forged header from anywhere else is ignored.
        String address = request.getRemoteAddr();
        String senderOfReport = kodePublik + " " + address;
        if (!acquireAll(now, address, senderOfReport, kodePublik)) {
            return html(HttpStatus.TOO_MANY_REQUESTS, PublicPage.refusal("Terlalu banyak pertanyaan",
                    "Terlalu banyak pertanyaan dikirim dalam waktu singkat. Pertanyaan Anda belum disimpan; "
                            + "silakan coba lagi beberapa saat lagi.", kodePublik));
        }
        String trackingCode;
        try {
            trackingCode = questions.submit(kodePublik, nama, kontak, isi);
        } catch (SipaQuestions.InvalidQuestionException e) {
            releaseAll(now, address, senderOfReport, kodePublik);
            return html(HttpStatus.BAD_REQUEST, PublicPage.report(report, tokens.issue(kodePublik, now), now, null,
                    null, e.getMessage() + " Pertanyaan belum disimpan.", input));
        } catch (SipaQuestions.FeedbackClosedException e) {
            releaseAll(now, address, senderOfReport, kodePublik);
            return html(HttpStatus.CONFLICT, PublicPage.report(report, tokens.issue(kodePublik, now), now, null, null,
                    e.getMessage(), input));
        } catch (SipaQuestions.ReportNotFoundException e) {
            releaseAll(now, address, senderOfReport, kodePublik);
            return html(HttpStatus.NOT_FOUND, PublicPage.notFound());
        } catch (RuntimeException failure) {
            releaseAll(now, address, senderOfReport, kodePublik);
            throw failure;
        }
        log.info("Pertanyaan masyarakat {} diterima untuk laporan {}", trackingCode, kodePublik);
        URI page = UriComponentsBuilder.fromPath(PATH).pathSegment(kodePublik)
                .queryParam("pelacakan", trackingCode).fragment("pertanyaan-anda").build().encode().toUri();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(page).build();
    }

    /** Counts the post against the address, the address's share of the report and the report, or against none. */
    private boolean acquireAll(Instant now, String address, String senderOfReport, String kodePublik) {
        if (!perAddress.tryAcquire(address, now)) {
            return false;
        }
        if (!perAddressOfReport.tryAcquire(senderOfReport, now)) {
            perAddress.release(address, now);
            return false;
        }
        if (!perReport.tryAcquire(kodePublik, now)) {
            perAddress.release(address, now);
            perAddressOfReport.release(senderOfReport, now);
            return false;
        }
        return true;
    }

    /** A post that stored nothing does not count against the citizen, the address or the report. */
    private void releaseAll(Instant now, String address, String senderOfReport, String kodePublik) {
        perAddress.release(address, now);
        perAddressOfReport.release(senderOfReport, now);
        perReport.release(kodePublik, now);
    }

    @GetMapping("/{kodePublik}/foto/{slot}")
    ResponseEntity<byte[]> photo(@PathVariable String kodePublik, @PathVariable String slot) {
        if (!slot.matches("[1-3]")) {
            return ResponseEntity.notFound().build();
        }
        return reports.find(kodePublik)
                .flatMap(report -> reports.photo(report, Integer.parseInt(slot)))
                .map(photo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(photo.contentType()))
                        .cacheControl(CacheControl.noCache())
                        .body(photo.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /**
     * Browsers send Origin with every cross-site form post; when present it must name this server. Without it the
     * form token alone decides (older browsers, privacy settings).
     */
    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        if (origin == null || origin.isBlank()) {
            return true;
        }
        try {
            URI from = URI.create(origin.strip());
            String host = request.getHeader(HttpHeaders.HOST);
            String authority = from.getPort() < 0 ? from.getHost() : from.getHost() + ":" + from.getPort();
            return host != null && from.getHost() != null && (host.equalsIgnoreCase(authority)
                    || host.equalsIgnoreCase(from.getHost()));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /**
     * nosniff and the referrer policy come from the shared security-headers filter (set here as well, they were sent
     * twice). Its policy is same-origin, not no-referrer: under no-referrer browsers send "Origin: null" with the
     * form, which the origin check refuses.
     */
    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(HTML)
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
