package id.sopflow.mutubaku;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The one late-step handler every SOP diagram uses: each user task's non-interrupting timer boundary event leads
 * straight to an end event "Terlambat dicatat" whose start listener is {@code ${lateStepHandler}} (Modeler template
 * "sopflow: Catat langkah terlambat"); a service task {@code ${lateStepHandler}} in that place works the same. The
 * late step is the activity that boundary event is attached to.
 */
@Component("lateStepHandler")
public class LateStepHandler implements JavaDelegate {

    private final LateSteps lateSteps;

    public LateStepHandler(LateSteps lateSteps) {
        this.lateSteps = lateSteps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Activity step = lateStep((FlowNode) execution.getBpmnModelElementInstance());
        String mutuBaku = step instanceof UserTask userTask ? userTask.getCamundaDueDate() : null;
        lateSteps.markLate(execution.getProcessInstanceId(), step.getId(), mutuBaku);
    }

    /** Searches the flows rather than {@code getIncoming()}: that needs bpmn:incoming, which hand-written XML may omit. */
    private static Activity lateStep(FlowNode handler) {
        return handler.getModelInstance().getModelElementsByType(SequenceFlow.class).stream()
                .filter(flow -> flow.getTarget() == handler)
                .map(SequenceFlow::getSource)
                .filter(BoundaryEvent.class::isInstance)
                .map(source -> ((BoundaryEvent) source).getAttachedTo())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Elemen " + handler.getId()
                        + " harus dicapai langsung dari timer batas sebuah langkah (lihat GUIDE §3)"));
    }
}
