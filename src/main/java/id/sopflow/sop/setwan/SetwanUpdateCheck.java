package id.sopflow.sop.setwan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.verification.KelengkapanCheck;

/**
 * Completing a periodic update (row 4) requires a note of what was updated; links of updated or new posts are
 * optional, but each must be a web address.
 */
@Component("setwanUpdateCheck")
class SetwanUpdateCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        KelengkapanCheck check = new KelengkapanCheck();
        check.required("Catatan pembaruan", SetwanVariables.CATATAN_PEMBARUAN.from(task).orElse(null));
        check.webAddresses(SetwanVariables.TAUTAN_PEMBARUAN.from(task).orElse(null));
        check.result().refuseIfIncomplete("\n");
    }
}
