package id.sopflow.reporting;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Download of an archived report, for the members of its tenant. The caller is authenticated on the engine by
 * {@link id.sopflow.identity.ApiAuthenticationFilter}; a report of another tenant is answered exactly like a report
 * that does not exist, so that its existence is not revealed.
 */
@RestController
class ReportController {

    static final String NOT_FOUND_MESSAGE = "Laporan tidak ditemukan, atau Anda tidak berwenang membukanya. "
            + "Periksa tautannya atau hubungi pengirim laporan.";

    private static final Logger log = LoggerFactory.getLogger(ReportController.class);

    private final ReportArchive archive;
    private final IdentityService identityService;

    ReportController(ReportArchive archive, IdentityService identityService) {
        this.archive = archive;
        this.identityService = identityService;
    }

    @GetMapping(ReportArchive.DOWNLOAD_PATH + "/{id}")
    ResponseEntity<?> download(@PathVariable String id) {
        Authentication caller = identityService.getCurrentAuthentication();
        List<String> tenants = caller == null || caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
        Optional<ArchivedReport> report = archive.readableBy(id, tenants);
        if (report.isEmpty()) {
            log.debug("Laporan {} tidak diberikan kepada {}", id, caller == null ? null : caller.getUserId());
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("pesan", NOT_FOUND_MESSAGE));
        }
        ArchivedReport found = report.get();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(found.fileName()).build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(found.content());
    }
}
