package id.sopflow.mutubaku;

import static id.sopflow.mutubaku.LateStepNoticeVariables.ARAHAN;
import static id.sopflow.mutubaku.LateStepNoticeVariables.ARAHAN_PER_LANGKAH;
import static id.sopflow.mutubaku.LateStepNoticeVariables.KASUS_PROSES_ID;
import static id.sopflow.mutubaku.LateStepNoticeVariables.LANGKAH_TASK_ID;
import static id.sopflow.mutubaku.LateStepNoticeVariables.PROCESS_KEY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.sopflow.InputRefusedException;
import id.sopflow.identity.AsSystem;

/**
 * The supervisor's notice that steps are late: one small process of sopflow's own
 * ({@value LateStepNoticeVariables#PROCESS_KEY}, its variables in {@link LateStepNoticeVariables}), whose only task
 * has its own form in Bahasa Indonesia. A notice gathers the late steps of one supervisor group in one desa while it
 * is open ({@code SOPFLOW_LATE_NOTICE}, {@link SupervisorNotifier}): the form lists them from the late-step record
 * (what is late, which SOP and case, who holds it, the mutu baku, the due date, how late it is now, a link to the case
 * in Cockpit) with a field for an arahan on each. A process rather than a free-standing task because Tasklist shows a
 * form only for a task of a process.
 *
 * <p>It closes itself when the last of its late steps is completed or deleted (message
 * {@value #STEP_FINISHED_MESSAGE}), and the supervisor may close it with arahan: they stay in the notice's history
 * and each is written as a comment on its late step, where its workers read it in Tasklist and supervisors in
 * Cockpit's mutu-baku tab. Notices opened before notices gathered steps hold one late step each and close the same
 * way.
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
    /** As long as the arahan field of the notice's form lets it be. */
    static final int MAX_ARAHAN_LENGTH = 2000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNREADABLE_ARAHAN = "Isian arahan tidak terbaca. Muat ulang pemberitahuan ini lalu "
            + "tulis arahannya lagi.";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final LateStepRepository repository;

    LateStepNotices(RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
                    LateStepRepository repository) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.repository = repository;
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

    /**
     * A late step was completed or deleted: closes its notice when no other step it gathers is still open; a notice
     * already closed is left alone.
     */
    void stepFinished(LateStep late) {
        if (late.notificationTaskId() == null
                || repository.openInNotice(late.notificationTaskId(), late.taskId()) > 0) {
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
            log.info("Pemberitahuan langkah terlambat {} ditutup otomatis: langkah terakhirnya, {}, selesai",
                    notice.getId(), late.taskId());
            return null;
        });
    }

    /** The notice's task is gone (closed by its supervisor, by itself, or cancelled): late steps open a new one. */
    void noticeEnded(DelegateTask notice) {
        repository.noticeClosed(notice.getId());
    }

    /** Whether this task is a notice's task. */
    static boolean isNotice(DelegateTask task) {
        return task.getProcessDefinitionId() != null && task.getProcessDefinitionId().startsWith(PROCESS_KEY + ":");
    }

    /**
     * Records the arahan with which a supervisor closed a notice, each as a comment on its late step and case. The
     * server holds the form's rules: arahan only on the steps this notice gathers, each at most
     * {@value #MAX_ARAHAN_LENGTH} characters, and at least one while any of its steps is still open.
     *
     * @param supervisor who closed it, as their name reads
     * @return the comments written
     * @throws InputRefusedException when the arahan break those rules: the notice stays open
     */
    List<String> closedBySupervisor(DelegateTask notice, String supervisor) {
        if (LANGKAH_TASK_ID.from(notice).isPresent()) {
            return closedOneStepNotice(notice, supervisor);
        }
        Map<String, String> arahan = arahanPerStep(ARAHAN_PER_LANGKAH.from(notice).orElse(""));
        List<String> gathered = repository.taskIdsInNotice(notice.getId());
        if (!gathered.containsAll(arahan.keySet())) {
            throw new InputRefusedException("Arahan hanya dapat diberikan untuk langkah yang tercantum dalam "
                    + "pemberitahuan ini. Muat ulang pemberitahuan ini lalu tulis arahannya lagi.");
        }
        if (arahan.isEmpty() && repository.openInNotice(notice.getId(), null) > 0) {
            throw new InputRefusedException("Tulis arahan untuk sedikitnya satu langkah sebelum menutup "
                    + "pemberitahuan ini.");
        }
        List<String> written = new ArrayList<>();
        AsSystem.run(identityService, () -> {
            arahan.forEach((taskId, text) -> {
                String message = COMMENT_PREFIX + supervisor + ": " + text;
                String caseId = repository.find(taskId).map(LateStep::processInstanceId).orElse(null);
                boolean stepOpen = taskService.createTaskQuery().taskId(taskId).count() > 0;
                taskService.createComment(stepOpen ? taskId : null, caseId, message);
                written.add(message);
            });
            return null;
        });
        return written;
    }

    /** The arahan the form sends, by late step; blank ones left out. */
    private static Map<String, String> arahanPerStep(String json) {
        if (json.isBlank()) {
            return Map.of();
        }
        Map<String, Object> parsed;
        try {
            parsed = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InputRefusedException(UNREADABLE_ARAHAN);
        }
        Map<String, String> arahan = new LinkedHashMap<>();
        parsed.forEach((taskId, value) -> {
            if (!(value instanceof String text)) {
                throw new InputRefusedException(UNREADABLE_ARAHAN);
            }
            if (text.strip().length() > MAX_ARAHAN_LENGTH) {
                throw new InputRefusedException("Arahan paling panjang " + MAX_ARAHAN_LENGTH + " karakter; "
                        + "satu arahan Anda " + text.strip().length() + " karakter.");
            }
            if (!text.isBlank()) {
                arahan.put(taskId, text.strip());
            }
        });
        return arahan;
    }

    /** A notice opened before notices gathered steps: one late step, one arahan. */
    private List<String> closedOneStepNotice(DelegateTask notice, String supervisor) {
        Optional<String> lateTaskId = LANGKAH_TASK_ID.from(notice);
        String caseId = KASUS_PROSES_ID.from(notice).orElse(null);
        Optional<String> arahan = ARAHAN.from(notice).filter(text -> !text.isBlank());
        if (arahan.isEmpty() || lateTaskId.isEmpty()) {
            return List.of();
        }
        String message = COMMENT_PREFIX + supervisor + ": " + arahan.get().strip();
        AsSystem.run(identityService, () -> {
            boolean stepOpen = taskService.createTaskQuery().taskId(lateTaskId.get()).count() > 0;
            taskService.createComment(stepOpen ? lateTaskId.get() : null, caseId, message);
            return null;
        });
        return List.of(message);
    }
}
