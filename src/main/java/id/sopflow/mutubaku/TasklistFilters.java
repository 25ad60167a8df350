package id.sopflow.mutubaku;

import org.springframework.core.annotation.Order;
import id.sopflow.EngineStartupStep;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Actor;
import id.sopflow.identity.OrganisationModel.Role;
import id.sopflow.identity.OrganisationModel.Sop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters every SOP worker starts from, and the READ grants that make them visible to the SOP
 * actor groups and roles.
 *
 * <p>Like the identity seeding, this only adds what is missing. A filter is ours when it has one of these names and
 * no owner; if one exists it is never changed, so what an administrator edited in Tasklist survives a restart (the
 * name is the only mark: Tasklist's edit dialog rewrites the properties and would drop any marker stored there).
 * READ grants missing for a group are added to our filters, so a group added to the organisation file sees them after
 * the next start; a grant an administrator narrowed or turned into a revoke counts as present and is left alone.
 *
 * <p>Ordering: a filter's stored ordering comes first when Tasklist lists its tasks; the sort chosen in Tasklist only
 * breaks ties. Most urgent first is what mutu baku is about, so every filter stores one.
 */
@Component
@Order(30)
public class TasklistFilters implements EngineStartupStep {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    public static final String MY_TASKS = "Tugas Saya";
    public static final String MY_GROUP_TASKS = "Tugas Kelompok Saya";
    public static final String OVERDUE = "Terlambat";
    public static final String DUE_TODAY = "Jatuh Tempo Hari Ini";

    /**
     * The case header every SOP sets ({@link id.sopflow.caseheader.CaseHeader}), copied onto each task so that every
     * worker may read it on the card. Tasklist shows the first two on the card and the rest when the card is
     * unfolded: the title and the desa/kampung or organisation first, then the due date in words and the SOP.
     */
    static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
            shownVariable("kasusJudul", "Judul"),
            shownVariable("kasusUnit", "Desa/unit"),
            shownVariable("kasusBatasWaktu", "Batas waktu"),
            shownVariable("kasusSop", "SOP"));

    static final List<Map<String, String>> OLD_SHOWN_VARIABLES = List.of(
            shownVariable("desa", "Desa"),
            shownVariable("judul", "Judul"));

    /** The start of today and of tomorrow in the server's time zone (Joda DateTime from Camunda's dateTime()). */
    static final String START_OF_TODAY = "${dateTime().withTimeAtStartOfDay().toDate()}";
    static final String START_OF_TOMORROW = "${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}";

    /**
     * Tasklist lists filters by ascending priority and opens the first one. Ours are negative so that a filter an
     * administrator adds with Tasklist's default priority 0 comes after them; the gaps leave room in between.
     */
    static final List<Definition> DEFINITIONS = List.of(
            new Definition(MY_TASKS,
                    "Tugas yang sudah Anda klaim dan sedang Anda kerjakan, yang paling dekat batas waktunya di atas.",
                    -40, "#2563eb",
                    tasks -> tasks.createTaskQuery()
                            .taskAssigneeExpression("${currentUser()}")
                            .orderByDueDate().asc()),
            // Only unclaimed tasks: this is the pool to claim from. A claimed task moves to its assignee's
            // "Tugas Saya" (and to "Terlambat" for everyone who may read it), so it is never worked twice.
            new Definition(MY_GROUP_TASKS,
                    "Tugas untuk kelompok Anda yang belum diklaim siapa pun. Klaim tugas untuk mengerjakannya.",
                    -30, "#16a34a",
                    tasks -> tasks.createTaskQuery()
                            .taskCandidateGroupInExpression("${currentUserGroups()}")
                            .taskUnassigned()
                            .orderByDueDate().asc()),
            // Not narrowed to the user or the user's groups: a worker reads only the steps of their groups and their
            // own (or, in an SOP marked actorsReadEveryStep, every step of its cases in their desa or organisation),
            // while a supervisor (pengawas) who may read all tasks of the organisation sees every late step there. Late steps get their priority raised, so priority leads and the oldest due date follows.
            new Definition(OVERDUE,
                    "Tugas yang sudah melewati batas waktu mutu baku. Yang prioritasnya paling tinggi di atas.",
                    -20, "#dc2626",
                    tasks -> tasks.createTaskQuery()
                            .dueBeforeExpression("${now()}")
                            .orderByTaskPriority().desc()
                            .orderByDueDate().asc()),
            // "Today" is the server's day; WIB and WITA offices sharing one server differ by an hour at midnight.
            // Both bounds are exclusive: a step due at 00:00 was due at the end of yesterday.
            new Definition(DUE_TODAY,
                    "Tugas yang batas waktunya jatuh hari ini, termasuk yang hari ini sudah terlambat.",
                    -10, "#ea580c",
                    tasks -> tasks.createTaskQuery()
                            .dueAfterExpression(START_OF_TODAY)
                            .dueBeforeExpression(START_OF_TOMORROW)
                            .orderByDueDate().asc()));

    private final OrganisationDirectory directory;

    public TasklistFilters(OrganisationDirectory directory) {
        this.directory = directory;
    }

    public void seed(ProcessEngine engine) {
        FilterService filterService = engine.getFilterService();
        AuthorizationService authorizationService = engine.getAuthorizationService();
        Set<String> readers = readerGroups();
        int created = 0;
        int granted = 0;
        int updated = 0;
        for (Definition definition : DEFINITIONS) {
            List<Filter> ours = sharedFilters(filterService, definition.name());
            if (ours.isEmpty()) {
                ours = List.of(filterService.saveFilter(definition.newFilter(filterService, engine.getTaskService())));
                created++;
            }
            for (Filter filter : ours) {
                if (showsOldCardFields(filter)) {
                    Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
                    properties.put("variables", SHOWN_VARIABLES);
                    filterService.saveFilter(filter.setProperties(properties));
                    updated++;
                }
                Set<String> present = groupsWithAuthorizationOn(authorizationService, filter.getId());
                for (String group : readers) {
                    if (!present.contains(group)) {
                        grantRead(authorizationService, group, filter.getId());
                        granted++;
                    }
                }
            }
        }
        log.info("Filter Tasklist: {} filter, {} otorisasi baru ditambahkan, {} kartu diperbarui", created, granted,
                updated);
    }

    /**
     * Filters stored before the case header showed the process variables {@code desa} and {@code judul}, which only
     * readers of the whole process instance (supervisors) could see. Those are moved to the header; a list an
     * administrator changed to anything else is left alone.
     */
    static boolean showsOldCardFields(Filter filter) {
        Object shown = filter.getProperties() == null ? null : filter.getProperties().get("variables");
        return OLD_SHOWN_VARIABLES.equals(shown);
    }

    /** Shared filters of that name: no owner. A user's own filter of the same name is theirs, not ours. */
    static List<Filter> sharedFilters(FilterService filterService, String name) {
        return filterService.createFilterQuery()
                .filterResourceType(EntityTypes.TASK)
                .filterName(name)
                .list().stream()
                .filter(filter -> filter.getOwner() == null)
                .toList();
    }

    /** Every SOP actor group and every role group: everyone who works in Tasklist. */
    public Set<String> readerGroups() {
        Set<String> groups = new LinkedHashSet<>();
        for (Sop sop : directory.sops()) {
            sop.actors().stream().map(Actor::group).forEach(groups::add);
        }
        directory.model().roles().stream().map(Role::group).forEach(groups::add);
        return groups;
    }

    /** Groups with any authorization on the filter, a grant or a revoke: one query per filter, not per group. */
    private static Set<String> groupsWithAuthorizationOn(AuthorizationService authorizationService, String filterId) {
        Set<String> groups = new HashSet<>();
        for (Authorization authorization : authorizationService.createAuthorizationQuery()
                .resourceType(Resources.FILTER)
                .resourceId(filterId)
                .list()) {
            if (authorization.getGroupId() != null) {
                groups.add(authorization.getGroupId());
            }
        }
        return groups;
    }

    private static void grantRead(AuthorizationService authorizationService, String group, String filterId) {
        Authorization grant = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        grant.setGroupId(group);
        grant.setResource(Resources.FILTER);
        grant.setResourceId(filterId);
        grant.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(grant);
    }

    private static Map<String, String> shownVariable(String name, String label) {
        Map<String, String> variable = new LinkedHashMap<>();
        variable.put("name", name);
        variable.put("label", label);
        return variable;
    }

    /** One filter as Tasklist stores it: its query and the properties Tasklist reads. */
    record Definition(String name, String description, int priority, String color,
                      Function<TaskService, TaskQuery> query) {

        Filter newFilter(FilterService filterService, TaskService taskService) {
            Filter filter = filterService.newTaskFilter(name);
            filter.setQuery(query.apply(taskService));
            filter.setProperties(properties());
            return filter;
        }

        Map<String, Object> properties() {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("description", description);
            properties.put("priority", priority);
            properties.put("color", color);
            properties.put("refresh", true);
            properties.put("variables", SHOWN_VARIABLES);
            return properties;
        }
    }

    /** After identity seeding: the groups the filters are shared with must exist. */
    @Override
    public void onEngineBuilt(ProcessEngine engine) {
        seed(engine);
    }
}
