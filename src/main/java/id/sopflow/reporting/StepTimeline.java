package id.sopflow.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.sopflow.mutubaku.LateStep;
import id.sopflow.mutubaku.LateStepRepository;
import id.sopflow.mutubaku.WorkingTimeCalendar;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Every step (user task) of a case with the working time it took against its mutu baku, for any SOP's report.
 * Reads committed history: a delegate that calls this should run after a savepoint ({@code camunda:asyncBefore}),
 * or the step completed in the same transaction still shows as open.
 */
@Component
public class StepTimeline {

    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final LateStepRepository lateSteps;

    public StepTimeline(HistoryService historyService, RepositoryService repositoryService,
                        LateStepRepository lateSteps) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.lateSteps = lateSteps;
    }

    /**
     * @param calendar the working-time calendar of the case's organisation
     * @param now      the time of the report: open steps are measured up to it
     */
    public List<StepRecord> of(String processInstanceId, WorkingTimeCalendar calendar, Instant now) {
        Set<String> recordedLate = lateSteps.ofProcessInstance(processInstanceId).stream()
                .map(LateStep::taskId).collect(Collectors.toSet());
        Map<String, BpmnModelInstance> models = new HashMap<>();
        return historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list().stream()
                .sorted(Comparator.comparing(HistoricTaskInstance::getStartTime)
                        .thenComparing(HistoricTaskInstance::getEndTime,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .map(task -> record(task, mutuBaku(task, models), calendar, now, recordedLate.contains(task.getId())))
                .toList();
    }

    private static StepRecord record(HistoricTaskInstance task, String mutuBaku, WorkingTimeCalendar calendar,
                                     Instant now, boolean recordedLate) {
        Instant start = task.getStartTime().toInstant();
        Instant end = task.getEndTime() == null ? null : task.getEndTime().toInstant();
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        StepRecord.State state = end == null ? StepRecord.State.OPEN
                : CaseHistory.completed(task) ? StepRecord.State.DONE : StepRecord.State.CANCELLED;
        Boolean onTime = switch (state) {
            case DONE -> due == null ? null : !end.isAfter(due);
            case OPEN -> due != null && now.isAfter(due) ? Boolean.FALSE : null;
            case CANCELLED -> null;
        };
        Duration workingTime = calendar.workingTimeBetween(start, end == null ? now : end);
        return new StepRecord(task.getId(), task.getTaskDefinitionKey(), task.getName(), start, end, due, mutuBaku,
                workingTime, state, onTime, recordedLate);
    }

    /** The step's {@code camunda:dueDate} as deployed: what the SOP allows, not the computed date. */
    private String mutuBaku(HistoricTaskInstance task, Map<String, BpmnModelInstance> models) {
        if (task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
            return null;
        }
        BpmnModelInstance model = models.computeIfAbsent(task.getProcessDefinitionId(),
                repositoryService::getBpmnModelInstance);
        return model.getModelElementById(task.getTaskDefinitionKey()) instanceof UserTask userTask
                ? userTask.getCamundaDueDate()
                : null;
    }
}
