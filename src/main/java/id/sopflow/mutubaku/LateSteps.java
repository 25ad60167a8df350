package id.sopflow.mutubaku;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Sop;

/**
 * Marks steps late and closes the record when they are done. The late step itself is left alone: it stays open,
 * assigned as it was, only its priority goes up so that it rises in Tasklist.
 */
@Service
public class LateSteps {

    private static final Logger log = LoggerFactory.getLogger(LateSteps.class);

    /** Camunda's default task priority is 50; late steps go above every ordinary step. */
    public static final int LATE_PRIORITY = 80;

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final LateStepRepository repository;
    private final OrganisationDirectory directory;
    private final MutuBakuCalendars calendars;

    public LateSteps(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
                     LateStepRepository repository, OrganisationDirectory directory,
                     MutuBakuCalendars calendars) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.repository = repository;
        this.directory = directory;
        this.calendars = calendars;
    }

    /**
     * Records every open, overdue task of a step in a case as late, once. A task whose due date was moved into the
     * future (a supervisor may extend it in Tasklist) is not late.
     *
     * @param mutuBaku the allowed time as written in the diagram, for the record
     * @return the newly recorded late steps
     */
    public List<LateStep> markLate(String processInstanceId, String stepId, String mutuBaku) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        List<Task> open = taskService.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(stepId)
                .list();
        return open.stream()
                .filter(task -> task.getDueDate() != null && !task.getDueDate().toInstant().isAfter(now))
                .filter(task -> !repository.exists(task.getId()))
                .map(task -> record(task, mutuBaku, now))
                .toList();
    }

    /** @return whether the completed task had been recorded as late */
    public boolean completed(String taskId, String completedBy) {
        return repository.markCompleted(taskId, ClockUtil.getCurrentTime().toInstant(), completedBy);
    }

    private LateStep record(Task task, String mutuBaku, Instant now) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        String processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        String candidateGroups = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.joining(","));
        String tenantId = instance != null ? instance.getTenantId() : task.getTenantId();

        LateStep late = new LateStep(task.getId(), processKey, task.getProcessInstanceId(),
                task.getTaskDefinitionKey(), task.getName(), tenantId, candidateGroups, task.getAssignee(), mutuBaku,
                task.getDueDate().toInstant(), now, null, null, null);
        String notificationTaskId = notifySupervisor(late);
        LateStep recorded = new LateStep(late.taskId(), late.processKey(), late.processInstanceId(), late.stepId(),
                late.stepName(), late.tenantId(), late.candidateGroups(), late.assignee(), late.mutuBaku(),
                late.dueAt(), late.detectedAt(), notificationTaskId, null, null);
        repository.insert(recorded);
        if (task.getPriority() < LATE_PRIORITY) {
            taskService.setPriority(task.getId(), LATE_PRIORITY);
        }
        log.info("Langkah terlambat: {} ({}) pada kasus {}", late.stepName(), late.stepId(), late.processInstanceId());
        return recorded;
    }

    /**
     * Gives the SOP's supervisor group a Tasklist task that names the late step; completing it acknowledges it.
     *
     * @return the notification task's id, or null when the SOP has no known supervisor
     */
    private String notifySupervisor(LateStep late) {
        Sop sop = directory.sop(late.processKey()).orElse(null);
        if (sop == null) {
            log.warn("SOP {} tidak ada di berkas organisasi; keterlambatan {} dicatat tanpa pemberitahuan",
                    late.processKey(), late.stepId());
            return null;
        }
        var calendar = calendars.forProcess(late.processKey(), late.tenantId());
        String where = late.tenantId() == null ? "" : " — " + directory.tenantName(late.tenantId())
                .orElse(late.tenantId());
        String actors = late.candidateGroups().isEmpty() ? "-" : List.of(late.candidateGroups().split(",")).stream()
                .map(group -> directory.actorName(group).orElse(group)).collect(Collectors.joining(", "));

        Task notification = taskService.newTask();
        notification.setName("Langkah terlambat: " + late.stepName() + where);
        notification.setDescription("SOP " + sop.name() + where + ".\n"
                + "Langkah \"" + late.stepName() + "\" (pelaksana: " + actors + ", penanggung jawab: "
                + (late.assignee() == null ? "belum diambil siapa pun" : late.assignee()) + ") "
                + "jatuh tempo " + IndonesianTime.format(late.dueAt(), calendar.zone())
                + " (mutu baku " + late.mutuBaku() + ") dan belum selesai.\n"
                + "Lihat kasusnya di Cockpit: /camunda/app/cockpit/default/#/process-instance/"
                + late.processInstanceId() + "/runtime");
        notification.setPriority(LATE_PRIORITY);
        notification.setTenantId(late.tenantId());
        taskService.saveTask(notification);
        taskService.addCandidateGroup(notification.getId(), sop.supervisor());
        return notification.getId();
    }
}
