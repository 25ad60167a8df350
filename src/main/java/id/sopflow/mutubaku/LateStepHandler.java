package id.sopflow.mutubaku;

import java.util.Comparator;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
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
        BoundaryEvent timer = timerOf((FlowNode) execution.getBpmnModelElementInstance());
        Activity step = timer.getAttachedTo();
        String mutuBaku = step instanceof UserTask userTask ? userTask.getCamundaDueDate() : null;
        lateSteps.markLate(execution.getProcessInstanceId(), step.getId(), mutuBaku);
        rearmIfEarly(execution, step.getId(), timer.getId());
    }

    /**
     * A timer job run before its step is due (someone pressed "execute job" in Cockpit, an administrator's API call)
     * has used up the non-interrupting timer: without a new one, the step would never be recorded late. So the
     * timer is set again, at the earliest due date of the step's tasks still ahead. A due date moved later by a
     * supervisor is honoured the same way.
     */
    private void rearmIfEarly(DelegateExecution execution, String stepId, String timerId) {
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
        TimerDeclarationImpl declaration = TimerDeclarationImpl.getDeclarationsForScope(
                ((ExecutionEntity) execution).getProcessDefinition().findActivity(stepId)).get(timerId);
        if (declaration == null) {
            throw new IllegalStateException("Timer " + timerId + " langkah " + stepId + " tidak ditemukan");
        }
        TimerEntity timer = declaration.createTimer(stepExecution);
        timer.setDuedate(notYetDue.get().getDueDate());
        log.info("Timer {} dijalankan sebelum langkah {} jatuh tempo; dipasang lagi untuk {}", timerId, stepId,
                timer.getDuedate());
    }

    /** Searches the flows rather than {@code getIncoming()}: that needs bpmn:incoming, which hand-written XML may omit. */
    private static BoundaryEvent timerOf(FlowNode handler) {
        return handler.getModelInstance().getModelElementsByType(SequenceFlow.class).stream()
                .filter(flow -> flow.getTarget() == handler)
                .map(SequenceFlow::getSource)
                .filter(BoundaryEvent.class::isInstance)
                .map(BoundaryEvent.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Elemen " + handler.getId()
                        + " harus dicapai langsung dari timer batas sebuah langkah (lihat GUIDE §3)"));
    }
}
