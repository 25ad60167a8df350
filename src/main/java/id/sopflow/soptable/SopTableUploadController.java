package id.sopflow.soptable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.sopflow.PublicAddress;
import id.sopflow.deployment.DeploymentRefusedException;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel;

/**
 * The process owner's upload of an SOP table (page {@code /sop-tabel/}): {@code pratinjau} reads and checks the
 * table and answers with the generated diagram's picture, the groups still missing and the organisation-file entry;
 * {@code deploy} generates again from the same file and deploys the diagram and its forms with the owner's own login,
 * so the engine's authorization and sopflow's deployment checks apply exactly as to a deployment from Modeler.
 *
 * <p>Nothing from the preview is kept between the two calls: the server trusts only the file it is sent. An owner
 * may deploy only an SOP of an organisation they belong to, and never over a process key another organisation runs.
 */
@RestController
class SopTableUploadController {

    static final String PATH = "/api/sop-tabel";
    static final String DEPLOYMENT_SOURCE = "sop-tabel";

    private static final Logger log = LoggerFactory.getLogger(SopTableUploadController.class);

    private final IdentityService identityService;
    private final RepositoryService repositoryService;
    private final OrganisationDirectory directory;
    private final PublicAddress publicAddress;

    SopTableUploadController(IdentityService identityService, RepositoryService repositoryService,
                             OrganisationDirectory directory, PublicAddress publicAddress) {
        this.identityService = identityService;
        this.repositoryService = repositoryService;
        this.directory = directory;
        this.publicAddress = publicAddress;
    }

