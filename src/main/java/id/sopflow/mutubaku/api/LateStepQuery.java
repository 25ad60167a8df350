package id.sopflow.mutubaku.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Sop;
import id.sopflow.mutubaku.DurationWords;
import id.sopflow.mutubaku.MutuBakuCalendars;
import id.sopflow.mutubaku.WorkingTimeCalendar;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The open steps that are past their due date, across all SOPs, that the caller may see. Run it with the caller
 * authenticated on the engine: the engine's authorizations narrow what the explicit tenant scope lets through.
 */
@Service
public class LateStepQuery {

    /** Task ids per statement when reading candidate groups: well below every database's bind-parameter limit. */
    private static final int LINK_BATCH = 500;

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final OrganisationDirectory directory;
    private final MutuBakuCalendars calendars;
    private final JdbcTemplate jdbc;
    private final String cockpitInstanceLink;

    public LateStepQuery(ProcessEngine engine, OrganisationDirectory directory, MutuBakuCalendars calendars,
                         CamundaBpmProperties camunda, JdbcTemplate jdbc) {
        this.taskService = engine.getTaskService();
        this.repositoryService = engine.getRepositoryService();
        this.directory = directory;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.cockpitInstanceLink = camunda.getWebapp().getApplicationPath() + "/app/cockpit/" + engine.getName()
                + "/#/process-instance/%s/runtime";
    }

    /** Most late first: by working time late, then by wall-clock time late. */
    public List<LateStepRow> find(CallerScope scope, Instant now) {
        Date cutoff = Date.from(now);
        return rows(scope, now, query -> query.dueBefore(cutoff)).stream()
                .sorted(Comparator.comparing(Ranked::workingTimeLate)
                        .thenComparing(Ranked::wallTimeLate)
                        .reversed()
                        .thenComparing(ranked -> ranked.step().prosesId()))
                .map(Ranked::step)
                .toList();
    }

    /**
     * The open steps that fall due after {@code now} and at or before {@code until}, soonest first; their lateness
     * fields are zero.
     */
    public List<LateStepRow> dueBetween(CallerScope scope, Instant now, Instant until) {
        Date after = Date.from(now);
        Date before = Date.from(until.plusMillis(1));
        return rows(scope, now, query -> query.dueAfter(after).dueBefore(before)).stream()
                .map(Ranked::step)
                .sorted(Comparator.comparing(LateStepRow::jatuhTempo).thenComparing(LateStepRow::prosesId))
                .toList();
    }

    /** The caller's open process tasks that {@code condition} selects, in both halves of the caller's scope. */
    private List<Ranked> rows(CallerScope scope, Instant now, Consumer<TaskQuery> condition) {
        List<Task> tasks = new ArrayList<>();
        if (!scope.tenantIds().isEmpty()) {
            TaskQuery query = taskService.createTaskQuery().tenantIdIn(scope.tenantIdArray());
            condition.accept(query);
            tasks.addAll(query.list());
        }
        if (!scope.sopKeysWithoutTenant().isEmpty()) {
            TaskQuery query = taskService.createTaskQuery()
                    .withoutTenantId()
                    .processDefinitionKeyIn(scope.sopKeysWithoutTenant().toArray(String[]::new));
            condition.accept(query);
            tasks.addAll(query.list());
        }
        List<Task> ofProcesses = tasks.stream().filter(task -> task.getProcessInstanceId() != null).toList();
        Map<String, ProcessDefinition> definitions = definitions(ofProcesses);
        Map<String, List<String>> candidateGroups = candidateGroups(ofProcesses);
        return ofProcesses.stream()
                .map(task -> rank(task, definitions.get(task.getProcessDefinitionId()),
                        candidateGroups.getOrDefault(task.getId(), List.of()), now))
                .toList();
    }

    private Ranked rank(Task task, ProcessDefinition definition, List<String> candidateGroups, Instant now) {
        String key = definition == null ? null : definition.getKey();
        Instant due = task.getDueDate().toInstant();
        WorkingTimeCalendar calendar = calendars.forProcess(key, task.getTenantId());
        Duration workingTimeLate = calendar.workingTimeBetween(due, now);
        Duration wallTimeLate = due.isBefore(now) ? Duration.between(due, now) : Duration.ZERO;
        LateStepRow step = new LateStepRow(
                key,
                sopName(key, definition),
                task.getName(),
                task.getTaskDefinitionKey(),
                candidateGroups,
                task.getTenantId(),
                task.getTenantId() == null ? null : directory.tenantName(task.getTenantId()).orElse(task.getTenantId()),
                task.getAssignee(),
                due.toString(),
                workingTimeLate.toString(),
                calendar.words(workingTimeLate),
                wallTimeLate.toString(),
                DurationWords.calendarTime(wallTimeLate),
                task.getProcessInstanceId(),
                cockpitInstanceLink.formatted(task.getProcessInstanceId()));
        return new Ranked(step, workingTimeLate, wallTimeLate);
    }

    private String sopName(String key, ProcessDefinition definition) {
        return directory.sop(key).map(Sop::name)
                .orElseGet(() -> definition == null || definition.getName() == null ? key : definition.getName());
    }

    /**
     * The candidate groups of these tasks by task id, a few statements for all of them. The tasks come from the
     * caller's own task query, under the engine's authorization and tenant checks; their links are read directly
     * because the engine offers them only one task at a time, each with its own authorization check (one late step,
     * two statements: seconds for a kecamatan). A task the caller may read is a task whose groups the caller may see.
     */
    private Map<String, List<String>> candidateGroups(List<Task> tasks) {
        Map<String, List<String>> groups = new HashMap<>();
        List<String> ids = tasks.stream().map(Task::getId).toList();
        for (int from = 0; from < ids.size(); from += LINK_BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + LINK_BATCH));
            jdbc.query("SELECT TASK_ID_, GROUP_ID_ FROM ACT_RU_IDENTITYLINK WHERE TYPE_ = ? AND GROUP_ID_ IS NOT NULL "
                            + "AND TASK_ID_ IN (" + String.join(",", Collections.nCopies(batch.size(), "?")) + ")",
                    row -> {
                        groups.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2));
                    },
                    parameters(IdentityLinkType.CANDIDATE, batch));
        }
        return groups;
    }

    private static Object[] parameters(String first, List<String> rest) {
        Object[] parameters = new Object[rest.size() + 1];
        parameters[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            parameters[i + 1] = rest.get(i);
        }
        return parameters;
    }

    /** The definitions of these tasks that the caller may read, by id. */
    private Map<String, ProcessDefinition> definitions(List<Task> tasks) {
        String[] ids = tasks.stream().map(Task::getProcessDefinitionId).distinct().toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        return repositoryService.createProcessDefinitionQuery().processDefinitionIdIn(ids).list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
    }

    private record Ranked(LateStepRow step, Duration workingTimeLate, Duration wallTimeLate) {
    }
}
