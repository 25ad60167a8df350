package id.sopflow.mutubaku;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records when a late step is finally done. Listens to the task events the Camunda starter publishes inside the
 * engine's transaction, so the record and the completion commit together.
 */
@Component
class LateStepCompletionListener {

    private final LateSteps lateSteps;

    LateStepCompletionListener(LateSteps lateSteps) {
        this.lateSteps = lateSteps;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    public void onComplete(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        lateSteps.completed(task.getId(), authentication != null ? authentication.getUserId() : task.getAssignee());
    }
}
