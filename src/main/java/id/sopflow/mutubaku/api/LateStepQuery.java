package id.sopflow.mutubaku.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Sop;
import id.sopflow.mutubaku.DurationWords;
import id.sopflow.mutubaku.LateStepRepository;
import id.sopflow.mutubaku.MutuBakuCalendars;
import id.sopflow.mutubaku.WorkingTimeCalendar;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
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
    /**
     * How far into the list a page may end and still be read by due date, part by part: each part then lists at most
     * this many tasks, below the engine's query-max-results-limit (2000).
     */
    static final int MERGED_PAGE_LIMIT = Paging.MAX_RESULTS;
    /** The most steps of one notice listed: one page at its largest, below the engine's query-max-results-limit. */
    static final int NOTICE_LIMIT = Paging.MAX_RESULTS;

    private final TaskService taskService;
    private final CommandExecutor commands;
    private final RepositoryService repositoryService;
    private final OrganisationDirectory directory;
    private final MutuBakuCalendars calendars;
    private final JdbcTemplate jdbc;
    private final LateStepRepository lateStepRecords;
    private final String cockpitInstanceLink;

    public LateStepQuery(ProcessEngine engine, OrganisationDirectory directory, MutuBakuCalendars calendars,
                         CamundaBpmProperties camunda, JdbcTemplate jdbc, LateStepRepository lateStepRecords) {
        this.taskService = engine.getTaskService();
        this.repositoryService = engine.getRepositoryService();
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.directory = directory;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.lateStepRecords = lateStepRecords;
        this.cockpitInstanceLink = camunda.getWebapp().getApplicationPath() + "/app/cockpit/" + engine.getName()
                + "/#/process-instance/%s/runtime";
    }

    /** Most late first: by working time late, then by wall-clock time late. Every late step, each row built. */
    public List<LateStepRow> find(CallerScope scope, Instant now) {
        return inOneCommand(() -> rows(late(scope, now), now));
    }

    /**
     * One page of {@link #find(CallerScope, Instant)}'s list, in the same order, and the length of the whole list;
     * only the page's rows are built (candidate groups, words, links).
     *
     * <p>Within one working calendar, "most late" is "due earliest": working time late never grows as the due date
     * moves later, and wall time late, the tie-breaker, always shrinks. So the caller's scope is split into parts that
     * one calendar each measures (a Camat's desa all keep the kecamatan's hours); the engine lists each part's
     * earliest-due steps up to the end of the page, ordered by due date, and counts a part only when it filled the
     * page; merging the lists by lateness gives exactly the page that ranking every step would. A kecamatan's 700
     * late steps then cost a count and 50 task rows instead of 700 engine entities. A scope whose calendar depends on
     * the SOP (a tenant outside the organisation file) and a page ending past {@value #MERGED_PAGE_LIMIT} rank every
     * step as {@link #find(CallerScope, Instant)} does. (A task outside any process — only an administrator can make
     * one — is counted by the engine's count but has no row.)
     */
    public LateStepPage find(CallerScope scope, Instant now, Paging paging) {
        return inOneCommand(() -> page(scope, now, paging));
    }

    private LateStepPage page(CallerScope scope, Instant now, Paging paging) {
        long end = (long) paging.firstResult() + paging.maxResults();
        List<Supplier<TaskQuery>> parts = end <= MERGED_PAGE_LIMIT ? parts(scope) : null;
        if (parts == null) {
            List<Open> late = late(scope, now);
            return new LateStepPage(late.size(), rows(paging.of(late), now));
        }
        Date cutoff = Date.from(now);
        long total = 0;
        List<Task> earliest = new ArrayList<>();
        for (Supplier<TaskQuery> part : parts) {
            List<Task> listed = part.get().dueBefore(cutoff)
                    .orderByDueDate().asc().orderByProcessInstanceId().asc()
                    .listPage(0, (int) end);
            earliest.addAll(listed);
            // a part that did not fill the page has been read whole: no need to count it
            total += listed.size() < end ? listed.size() : part.get().dueBefore(cutoff).count();
        }
        return new LateStepPage(Math.toIntExact(total), rows(paging.of(ranked(measured(earliest, now))), now));
    }

    /**
     * The steps a supervisor's notice gathers that are still open, as far as the caller may see them, most late
     * first: what the notice's form lists. At most the {@value #NOTICE_LIMIT} that fell due earliest.
     */
    public LateStepPage ofNotice(CallerScope scope, String noticeTaskId, Instant now, Paging paging) {
        List<String> gathered = lateStepRecords.unfinishedInNotice(noticeTaskId);
        if (gathered.isEmpty()) {
            return new LateStepPage(0, List.of());
        }
        String[] ids = gathered.subList(0, Math.min(gathered.size(), NOTICE_LIMIT)).toArray(String[]::new);
        return inOneCommand(() -> {
            List<Open> steps = ranked(open(scope, now, query -> query.taskIdIn(ids)));
            return new LateStepPage(steps.size(), rows(paging.of(steps), now));
        });
    }

    /**
     * The open steps that fall due after {@code now} and at or before {@code until}, soonest first; their lateness
     * fields are zero.
     */
    public List<LateStepRow> dueBetween(CallerScope scope, Instant now, Instant until) {
        Date after = Date.from(now);
        Date before = Date.from(until.plusMillis(1));
        return inOneCommand(() -> rows(open(scope, now, query -> query.dueAfter(after).dueBefore(before)), now))
                .stream()
                .sorted(Comparator.comparing(LateStepRow::jatuhTempo).thenComparing(LateStepRow::prosesId))
                .toList();
    }

    /**
     * Runs the engine queries of one answer (counts, lists, definitions) and the candidate-group read in one engine
     * command, as the caller: the engine then opens one transaction, sets the caller's plan mode once
     * ({@link id.sopflow.CustomPlansForStaff}) and reads the group ids that hold authorizations once, instead of for
     * every query. On the kabupaten data set each separate command cost about 2 ms beyond its SQL under load.
     */
    private <T> T inOneCommand(Supplier<T> work) {
        return commands.execute(context -> work.get());
    }

    /** The caller's late steps, most late first, measured but not yet made rows. */
    private List<Open> late(CallerScope scope, Instant now) {
        Date cutoff = Date.from(now);
        return ranked(open(scope, now, query -> query.dueBefore(cutoff)));
    }

    /** Most late first: by working time late, then by wall-clock time late, then by process instance. */
    private static List<Open> ranked(List<Open> steps) {
        return steps.stream()
                .sorted(Comparator.comparing(Open::workingTimeLate)
                        .thenComparing(Open::wallTimeLate)
                        .reversed()
                        .thenComparing(open -> open.task().getProcessInstanceId()))
                .toList();
    }

    /**
     * The caller's scope in parts that one calendar each measures, as fresh task queries: the tenants grouped by the
     * calendar of their organisation, and the tenant-less instances of the caller's SOPs grouped by the calendar of
     * the SOP's organisation ({@link MutuBakuCalendars#forProcess}). Null when a tenant has no organisation: its
     * steps' calendar then depends on each step's SOP.
     */
    private List<Supplier<TaskQuery>> parts(CallerScope scope) {
        Map<WorkingTimeCalendar, List<String>> tenantsByCalendar = new LinkedHashMap<>();
        for (String tenant : scope.tenantIds()) {
            Optional<WorkingTimeCalendar> calendar = calendars.forTenant(tenant);
            if (calendar.isEmpty()) {
                return null;
            }
            tenantsByCalendar.computeIfAbsent(calendar.get(), c -> new ArrayList<>()).add(tenant);
        }
        Map<WorkingTimeCalendar, List<String>> sopsByCalendar = new LinkedHashMap<>();
        for (String sop : scope.sopKeysWithoutTenant()) {
            sopsByCalendar.computeIfAbsent(calendars.forProcess(sop, null), c -> new ArrayList<>()).add(sop);
        }
        List<Supplier<TaskQuery>> parts = new ArrayList<>();
        tenantsByCalendar.values().forEach(tenants -> parts.add(
                () -> taskService.createTaskQuery().tenantIdIn(tenants.toArray(String[]::new))));
        sopsByCalendar.values().forEach(sops -> parts.add(
                () -> taskService.createTaskQuery().withoutTenantId().processDefinitionKeyIn(
                        sops.toArray(String[]::new))));
        return parts;
    }

    private List<Open> measured(List<Task> tasks, Instant now) {
        List<Task> ofProcesses = tasks.stream().filter(task -> task.getProcessInstanceId() != null).toList();
        Map<String, ProcessDefinition> definitions = definitions(ofProcesses);
        return ofProcesses.stream()
                .map(task -> measure(task, definitions.get(task.getProcessDefinitionId()), now))
                .toList();
    }

    /** The caller's open process tasks that {@code condition} selects, in both halves of the caller's scope. */
    private List<Open> open(CallerScope scope, Instant now, Consumer<TaskQuery> condition) {
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
        return measured(tasks, now);
    }

    private Open measure(Task task, ProcessDefinition definition, Instant now) {
        String key = definition == null ? null : definition.getKey();
        Instant due = task.getDueDate().toInstant();
        WorkingTimeCalendar calendar = calendars.forProcess(key, task.getTenantId());
        Duration wallTimeLate = due.isBefore(now) ? Duration.between(due, now) : Duration.ZERO;
        return new Open(task, definition, calendar, calendar.workingTimeBetween(due, now), wallTimeLate);
    }

    /** The rows of these steps, in the same order, with their candidate groups read in a few statements. */
    private List<LateStepRow> rows(List<Open> steps, Instant now) {
        Map<String, List<String>> candidateGroups = candidateGroups(steps.stream().map(Open::task).toList());
        return steps.stream()
                .map(step -> row(step, candidateGroups.getOrDefault(step.task().getId(), List.of())))
                .toList();
    }

    private LateStepRow row(Open step, List<String> candidateGroups) {
        Task task = step.task();
        String key = step.definition() == null ? null : step.definition().getKey();
        return new LateStepRow(
                key,
                sopName(key, step.definition()),
                task.getName(),
                task.getTaskDefinitionKey(),
                candidateGroups,
                task.getTenantId(),
                task.getTenantId() == null ? null : directory.tenantName(task.getTenantId()).orElse(task.getTenantId()),
                task.getAssignee(),
                task.getDueDate().toInstant().toString(),
                step.workingTimeLate().toString(),
                step.calendar().words(step.workingTimeLate()),
                step.wallTimeLate().toString(),
                DurationWords.calendarTime(step.wallTimeLate()),
                task.getProcessInstanceId(),
                cockpitInstanceLink.formatted(task.getProcessInstanceId()),
                task.getId());
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

    /**
     * An open step measured against now: enough to rank it and count it, before its row is built.
     *
     * @param definition the step's diagram, null when the caller may not read it
     */
    private record Open(Task task, ProcessDefinition definition, WorkingTimeCalendar calendar,
                        Duration workingTimeLate, Duration wallTimeLate) {
    }
}
