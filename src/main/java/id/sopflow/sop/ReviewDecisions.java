package id.sopflow.sop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import id.sopflow.identity.UserNames;
import id.sopflow.sop.CaseReportLayout.Decision;
import id.sopflow.verification.ReviewRound;
import id.sopflow.verification.ReviewRounds;

/**
 * A case's review rounds as its case report shows them: what {@code reviewRoundRecorder} recorded at every review
 * step, with the reviewers' display names. The one source of rounds for every SOP's report.
 */
@Component
public class ReviewDecisions {

    private final ReviewRounds reviewRounds;
    private final IdentityService identityService;

    public ReviewDecisions(ReviewRounds reviewRounds, IdentityService identityService) {
        this.reviewRounds = reviewRounds;
        this.identityService = identityService;
    }

    /** Every decision of the case in the order decided, for a process with one review step. */
    public List<Decision> of(String caseId) {
        return of(caseId, round -> null);
    }

    /**
     * Every decision of the case in the order decided.
     *
     * @param gate which reviewer's gate a round belongs to, for a process with several review steps
     */
    public List<Decision> of(String caseId, Function<ReviewRound, String> gate) {
        Map<String, String> names = new HashMap<>();
        return reviewRounds.of(caseId).stream()
                .map(round -> new Decision(gate.apply(round), round.round(), round.reviewerId() == null ? null
                        : names.computeIfAbsent(round.reviewerId(),
                                id -> UserNames.displayName(identityService, id)),
                        round.decidedAt(), round.approved(), round.reason()))
                .toList();
    }
}
