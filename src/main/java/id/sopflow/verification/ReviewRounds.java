package id.sopflow.verification;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

import id.sopflow.InputRefusedException;

/**
 * Every review gate of every SOP (Verifikasi laporan, Kabag's correction, Kadis's check…) keeps the same record:
 * who decided, when, Ya or Tidak, and why not. A refusal without a reason is not a decision the desa can act on,
 * so it is not accepted.
 */
@Service
public class ReviewRounds {

    private final ReviewRoundRepository repository;

    public ReviewRounds(ReviewRoundRepository repository) {
        this.repository = repository;
    }

    /**
     * Records the next round of a step.
     *
     * @param reason ignored for an approval: the reason variable still holds the previous round's text then
     * @throws InputRefusedException when a refusal has no reason; inside a task completion this rolls the whole
     *                               completion back and the task stays open
     */
    public ReviewRound record(String taskId, String processInstanceId, String stepId, String tenantId,
                              String reviewerId, Instant decidedAt, boolean approved, String reason) {
        String refusalReason = approved || reason == null || reason.isBlank() ? null : reason.strip();
        if (!approved && refusalReason == null) {
            throw new InputRefusedException("Alasan penolakan wajib diisi bila keputusannya Tidak, "
                    + "agar pengirim tahu apa yang harus diperbaiki.");
        }
        ReviewRound round = new ReviewRound(taskId, processInstanceId, stepId,
                repository.nextRound(processInstanceId, stepId), reviewerId, decidedAt, approved, refusalReason,
                tenantId);
        repository.insert(round);
        return round;
    }

    /** The rounds of a case in the order they were decided, across all its review steps. */
    public List<ReviewRound> of(String processInstanceId) {
        return repository.ofProcessInstance(processInstanceId);
    }
}
