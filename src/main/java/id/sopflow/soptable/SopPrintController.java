package id.sopflow.soptable;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import id.sopflow.identity.AsSystem;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel;

/**
 * The deployed SOP printed in the Permenpan layout, for signature: {@code GET /api/sop/{processKey}/cetak.pdf}, the
 * latest deployed version or {@code ?versi=N}. For the process owners ({@code pemilik-proses}) and supervisors
 * ({@code pengawas}, or the SOP's own supervising group) of the organisation that runs the SOP. The caller is
 * authenticated on the engine by {@link id.sopflow.identity.ApiAuthenticationFilter}; the diagram is then read as the
 * system, as the rule above is sopflow's, not an engine authorization.
 */
@RestController
class SopPrintController {

    static final String PATH = "/api/sop/{processKey}/cetak.pdf";
    static final Set<String> PRINTING_ROLES = Set.of("pemilik-proses", "pengawas");

    private static final Logger log = LoggerFactory.getLogger(SopPrintController.class);

    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final OrganisationDirectory directory;

    SopPrintController(RepositoryService repositoryService, IdentityService identityService,
                       OrganisationDirectory directory) {
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.directory = directory;
    }

    @GetMapping(PATH)
    ResponseEntity<?> print(@PathVariable String processKey, @RequestParam(name = "versi", required = false)
            Integer version) {
        Authentication caller = identityService.getCurrentAuthentication();
        List<String> tenants = caller == null || caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
        Optional<ProcessDefinition> found = AsSystem.run(identityService,
                () -> definition(processKey, version, tenants));
        if (found.isEmpty()) {
            return message(HttpStatus.NOT_FOUND, version == null
                    ? "SOP \"" + processKey + "\" tidak ditemukan: belum ada diagram dengan kunci proses ini yang "
                    + "dipasang. Periksa kunci proses pada tautan."
                    : "SOP \"" + processKey + "\" versi " + version + " tidak ditemukan. Hapus ?versi= untuk "
                    + "mencetak versi terbaru.");
        }
        ProcessDefinition definition = found.get();
        Optional<OrganisationModel.Sop> sop = directory.sop(processKey);
        String organisation = sop.map(OrganisationModel.Sop::organisation).orElseGet(() -> directory
                .organisationOfTenant(definition.getTenantId()).map(OrganisationModel.Organisation::id)
                .orElse(definition.getTenantId()));
        if (!mayPrint(caller, sop, organisation)) {
            log.debug("Cetak SOP {} ditolak untuk {}", processKey, caller == null ? null : caller.getUserId());
            return message(HttpStatus.FORBIDDEN, "Anda tidak berwenang mencetak SOP ini. SOP hanya dapat dicetak "
                    + "oleh pemilik proses dan pengawas (Camat, Ketua PPID, Kabag, Kadis) organisasi "
                    + directory.organisation(organisation).map(OrganisationModel.Organisation::name)
                    .orElse("yang menjalankannya") + ".");
        }
        SopTable table;
        try {
            table = AsSystem.run(identityService, () -> new DiagramTableReader(directory).read(
                    repositoryService.getBpmnModelInstance(definition.getId()),
                    called -> definition(called, null, tenants).map(d -> repositoryService.getBpmnModelInstance(d.getId()))));
        } catch (UnreadableDiagramException e) {
            return message(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
        String organisationName = directory.organisation(table.header().organisation())
                .map(OrganisationModel.Organisation::name).orElse(table.header().organisation());
        byte[] pdf = SopTablePdf.render(table, organisationName);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("sop-" + processKey + "-versi-" + definition.getVersion() + ".pdf").build()
                        .toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(pdf);
    }

    /**
     * A process owner or supervisor (or the SOP's supervising group) who works for the SOP's organisation, or a user of
     * the SOP's own supervising group who works for one of its desa/units. An SOP that
     * no organisation runs yet (not in the organisation file, deployed without tenant) is printed for process owners.
     */
    private boolean mayPrint(Authentication caller, Optional<OrganisationModel.Sop> sop, String organisation) {
        if (caller == null) {
            return false;
        }
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        List<String> tenants = caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
        if (organisation == null) {
            return groups.contains("pemilik-proses");
        }
        boolean role = groups.stream().anyMatch(PRINTING_ROLES::contains)
                || sop.map(OrganisationModel.Sop::supervisor).filter(groups::contains).isPresent();
        if (role && tenants.contains(organisation)) {
            return true;
        }
        // The SOP's own supervising group may work for one desa/unit of the organisation (the Kepala Desa of a desa
        // service SOP): its users are in that unit's tenant alone, and print that SOP.
        return sop.map(OrganisationModel.Sop::supervisor).filter(groups::contains).isPresent()
                && tenants.stream().anyMatch(tenant -> directory.organisationOfTenant(tenant)
                        .filter(owner -> owner.id().equals(organisation)).isPresent());
    }

    /** The SOP as deployed for everyone or for one of the caller's tenants (a desa may run its own trial version). */
    private Optional<ProcessDefinition> definition(String processKey, Integer version, List<String> tenants) {
        ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey);
        if (tenants.isEmpty()) {
            query.withoutTenantId();
        } else {
            query.tenantIdIn(tenants.toArray(String[]::new)).includeProcessDefinitionsWithoutTenantId();
        }
        if (version != null) {
            query.processDefinitionVersion(version);
        }
        return query.orderByProcessDefinitionVersion().desc().listPage(0, 1).stream().findFirst();
    }

    private static ResponseEntity<Map<String, String>> message(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("pesan", message));
    }

    /** A failing print as {@code {"pesan": "..."}} in Bahasa Indonesia, never a stack trace. */
    @RestControllerAdvice(assignableTypes = SopPrintController.class)
    static class Errors {

        @ExceptionHandler(MethodArgumentTypeMismatchException.class)
        ResponseEntity<Map<String, String>> badVersion(MethodArgumentTypeMismatchException e) {
            return message(HttpStatus.BAD_REQUEST, "Versi harus berupa angka, misalnya ?versi=2.");
        }

        @ExceptionHandler(Exception.class)
        ResponseEntity<Map<String, String>> unexpected(Exception e) {
            log.error("Kesalahan tak terduga saat mencetak SOP", e);
            return message(HttpStatus.INTERNAL_SERVER_ERROR, "SOP tidak dapat dicetak karena kesalahan pada server. "
                    + "Coba lagi nanti atau hubungi administrator sopflow.");
        }
    }
}
