package id.sopflow.sop.profil;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.sopflow.ExtensionProperties;
import id.sopflow.reporting.ArchivedReport;
import id.sopflow.reporting.NewReport;
import id.sopflow.reporting.ReportArchive;
import id.sopflow.verification.UploadedFile;

/**
 * Archives an uploaded document of the activity (the signed SK in row 7, the minutes of the closing meeting in row
 * 13) in the report archive (pencatatan: the SOP's output "Dokumentasi dan Arsip"), where it stays after the case's
 * variables are cleaned up and members of the dinas download it from {@code /api/laporan/{id}}.
 *
 * <p>The service task says what to archive, as extension properties: {@code berkas} (the file variable),
 * {@code judul} (the archive title, before the case's title) and {@code tautan} (the variable that gets the
 * download link). The check on the user task before it has made sure the file is a real PDF/JPEG/PNG.
 */
@Component("profilDocumentArchive")
public class ProfilDocumentArchive implements JavaDelegate {

    private final ReportArchive archive;
    private final RepositoryService repositoryService;

    public ProfilDocumentArchive(ReportArchive archive, RepositoryService repositoryService) {
        this.archive = archive;
        this.repositoryService = repositoryService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, String> properties = ExtensionProperties.of(execution.getBpmnModelElementInstance());
        String fileVariable = required(properties, "berkas", execution);
        String title = required(properties, "judul", execution);
        String linkVariable = required(properties, "tautan", execution);

        UploadedFile file = ProfilDocuments.read(execution.getVariableTyped(fileVariable))
                .orElseThrow(() -> new IllegalStateException("Berkas " + fileVariable + " tidak ada pada kasus "
                        + execution.getProcessInstanceId()));
        String contentType = ProfilDocuments.contentType(file.content())
                .orElseThrow(() -> new IllegalStateException("Berkas " + fileVariable + " bukan PDF/JPEG/PNG"));
        String processKey = repositoryService.getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        String caseTitle = ProfilVariables.JUDUL.from(execution).orElse("");
        ArchivedReport archived = archive.archive(new NewReport(processKey, execution.getProcessInstanceId(),
                execution.getTenantId(), title + (caseTitle.isBlank() ? "" : " — " + caseTitle),
                file.fileName() == null || file.fileName().isBlank() ? fileVariable : file.fileName(),
                contentType, file.content()));
        execution.setVariable(linkVariable, ReportArchive.downloadPath(archived.id()));
    }

    private static String required(Map<String, String> properties, String name, DelegateExecution execution) {
        String value = properties.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Langkah " + execution.getCurrentActivityId()
                    + " belum menyebut extension property " + name + " untuk profilDocumentArchive.");
        }
        return value.strip();
    }
}
