package id.sopflow.sop.ppid;

import java.util.Map;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.sopflow.ExtensionProperties;
import id.sopflow.ProcessVariable;
import id.sopflow.sop.RequiredFieldsCheck;
import id.sopflow.verification.ReviewRoundRecorder;

/**
 * Bean names that PPID diagram versions already deployed still call, so their running cases complete as before.
 * The current diagram declares the same rule itself (row 2: "isianWajib") or relies on a shared step instead (the
 * review gates: the shared review history, {@code reviewHistory}, tells the Admin Medsos why a draft came back).
 */
@Configuration
class PpidDeployedVersions {

    /** Read only by the draft forms deployed with those versions (their "Dikembalikan oleh" box). */
    static final ProcessVariable<String> CATATAN_REVISI = ProcessVariable.string("catatanRevisi");
    static final ProcessVariable<String> DIKEMBALIKAN_OLEH = ProcessVariable.string("dikembalikanOleh");

    @Bean("ppidInstructionCheck")
    TaskListener instructionCheckBeforeDeclaredFields() {
        return RequiredFieldsCheck.fixed(Map.of(PpidVariables.INSTRUKSI_SEKSI.name(), "Instruksi kepada Admin Medsos"),
                null);
    }

    /**
     * The review gates' revision note of versions deployed before the draft form relied on the shared review
     * history alone: versions older than that history have no other place that shows the reason. A Tidak leaves the
     * reason and the gate's actor; a Ya clears them, so an older refusal is never shown as the current one.
     */
    @Bean("ppidRevisionNote")
    TaskListener revisionNoteBeforeSharedReviewHistory() {
        return task -> {
            // The gate is told by its template field "keputusan", not by its element id, which may be renamed.
            boolean ketua = PpidVariables.MATERI_DISETUJUI.name().equals(ExtensionProperties
                    .of(task.getBpmnModelElementInstance()).get(ReviewRoundRecorder.DECISION_PROPERTY));
            ProcessVariable<Boolean> decision = ketua ? PpidVariables.MATERI_DISETUJUI : PpidVariables.KONSEP_SESUAI;
            ProcessVariable<String> reason = ketua ? PpidVariables.ALASAN_MATERI_DITOLAK
                    : PpidVariables.ALASAN_KONSEP_TIDAK_SESUAI;
            if (decision.require(task)) {
                task.removeVariable(CATATAN_REVISI.name());
                task.removeVariable(DIKEMBALIKAN_OLEH.name());
                return;
            }
            CATATAN_REVISI.set(task, reason.require(task).strip());
            DIKEMBALIKAN_OLEH.set(task, ketua ? "Ketua PPID" : "Seksi Pengolahan Data dan Dokumentasi Informasi");
        };
    }
}
