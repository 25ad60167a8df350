package id.sopflow.sop.ppid;

import static id.sopflow.sop.ppid.PpidVariables.DISPOSISI;
import static id.sopflow.sop.ppid.PpidVariables.JUDUL;
import static id.sopflow.sop.ppid.PpidVariables.RINGKASAN;
import static id.sopflow.sop.ppid.PpidVariables.TANGGAL_KEGIATAN;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;
import id.sopflow.sop.IntakeStep;
import id.sopflow.sop.ppid.PpidRules.Upload;
import id.sopflow.verification.Kelengkapan;
import id.sopflow.verification.UploadedFile;

/**
 * Row 1, PPID's part of the common intake ({@link PpidElements#CATAT_BAHAN}, in the start's transaction): refuses
 * incomplete bahan informasi whatever client started the case, so that nothing half-filled reaches Seksi PDDI, and
 * drops attachment inputs left empty (Tasklist submits them as empty files).
 */
@Component
class PpidBahanIntake implements IntakeStep {

    @Override
    public String processKey() {
        return PpidVariables.PROCESS_KEY;
    }

    @Override
    public void apply(DelegateExecution execution) {
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
        new Kelengkapan(problems).refuseIfIncomplete("\n");
        JUDUL.set(execution, JUDUL.require(execution).strip());
        TANGGAL_KEGIATAN.set(execution, PpidRules.date(TANGGAL_KEGIATAN.require(execution)).toString());
    }
}
