package id.sopflow.sop.ppid;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.ExtensionProperties;
import id.sopflow.ProcessVariable;

/**
 * Completing a review gate ({@link PpidElements#PERIKSA_KONSEP} by Seksi PDDI, {@link PpidElements#SETUJUI_MATERI}
 * by the Ketua PPID), after {@code reviewRoundRecorder} accepted the decision: a Tidak leaves its reason and the
 * gate's actor for the Admin Medsos's revision ({@link PpidVariables#CATATAN_REVISI}, {@link
 * PpidVariables#DIKEMBALIKAN_OLEH}); a Ya clears them. Set at the decision itself because the gates' own variables
 * keep older decisions: after the Ketua's Tidak and Seksi PDDI's later Tidak both say false.
 */
@Component("ppidRevisionNote")
class PpidRevisionNote implements TaskListener {

    static final String DECISION_FIELD = "keputusan";

    @Override
    public void notify(DelegateTask task) {
        // The gate is told by its template field "keputusan" (which variable it decides), not by its element id,
        // which a process owner may rename in Modeler.
        boolean ketua = PpidVariables.MATERI_DISETUJUI.name().equals(
                ExtensionProperties.of(task.getBpmnModelElementInstance()).get(DECISION_FIELD));
        ProcessVariable<Boolean> decision = ketua ? PpidVariables.MATERI_DISETUJUI : PpidVariables.KONSEP_SESUAI;
        ProcessVariable<String> reason = ketua ? PpidVariables.ALASAN_MATERI_DITOLAK
                : PpidVariables.ALASAN_KONSEP_TIDAK_SESUAI;
        if (decision.require(task)) {
            task.removeVariable(PpidVariables.CATATAN_REVISI.name());
            task.removeVariable(PpidVariables.DIKEMBALIKAN_OLEH.name());
            return;
        }
        PpidVariables.CATATAN_REVISI.set(task, reason.require(task).strip());
        PpidVariables.DIKEMBALIKAN_OLEH.set(task, ketua ? "Ketua PPID"
                : "Seksi Pengolahan Data dan Dokumentasi Informasi");
    }
}
