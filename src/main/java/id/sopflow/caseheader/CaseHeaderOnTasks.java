package id.sopflow.caseheader;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;
import id.sopflow.mutubaku.IndonesianTime;
import id.sopflow.mutubaku.LateSteps;
import id.sopflow.mutubaku.MutuBakuCalendars;

/**
 * Puts the case header ({@link CaseHeader}) and the due date in Indonesian words on every user task of every
 * process when it is created, as task-local variables: the fields Tasklist's cards show in every filter.
 *
 * <p>Why copies on the task: Tasklist reads a card's variables with the user's own rights, and a worker may read the
 * variables of a task they may read, not those of its process instance. Copying widens nothing: the task's
 * readers see only the header of a case whose task they already see. Added to every user task by the engine (no
 * diagram carries it), so a process owner cannot forget it and a new SOP gets it for free.
 */
@Component
class CaseHeaderOnTasks extends AbstractProcessEnginePlugin implements TaskListener {

    /** "Senin, 7 Desember 2026 10.00 WITA": the step's due date as the card shows it. */
    static final ProcessVariable<String> BATAS_WAKTU = ProcessVariable.string(LateSteps.DUE_WORDS_VARIABLE);

    private final MutuBakuCalendars calendars;

    CaseHeaderOnTasks(MutuBakuCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
        if (listeners == null) {
            listeners = new ArrayList<>();
            configuration.setCustomPostBPMNParseListeners(listeners);
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, CaseHeaderOnTasks.this);
            }
        });
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getExecution() == null) {
            return;
        }
        CaseHeader.copy(task.getExecution(), task);
        if (task.getDueDate() != null) {
            String processKey = task.getProcessDefinitionId().split(":")[0];
            BATAS_WAKTU.setLocal(task, IndonesianTime.format(task.getDueDate().toInstant(),
                    calendars.forProcess(processKey, task.getTenantId()).zone()));
        }
    }
}
