package id.sopflow.mutubaku;

import java.util.Comparator;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one late-step handler every SOP diagram uses: each user task's non-interrupting timer boundary event leads
 * straight to an end event "Terlambat dicatat" whose start listener is {@code ${lateStepHandler}} (Modeler template
 * "sopflow: Catat langkah terlambat"); a service task {@code ${lateStepHandler}} in that place works the same. The
 * late step is the activity that boundary event is attached to. A timer run before the step is due is set again
 * (see {@link #rearmIfEarly}).
 */
@Component("lateStepHandler")
public class LateStepHandler implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(LateStepHandler.class);

    private final LateSteps lateSteps;

    public LateStepHandler(LateSteps lateSteps) {
        this.lateSteps = lateSteps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The engine's parsed process, not the BPMN model API: finding the timer through the model searched the
        // whole diagram's XML on every late step (a tenth of the handler's CPU in a flight recording).
        ExecutionEntity handler = (ExecutionEntity) execution;
        ActivityImpl timer = timerOf(handler.getActivity());
        ActivityImpl step = (ActivityImpl) timer.getEventScope();
        String mutuBaku = step.getActivityBehavior() instanceof UserTaskActivityBehavior userTask
                && userTask.getTaskDefinition().getDueDateExpression() != null
                ? userTask.getTaskDefinition().getDueDateExpression().getExpressionText() : null;
        lateSteps.markLate(handler.getProcessDefinition().getKey(), execution.getProcessInstanceId(), step.getId(),
                mutuBaku);
        rearmIfEarly(handler, step, timer.getId());
    }

    /**
     * A timer job run before its step is due (someone pressed "execute job" in Cockpit, an administrator's API call)
     * has used up the non-interrupting timer: without a new one, the step would never be recorded late. So the
     * timer is set again, at the earliest due date of the step's tasks still ahead. A due date moved later by a
     * supervisor is honoured the same way.
     */
    private void rearmIfEarly(ExecutionEntity execution, ActivityImpl step, String timerId) {
        String stepId = step.getId();
        Date now = ClockUtil.getCurrentTime();
        CommandContext context = Context.getCommandContext();
        Optional<TaskEntity> notYetDue = context.getTaskManager()
                .findTasksByProcessInstanceId(execution.getProcessInstanceId()).stream()
                .filter(task -> stepId.equals(task.getTaskDefinitionKey()))
                .filter(task -> task.getDueDate() != null && task.getDueDate().after(now))
                .min(Comparator.comparing(TaskEntity::getDueDate));
        if (notYetDue.isEmpty()) {
            return;
        }
        ExecutionEntity stepExecution = notYetDue.get().getExecution();
        TimerDeclarationImpl declaration = TimerDeclarationImpl.getDeclarationsForScope(step).get(timerId);
        if (declaration == null) {
            throw new IllegalStateException("Timer " + timerId + " langkah " + stepId + " tidak ditemukan");
        }
        TimerEntity timer = declaration.createTimer(stepExecution);
        timer.setDuedate(notYetDue.get().getDueDate());
        log.info("Timer {} dijalankan sebelum langkah {} jatuh tempo; dipasang lagi untuk {}", timerId, stepId,
                timer.getDuedate());
    }

    private static ActivityImpl timerOf(ActivityImpl handler) {
        return handler.getIncomingTransitions().stream()
                .map(flow -> (ActivityImpl) flow.getSource())
                .filter(source -> ActivityTypes.BOUNDARY_TIMER.equals(
                        source.getProperty(BpmnProperties.TYPE.getName())))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Elemen " + handler.getId()
                        + " harus dicapai langsung dari timer batas sebuah langkah (lihat GUIDE §3)"));
    }
}
