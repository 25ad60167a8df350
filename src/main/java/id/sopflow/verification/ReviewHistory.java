package id.sopflow.verification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;
import id.sopflow.caseheader.CaseHeader;
import id.sopflow.identity.UserNames;
import id.sopflow.mutubaku.IndonesianTime;
import id.sopflow.mutubaku.MutuBakuCalendars;

/**
 * Tells whoever reworks a piece of work why it came back: when a rework task is created (SIPA "Perbaiki laporan",
 * PPID konsep back to Admin Medsos, Setwan materi back to Staf, Profil SK back to Kasi/Kabid, kampung data back to
 * its Pokja), the case's review rounds ({@link ReviewRounds}) are written into two task-local variables that the
 * task's form shows at the top:
 * <ul>
 *   <li>{@value #LAST_ROUND}: the last decision, who made it, when, and the reason;</li>
 *   <li>{@value #EARLIER_ROUNDS}: the rounds before it, newest first, for whoever wants to read back.</li>
 * </ul>
 * Plain text, never markup (forms show it as text). Task-local, so a later task of the case does not inherit a
 * stale copy; the recorded rounds stay the one source. Placed in a diagram as
 * {@code <camunda:taskListener event="create" delegateExpression="${reviewHistory}" />}.
 */
@Component("reviewHistory")
public class ReviewHistory implements TaskListener {

    public static final ProcessVariable<String> LAST_ROUND = ProcessVariable.string("tinjauanTerakhir");
    public static final ProcessVariable<String> EARLIER_ROUNDS = ProcessVariable.string("riwayatTinjauan");

    private final ReviewRounds reviewRounds;
    private final MutuBakuCalendars calendars;

    public ReviewHistory(ReviewRounds reviewRounds, MutuBakuCalendars calendars) {
        this.reviewRounds = reviewRounds;
        this.calendars = calendars;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!EVENTNAME_CREATE.equals(task.getEventName())) {
            throw new ProcessEngineException("reviewHistory hanya untuk event create, bukan " + task.getEventName()
                    + " (tugas " + task.getTaskDefinitionKey() + ").");
        }
        List<ReviewRound> rounds = new ArrayList<>(reviewRounds.of(task.getProcessInstanceId()));
        Collections.reverse(rounds);
        if (rounds.isEmpty()) {
            return;
        }
        String processKey = CaseHeader.processKey(task.getExecution());
        var zone = calendars.forProcess(processKey, task.getTenantId()).zone();
        var model = task.getExecution().getBpmnModelInstance();
        List<String> described = rounds.stream().map(round -> {
            var step = model.getModelElementById(round.stepId());
            String stepName = step == null ? round.stepId() : String.valueOf(step.getAttributeValue("name"));
            String reviewer = round.reviewerId() == null ? "tidak diketahui"
                    : UserNames.displayName(task.getProcessEngineServices().getIdentityService(), round.reviewerId());
            return (round.approved() ? "Ya" : "Tidak") + " — " + stepName + " (putaran " + round.round() + "), oleh "
                    + reviewer + ", " + IndonesianTime.format(round.decidedAt(), zone)
                    + (round.reason() == null ? "" : "\nAlasan/catatan: " + round.reason());
        }).toList();
        LAST_ROUND.setLocal(task, described.get(0));
        if (described.size() > 1) {
            EARLIER_ROUNDS.setLocal(task, described.subList(1, described.size()).stream()
                    .collect(Collectors.joining("\n\n")));
        }
    }
}
