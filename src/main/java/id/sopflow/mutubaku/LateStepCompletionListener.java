package id.sopflow.mutubaku;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.sopflow.identity.AsSystem;
import id.sopflow.identity.UserNames;

/**
 * Records when a late step is finally done (or deleted), closing the supervisor's notice when it was the notice's
 * last open step, and records the arahan of a supervisor who closed a notice. Listens to the task events the Camunda
 * starter publishes inside the engine's transaction, so the record and the completion commit together.
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
            notices.noticeEnded(task);
        } else if (mayHaveBeenMarkedLate(task)) {
            lateSteps.completed(task.getId(), by);
        }
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_DELETE + "'")
    public void onDelete(DelegateTask task) {
        if (LateStepNotices.isNotice(task)) {
            notices.noticeEnded(task);
        } else {
            lateSteps.deleted(task.getId());
        }
    }

    /**
     * Whether a completed step can have a late-step record to close. Marking a step late raises its priority to
     * {@link LateSteps#LATE_PRIORITY} and puts the late mark on its card; a step with neither was never marked, and
     * most steps are done in time, so their completion skips the record's update (one statement per step; README
     * "Kapasitas", figure 1). A step whose card is missing is checked the long way.
     */
    private static boolean mayHaveBeenMarkedLate(DelegateTask task) {
        if (task.getPriority() >= LateSteps.LATE_PRIORITY) {
            return true;
        }
        Object dueWords = task.getVariableLocal(LateSteps.DUE_WORDS_VARIABLE);
        return dueWords == null || LateSteps.isMarkedLate(dueWords);
    }
}
