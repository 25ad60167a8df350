package id.sopflow.mutubaku;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.sopflow.identity.AsSystem;
import id.sopflow.identity.UserNames;

/**
 * Records when a late step is finally done (or deleted), closing the supervisor's notice about it, and records the
 * arahan of a supervisor who closed a notice. Listens to the task events the Camunda starter publishes inside the
 * engine's transaction, so the record and the completion commit together.
 */
@Component
class LateStepCompletionListener {

    private final LateSteps lateSteps;
    private final LateStepNotices notices;

    LateStepCompletionListener(LateSteps lateSteps, LateStepNotices notices) {
        this.lateSteps = lateSteps;
        this.notices = notices;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    public void onComplete(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String by = authentication != null ? authentication.getUserId() : task.getAssignee();
        if (LateStepNotices.isNotice(task)) {
            IdentityService identity = task.getProcessEngineServices().getIdentityService();
            notices.closedBySupervisor(task, by == null ? "pengawas"
                    : AsSystem.run(identity, () -> UserNames.displayName(identity, by)));
        } else {
            lateSteps.completed(task.getId(), by);
        }
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_DELETE + "'")
    public void onDelete(DelegateTask task) {
        if (!LateStepNotices.isNotice(task)) {
            lateSteps.deleted(task.getId());
        }
    }
}