    @PostMapping(PATH + "/pratinjau")
    ResponseEntity<Map<String, Object>> preview(@RequestParam(name = "berkas", required = false) MultipartFile file) {
        return withTable(file, (table, generated) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("nama", table.header().name());
            body.put("kunciProses", table.header().processKey());
            body.put("organisasi", directory.organisation(table.header().organisation())
                    .map(OrganisationModel.Organisation::name).orElse(table.header().organisation()));
            body.put("pelaksana", table.actors().stream().map(OrganisationModel.Actor::name).toList());
            body.put("jumlahLangkah", table.rows().size());
            body.put("jumlahKeputusan", table.rows().stream().filter(SopTable.Row::isDecision).count());
            body.put("versiBerjalan", latest(table.header().processKey()).map(ProcessDefinition::getVersion)
                    .orElse(null));
            body.put("grupBelumAda", missingGroups(table));
            body.put("entriOrganisasi", generated.organisationEntry());
            BpmnModelInstance model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(
                    generated.bpmn().getBytes(StandardCharsets.UTF_8)));
            body.put("diagramSvgBase64", Base64.getEncoder().encodeToString(
                    DiagramSvg.render(model).getBytes(StandardCharsets.UTF_8)));
            return ResponseEntity.ok(body);
        });
    }

    @PostMapping(PATH + "/deploy")
    ResponseEntity<Map<String, Object>> deploy(@RequestParam(name = "berkas", required = false) MultipartFile file) {
        return withTable(file, (table, generated) -> {
            String key = table.header().processKey();
            DeploymentBuilder builder = repositoryService.createDeployment()
                    .name(key)
                    .source(DEPLOYMENT_SOURCE);
            generated.diagrams().forEach(builder::addString);
            generated.forms().forEach((name, form) -> builder.addString("forms/" + name, form));
            DeploymentWithDefinitions deployment;
            try {
                deployment = builder.deployWithResult();
            } catch (DeploymentRefusedException refused) {
                return problems(HttpStatus.UNPROCESSABLE_ENTITY, refused.problems());
            } catch (AuthorizationException denied) {
                return message(HttpStatus.FORBIDDEN, "Anda tidak berwenang mendeploy proses. Hanya pemilik proses "
                        + "(grup pemilik-proses) yang dapat melakukannya.");
            }
            ProcessDefinition definition = deployment.getDeployedProcessDefinitions().stream()
                    .filter(deployed -> deployed.getKey().equals(key)).findFirst().orElseThrow();
            log.info("{} mendeploy SOP {} versi {} dari tabel", caller().getUserId(), key, definition.getVersion());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("pesan", "SOP \"" + table.header().name() + "\" sudah dideploy sebagai versi "
                    + definition.getVersion() + ". Kasus baru memakai versi ini; kasus yang sedang berjalan tetap pada "
                    + "versinya." + (missingGroups(table).isEmpty() ? "" : " Ingat: administrator masih harus "
                    + "menambahkan grup " + String.join(", ", missingGroups(table)) + "."));
            body.put("processDefinitionId", definition.getId());
            body.put("versi", definition.getVersion());
            body.put("tautanCockpit", publicAddress.cockpitDefinition(definition.getId()));
            return ResponseEntity.status(HttpStatus.CREATED).body(body);
        });
    }

    private interface TableAction {
        ResponseEntity<Map<String, Object>> apply(SopTable table, GeneratedSop generated);
    }

    /** Reads, checks and generates; answers every problem of the table, or who may not do this, in Bahasa Indonesia. */
    private ResponseEntity<Map<String, Object>> withTable(MultipartFile file, TableAction action) {
        if (file == null || file.isEmpty()) {
            return message(HttpStatus.BAD_REQUEST, "Pilih berkas tabel SOP (XLSX atau CSV) untuk diunggah.");
        }
        Authentication caller = caller();
        if (caller == null || !deploys(caller)) {
            return message(HttpStatus.FORBIDDEN, "Hanya pemilik proses (grup pemilik-proses) yang dapat mengunggah "
                    + "tabel SOP.");
        }
        SopTable table;
        try (InputStream in = file.getInputStream()) {
            table = SopTableReader.read(in, file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
        } catch (SopTableProblems problems) {
            return problems(HttpStatus.UNPROCESSABLE_ENTITY, problems.problems());
        } catch (IOException unreadable) {
            return message(HttpStatus.BAD_REQUEST, "Berkas tidak dapat dibaca. Unggah berkas XLSX atau CSV.");
        }
        String organisation = table.header().organisation();
        List<String> problems = new ArrayList<>();
        if (directory.organisation(organisation).isEmpty()) {
            problems.add("Organisasi \"" + organisation + "\" tidak ada di berkas organisasi. Tulis id organisasi "
                    + "seperti di organisasi.yaml, mis. kec-paringin.");
        }
        if (!problems.isEmpty()) {
            return problems(HttpStatus.UNPROCESSABLE_ENTITY, problems);
        }
        List<String> tenants = caller.getTenantIds() == null ? List.of() : caller.getTenantIds();
        if (!tenants.contains(organisation)) {
            return message(HttpStatus.FORBIDDEN, "Anda bukan pemilik proses di organisasi \"" + organisation + "\". "
                    + "Anda hanya dapat mengunggah SOP organisasi Anda sendiri.");
        }
        Optional<OrganisationModel.Sop> running = directory.sop(table.header().processKey());
        if (running.isPresent() && !running.get().organisation().equals(organisation)) {
            return message(HttpStatus.FORBIDDEN, "Kunci proses \"" + table.header().processKey() + "\" sudah dipakai "
                    + "SOP organisasi lain. Pilih kunci proses lain.");
        }
        return action.apply(table, SopGenerator.generate(table));
    }

    private Authentication caller() {
        return identityService.getCurrentAuthentication();
    }

    private boolean deploys(Authentication caller) {
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        return directory.model().roles().stream()
                .anyMatch(role -> role.deploys() && groups.contains(role.group()));
    }

    private List<String> missingGroups(SopTable table) {
        return table.actors().stream().map(OrganisationModel.Actor::group)
                .filter(group -> identityService.createGroupQuery().groupId(group).count() == 0)
                .distinct().toList();
    }

    private Optional<ProcessDefinition> latest(String key) {
        return Optional.ofNullable(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
                .withoutTenantId().latestVersion().singleResult());
    }

    private static ResponseEntity<Map<String, Object>> problems(HttpStatus status, List<String> problems) {
        return ResponseEntity.status(status).body(Map.of("pesan", "Tabel SOP belum dapat dipakai.",
                "masalah", problems));
    }

    private static ResponseEntity<Map<String, Object>> message(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("pesan", message, "masalah", List.of(message)));
    }
}
