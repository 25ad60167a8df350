package id.sopflow.mutubaku;

import static id.sopflow.mutubaku.LateStepNoticeVariables.ARAHAN;
import static id.sopflow.mutubaku.LateStepNoticeVariables.KASUS_PROSES_ID;
import static id.sopflow.mutubaku.LateStepNoticeVariables.LANGKAH_TASK_ID;
import static id.sopflow.mutubaku.LateStepNoticeVariables.PROCESS_KEY;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.sopflow.identity.AsSystem;

/**
 * The supervisor's notice that a step is late: one small process of sopflow's own
 * ({@value LateStepNoticeVariables#PROCESS_KEY}, its variables in {@link LateStepNoticeVariables}), whose
 * only task has its own form in Bahasa Indonesia (what is late, where, who holds it, the mutu baku, the due date, how
 * late it is now, a link to the case in Cockpit). A process rather than a free-standing task because Tasklist shows
 * a form only for a task of a process.
 *
 * <p>It closes itself when the late step is completed or deleted (message {@value #STEP_FINISHED_MESSAGE}), and the
 * supervisor may close it with an <i>arahan</i>: the arahan stays in the notice's history and is written as a comment
 * on the late step, where its workers read it in Tasklist and supervisors in Cockpit's mutu-baku tab.
 *
 * <p>Deployed by sopflow at startup ({@link LateStepNoticeDeployment}), apart from {@code processes/}: it is machinery
 * shared by every SOP, not an SOP a process owner edits.
 */
@Component
public class LateStepNotices {

    private static final Logger log = LoggerFactory.getLogger(LateStepNotices.class);

    static final String STEP_FINISHED_MESSAGE = "sopflowLangkahTerlambatSelesai";

    /** Written into the comment, so that a reader of the late step knows it is a supervisor's direction. */
    public static final String COMMENT_PREFIX = "Arahan ";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;

    LateStepNotices(RuntimeService runtimeService, TaskService taskService, IdentityService identityService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /**
     * Opens a notice for the supervisor group in the case's tenant (the desa the late step belongs to): the
     * supervisors of that desa see it, as they see the case.
     *
     * @param variables what the form shows, see {@code sopflow-langkah-terlambat.html}
     * @return the notice's task
     */
    String open(String tenantId, VariableMap variables) {
        Authentication current = identityService.getCurrentAuthentication();
        // No user id: the engine makes no authorization check, and the tenant provider gives the case this tenant.
        if (tenantId != null) {
            identityService.setAuthentication(new Authentication(null, List.of(), List.of(tenantId)));
        } else {
            identityService.clearAuthentication();
        }
        try {
            ProcessInstance notice = runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
            // Inside the timer's command the new task is not in the database yet: take it from the session.
            return Context.getCommandContext().getDbEntityManager().getCachedEntitiesByType(TaskEntity.class).stream()
                    .filter(task -> notice.getId().equals(task.getProcessInstanceId()))
                    .findFirst().orElseThrow().getId();
        } finally {
            if (current == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(current);
            }
        }
    }

    /** Closes the notice about a late step that was completed or deleted; a notice already closed is left alone. */
    void stepFinished(LateStep late) {
        if (late.notificationTaskId() == null) {
            return;
        }
        AsSystem.run(identityService, () -> {
            Task notice = taskService.createTaskQuery().taskId(late.notificationTaskId()).singleResult();
            if (notice == null) {
                return null;
            }
            if (notice.getProcessInstanceId() == null) {
                // A free-standing notice from before the notice had its own process.
                taskService.complete(notice.getId());
            } else {
                runtimeService.createMessageCorrelation(STEP_FINISHED_MESSAGE)
                        .processInstanceId(notice.getProcessInstanceId())
                        .correlateWithResult();
            }
            log.info("Pemberitahuan langkah terlambat {} ditutup otomatis: langkah {} selesai", notice.getId(),
                    late.taskId());
            return null;
        });
    }

    /** Whether this task is a notice's task. */
    static boolean isNotice(DelegateTask task) {
        return task.getProcessDefinitionId() != null && task.getProcessDefinitionId().startsWith(PROCESS_KEY + ":");
    }

    /**
     * Records the arahan with which a supervisor closed a notice as a comment on the late step and its case.
     *
     * @param supervisor who closed it, as their name reads
     */
    Optional<String> closedBySupervisor(DelegateTask notice, String supervisor) {
        Optional<String> lateTaskId = LANGKAH_TASK_ID.from(notice);
        String caseId = KASUS_PROSES_ID.from(notice).orElse(null);
        Optional<String> arahan = ARAHAN.from(notice).filter(text -> !text.isBlank());
        if (arahan.isEmpty() || lateTaskId.isEmpty()) {
            return Optional.empty();
        }
        String message = COMMENT_PREFIX + supervisor + ": " + arahan.get().strip();
        AsSystem.run(identityService, () -> {
            boolean stepOpen = taskService.createTaskQuery().taskId(lateTaskId.get()).count() > 0;
            taskService.createComment(stepOpen ? lateTaskId.get() : null, caseId, message);
            return null;
        });
        return Optional.of(message);
    }
}
