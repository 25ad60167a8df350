package id.sopflow.sop.ppid;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.verification.KelengkapanCheck;

/**
 * Completing row 2 ({@link PpidElements#BERI_INSTRUKSI}) requires Seksi PDDI's instruction to the Admin Medsos,
 * whatever client completes the task: row 3 is worked from it.
 */
@Component("ppidInstructionCheck")
class PpidInstructionCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        KelengkapanCheck check = new KelengkapanCheck();
        check.required("Instruksi kepada Admin Medsos", PpidVariables.INSTRUKSI_SEKSI.from(task).orElse(null));
        check.result().refuseIfIncomplete(" ");
    }
}
