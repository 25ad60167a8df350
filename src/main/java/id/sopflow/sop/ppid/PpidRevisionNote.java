package id.sopflow.sop.ppid;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.verification.ReviewRound;
import id.sopflow.verification.ReviewRounds;

/**
 * When row 3 opens ({@link PpidElements#SUSUN_KONSEP}): after a refusal at either gate the Admin Medsos reads the
 * last decision's reason and who gave it ({@link PpidVariables#CATATAN_REVISI}, {@link
 * PpidVariables#DIKEMBALIKAN_OLEH}), taken from the recorded review rounds rather than from the gates' own variables,
 * which keep older decisions of the other gate.
 */
@Component("ppidRevisionNote")
class PpidRevisionNote implements TaskListener {

    private final ReviewRounds reviewRounds;

    PpidRevisionNote(ReviewRounds reviewRounds) {
        this.reviewRounds = reviewRounds;
    }

    @Override
    public void notify(DelegateTask task) {
        List<ReviewRound> rounds = reviewRounds.of(task.getProcessInstanceId());
        ReviewRound last = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
        if (last == null || last.approved()) {
            task.removeVariable(PpidVariables.CATATAN_REVISI.name());
            task.removeVariable(PpidVariables.DIKEMBALIKAN_OLEH.name());
            return;
        }
        PpidVariables.CATATAN_REVISI.set(task, last.reason());
        PpidVariables.DIKEMBALIKAN_OLEH.set(task, gateName(last.stepId()));
    }

    /** The actor of a review gate, as the SOP names them. */
    static String gateName(String stepId) {
        return PpidElements.SETUJUI_MATERI.equals(stepId) ? "Ketua PPID"
                : "Seksi Pengolahan Data dan Dokumentasi Informasi";
    }
}
