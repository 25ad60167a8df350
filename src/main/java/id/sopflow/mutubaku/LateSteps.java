package id.sopflow.mutubaku;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;


/**
 * Marks steps late and closes the record when they are done. The late step itself is left alone: it stays open,
 * assigned as it was, only its priority goes up so that it rises in Tasklist.
 */
@Service
public class LateSteps {

    private static final Logger log = LoggerFactory.getLogger(LateSteps.class);

    /** Camunda's default task priority is 50; late steps go above every ordinary step. */
    public static final int LATE_PRIORITY = 80;
    /**
     * Task-local: the step's due date in words, as every Tasklist card shows it ("Senin, 7 Desember 2026 10.00
     * WITA"); prefixed with "TERLAMBAT" once the step is late, so a late card stands out in every filter.
     */
    public static final String DUE_WORDS_VARIABLE = "kasusBatasWaktu";
    private static final String LATE_MARK = "TERLAMBAT — batas ";
    /** The mark as recognised on a card, whatever the spacing around its dash. */
    private static final Pattern MARKED = Pattern.compile("TERLAMBAT\\s*—\\s*batas\\s*");

    /** A late step's due-date words ({@link #DUE_WORDS_VARIABLE}): the words with the late mark in front. */
    public static String markedLate(String words) {
        return LATE_MARK + words;
    }

    /** Whether a card's due-date words ({@link #DUE_WORDS_VARIABLE}) carry the late mark. */
    public static boolean isMarkedLate(Object words) {
        return words instanceof String text && MARKED.matcher(text).lookingAt();
    }

    private final TaskService taskService;
    private final LateStepRepository repository;
    private final SupervisorNotifier notifier;
    private final LateStepNotices notices;

    public LateSteps(TaskService taskService, LateStepRepository repository, SupervisorNotifier notifier,
                     LateStepNotices notices) {
        this.taskService = taskService;
        this.repository = repository;
        this.notifier = notifier;
        this.notices = notices;
    }

    /**
     * Records every open, overdue task of a step in a case as late, once. A task whose due date was moved into the
     * future (a supervisor may extend it in Tasklist) is not late.
     *
     * @param processKey the case's SOP
     * @param mutuBaku the allowed time as written in the diagram, for the record
     * @return the newly recorded late steps
     */
    public List<LateStep> markLate(String processKey, String processInstanceId, String stepId, String mutuBaku) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        List<Task> open = taskService.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(stepId)
                .list();
        return open.stream()
                .filter(task -> task.getDueDate() != null && !task.getDueDate().toInstant().isAfter(now))
                .filter(task -> !repository.exists(task.getId()))
                .map(task -> record(task, processKey, mutuBaku, now))
                .toList();
    }

    /**
     * Records the completion of a late step and closes the supervisor's notice about it.
     *
     * @return whether the completed task had been recorded as late
     */
    public boolean completed(String taskId, String completedBy) {
        boolean late = repository.markCompleted(taskId, ClockUtil.getCurrentTime().toInstant(), completedBy);
        if (late) {
            repository.find(taskId).ifPresent(notices::stepFinished);
        }
        return late;
    }

    /** A late step deleted without being done (its case cancelled, a rework loop leaving it): nothing to watch. */
    public void deleted(String taskId) {
        repository.find(taskId).filter(step -> step.completedAt() == null).ifPresent(notices::stepFinished);
    }

    private LateStep record(Task task, String processKey, String mutuBaku, Instant now) {
        String candidateGroups = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.joining(","));
        // a task of a case has its case's tenant
        String tenantId = task.getTenantId();

        LateStep late = new LateStep(task.getId(), processKey, task.getProcessInstanceId(),
                task.getTaskDefinitionKey(), task.getName(), tenantId, candidateGroups, task.getAssignee(), mutuBaku,
                task.getDueDate().toInstant(), now, null, null, null);
        LateStep recorded = late.withNotificationTaskId(notifier.lateStep(late).orElse(null));
        repository.insert(recorded);
        if (task.getPriority() < LATE_PRIORITY) {
            taskService.setPriority(task.getId(), LATE_PRIORITY);
        }
        Object dueWords = taskService.getVariableLocal(task.getId(), DUE_WORDS_VARIABLE);
        if (dueWords != null && !isMarkedLate(dueWords)) {
            taskService.setVariableLocal(task.getId(), DUE_WORDS_VARIABLE, markedLate(dueWords.toString()));
        }
        log.info("Langkah terlambat: {} ({}) pada kasus {}", late.stepName(), late.stepId(), late.processInstanceId());
        return recorded;
    }
}
