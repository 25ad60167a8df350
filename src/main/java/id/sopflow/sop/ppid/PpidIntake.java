package id.sopflow.sop.ppid;

import static id.sopflow.sop.ppid.PpidVariables.DISPOSISI;
import static id.sopflow.sop.ppid.PpidVariables.JUDUL;
import static id.sopflow.sop.ppid.PpidVariables.RINGKASAN;
import static id.sopflow.sop.ppid.PpidVariables.TANGGAL_KEGIATAN;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import id.sopflow.verification.UploadedFile;
import id.sopflow.ProcessVariable;
import id.sopflow.caseheader.CaseHeader;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.sop.ppid.PpidRules.Upload;
import id.sopflow.verification.InputRefusedException;

/**
 * Row 1, right after the Ketua PPID's start form ({@link PpidElements#CATAT_BAHAN}, in the start's transaction):
 * refuses incomplete bahan informasi whatever client started the case, so that nothing half-filled reaches Seksi
 * PDDI; drops attachment inputs left empty (Tasklist submits them as empty files); notes the organisation, which
 * comes from the starter's tenant, never from the form.
 */
@Component("ppidIntake")
class PpidIntake implements JavaDelegate {

    private final OrganisationDirectory directory;
    private final CaseHeader caseHeader;

    PpidIntake(OrganisationDirectory directory, CaseHeader caseHeader) {
        this.directory = directory;
        this.caseHeader = caseHeader;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String tenantId = execution.getTenantId();
        if (tenantId == null) {
            throw new InputRefusedException("Penyebarluasan informasi harus dimulai oleh Ketua PPID yang terdaftar "
                    + "pada organisasinya.");
        }
        List<Upload> attachments = new ArrayList<>();
        for (ProcessVariable<FileValue> slot : PpidVariables.LAMPIRAN) {
            FileValue file = slot.from(execution).orElse(null);
            if (UploadedFile.hasContent(file)) {
                attachments.add(PpidFiles.upload(file));
            } else {
                execution.removeVariable(slot.name());
            }
        }
        List<String> problems = PpidRules.bahanInformasi(JUDUL.from(execution).orElse(null),
                TANGGAL_KEGIATAN.from(execution).orElse(null), RINGKASAN.from(execution).orElse(null),
                DISPOSISI.from(execution).orElse(null), attachments);
        if (!problems.isEmpty()) {
            throw new InputRefusedException(String.join("\n", problems));
        }
        JUDUL.set(execution, JUDUL.require(execution).strip());
        TANGGAL_KEGIATAN.set(execution, PpidRules.date(TANGGAL_KEGIATAN.require(execution)).toString());
        PpidVariables.ORGANISASI.set(execution, directory.tenantName(tenantId).orElse(tenantId));
        caseHeader.set(execution, JUDUL.require(execution));
    }
}
