package id.sopflow.caseheader;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import id.sopflow.ParseListeners;
import id.sopflow.ProcessVariable;
import id.sopflow.mutubaku.IndonesianTime;
import id.sopflow.mutubaku.LateSteps;
import id.sopflow.mutubaku.MutuBakuCalendars;

/**
 * Puts the case header ({@link CaseHeader}) and the due date in Indonesian words on every user task of every
 * process when it is created, as task-local variables: the fields Tasklist's cards show in every filter. The due date
 * in words follows the task's due date when it is changed later (a supervisor extending it in Tasklist).
 *
 * <p>Why copies on the task: Tasklist reads a card's variables with the user's own rights, and a worker may read the
 * variables of a task they may read, not those of its process instance. Copying widens nothing: the task's
 * readers see only the header of a case whose task they already see. Added to every user task by the engine (no
 * diagram carries it), so a process owner cannot forget it and a new SOP gets it for free.
 */
@Component
public class CaseHeaderOnTasks extends AbstractProcessEnginePlugin implements TaskListener {

    /** "Senin, 7 Desember 2026 10.00 WITA": the step's due date as the card shows it. */
    static final ProcessVariable<String> BATAS_WAKTU = ProcessVariable.string(LateSteps.DUE_WORDS_VARIABLE);

    /**
     * The variables copied onto every user task: derived from the case's own variables and the task's due date, kept
     * for Tasklist's cards while the task is open, and left out of history ({@code id.sopflow.HistoryWorthKeeping}):
     * the case's variables and the task's due date are there already.
     */
    public static final Set<String> TASK_COPIES = Set.of(CaseHeader.UNIT_ID.name(), CaseHeader.UNIT.name(),
            CaseHeader.JUDUL.name(), CaseHeader.SOP.name(), LateSteps.DUE_WORDS_VARIABLE);

    private final MutuBakuCalendars calendars;

    CaseHeaderOnTasks(MutuBakuCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // update too: a supervisor may move the due date in Tasklist, and the card's words follow it
        ParseListeners.onEveryUserTask(configuration, this, TaskListener.EVENTNAME_CREATE,
                TaskListener.EVENTNAME_UPDATE);
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getExecution() == null) {
            return;
        }
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            NewTaskVariables.startEmpty(task);
            CaseHeader.copy(task.getExecution(), task);
        }
        if (task.getDueDate() == null) {
            if (task.hasVariableLocal(BATAS_WAKTU.name())) {
                task.removeVariableLocal(BATAS_WAKTU.name());
            }
            return;
        }
        String words = IndonesianTime.format(task.getDueDate().toInstant(),
                calendars.forProcess(CaseHeader.processKey(task.getExecution()), task.getTenantId()).zone());
        // A step the late-step handler marked keeps its mark while it is still past due; moved into the future, it
        // reads as an ordinary step again.
        Object current = task.getVariableLocal(BATAS_WAKTU.name());
        boolean stillLate = !task.getDueDate().toInstant().isAfter(ClockUtil.getCurrentTime().toInstant());
        String shown = stillLate && LateSteps.isMarkedLate(current) ? LateSteps.markedLate(words) : words;
        if (!shown.equals(current)) {
            BATAS_WAKTU.setLocal(task, shown);
        }
    }
}
