package id.sopflow.mutubaku;

import static id.sopflow.mutubaku.TasklistFilters.DUE_TODAY;
import static id.sopflow.mutubaku.TasklistFilters.MY_GROUP_TASKS;
import static id.sopflow.mutubaku.TasklistFilters.MY_TASKS;
import static id.sopflow.mutubaku.TasklistFilters.OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class TasklistFilterTest {

    static final List<String> OUR_FILTERS = List.of(MY_TASKS, MY_GROUP_TASKS, OVERDUE, DUE_TODAY);
    static final String PROCESS = "tasklist-filter-uji";

    /** A Wednesday, ten in the morning on the server's clock: what the filters' dateTime() calls "today". */
    static final LocalDate TODAY = LocalDate.of(2025, 6, 11);
    static final ZoneId SERVER_ZONE = ZoneId.systemDefault();

    @Autowired
    ProcessEngine engine;
    @Autowired
    TasklistFilters tasklistFilters;

    FilterService filterService;
    TaskService taskService;
    IdentityService identityService;
    AuthorizationService authorizationService;
    String deploymentId;

    @BeforeEach
    void setUp() {
        filterService = engine.getFilterService();
        taskService = engine.getTaskService();
        identityService = engine.getIdentityService();
        authorizationService = engine.getAuthorizationService();
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
        ClockUtil.reset();
        if (deploymentId != null) {
            engine.getRepositoryService().deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void startupCreatesEachFilterOnceWithItsTasklistProperties() {
        for (String name : OUR_FILTERS) {
            Filter filter = sharedFilter(name);
            assertThat(filter.getResourceType()).isEqualTo("Task");
            assertThat(filter.getProperties())
                    .containsEntry("refresh", true)
                    .containsEntry("variables", List.of(
                            Map.of("name", "kasusJudul", "label", "Judul"),
                            Map.of("name", "kasusUnit", "label", "Desa/unit"),
                            Map.of("name", "kasusBatasWaktu", "label", "Batas waktu"),
                            Map.of("name", "kasusSop", "label", "SOP")))
                    .containsKeys("description", "color");
        }
        assertThat(OUR_FILTERS).extracting(name -> ((Number) sharedFilter(name).getProperties().get("priority")).intValue())
                .as("Tasklist lists filters by ascending priority; Tugas Saya opens first")
                .isSortedAccordingTo(Integer::compare)
                .doesNotHaveDuplicates();
    }

    @Test
    void seedingAgainAddsNothing() {
        long authorizations = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count();

        tasklistFilters.seed(engine);

        for (String name : OUR_FILTERS) {
            sharedFilter(name);
        }
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count())
                .isEqualTo(authorizations);
    }

    /** A group's lost grant comes back at the next start; a grant an administrator turned into a revoke stays one. */
    @Test
    void seedingAgainAddsAMissingGrantAndLeavesARevoke() {
        String filterId = sharedFilter(OVERDUE).getId();
        Authorization lost = filterGrant("profil-pokja", filterId);
        authorizationService.deleteAuthorization(lost.getId());
        Authorization narrowed = filterGrant("pengawas", filterId);
        authorizationService.deleteAuthorization(narrowed.getId());
        Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setGroupId("pengawas");
        revoke.setResource(Resources.FILTER);
        revoke.setResourceId(filterId);
        revoke.removePermission(Permissions.READ);
        authorizationService.saveAuthorization(revoke);
        try {
            tasklistFilters.seed(engine);

            assertThat(filterGrant("profil-pokja", filterId).isPermissionGranted(Permissions.READ)).isTrue();
            assertThat(authorizationService.createAuthorizationQuery().groupIdIn("pengawas")
                    .resourceType(Resources.FILTER).resourceId(filterId).list())
                    .extracting(Authorization::getAuthorizationType)
                    .containsExactly(Authorization.AUTH_TYPE_REVOKE);
        } finally {
            authorizationService.deleteAuthorization(revoke.getId());
            tasklistFilters.seed(engine);
        }
        assertThat(filterGrant("pengawas", filterId).isPermissionGranted(Permissions.READ)).isTrue();
    }

    private Authorization filterGrant(String group, String filterId) {
        return authorizationService.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.FILTER)
                .resourceId(filterId).authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
    }

    @Test
    void everyActorAndRoleGroupMayReadEveryFilter() {
        assertThat(tasklistFilters.readerGroups())
                .contains("sipa-pemerintah-desa", "ppid-admin-medsos", "setwan-team-website", "profil-pokja",
                        "pengawas", "pemilik-proses");
        for (String name : OUR_FILTERS) {
            String filterId = sharedFilter(name).getId();
            for (String group : tasklistFilters.readerGroups()) {
                assertThat(authorizationService.isUserAuthorized("seseorang", List.of(group), Permissions.READ,
                        Resources.FILTER, filterId))
                        .as("%s may read %s", group, name)
                        .isTrue();
            }
        }
    }

    @Test
    void aGroupMemberSeesTheFiltersAndAUserWithoutGroupSeesNone() {
        authenticate("admin-sipa");
        assertThat(filterService.createFilterQuery().list())
                .extracting(Filter::getName)
                .filteredOn(OUR_FILTERS::contains)
                .containsExactlyInAnyOrderElementsOf(OUR_FILTERS);

        authenticate("camat-paringin");
        assertThat(filterService.createFilterQuery().list())
                .extracting(Filter::getName)
                .filteredOn(OUR_FILTERS::contains)
                .containsExactlyInAnyOrderElementsOf(OUR_FILTERS);

        identityService.setAuthentication("tamu-tanpa-grup", List.of(), List.of());
        assertThat(filterService.createFilterQuery().list()).isEmpty();
        assertThat(filterService.createFilterQuery().count()).isZero();
    }

    @Test
    void filtersShowTheRightTasksToEachUser() {
        deploy();
        ClockUtil.setCurrentTime(at(TODAY, 10, 0));
        String yesterday = startStep("Laporan kemarin", at(TODAY.minusDays(1), 10, 0));
        String thisMorning = startStep("Laporan pagi ini", at(TODAY, 8, 0));
        String thisAfternoon = startStep("Laporan sore ini", at(TODAY, 15, 0));
        String midnight = startStep("Laporan tengah malam", at(TODAY.plusDays(1), 0, 0));
        String tomorrow = startStep("Laporan besok", at(TODAY.plusDays(1), 9, 0));
        String claimed = startStep("Laporan yang sudah diklaim", at(TODAY.plusDays(2), 9, 0));
        taskService.claim(claimed, "admin-sipa");
        String handedToKasi = startStep("Laporan yang dialihkan ke Kasi", at(TODAY.plusDays(3), 9, 0));
        taskService.setAssignee(handedToKasi, "kasi-sipa");
        // The overdue marking raises a late step's priority; the later one of the two is the more pressing here.
        taskService.setPriority(thisMorning, 80);

        authenticate("admin-sipa");
        assertThat(taskIds(MY_TASKS)).containsExactly(claimed);
        assertThat(taskIds(MY_GROUP_TASKS))
                .as("unclaimed tasks of the group, earliest due first")
                .containsExactly(yesterday, thisMorning, thisAfternoon, midnight, tomorrow);
        assertThat(taskIds(OVERDUE))
                .as("late tasks, highest priority first")
                .containsExactly(thisMorning, yesterday);
        assertThat(taskIds(DUE_TODAY)).containsExactly(thisMorning, thisAfternoon);
        assertThat(filterService.count(sharedFilter(DUE_TODAY).getId(), ourProcess())).isEqualTo(2);

        authenticate("kasi-sipa");
        assertThat(taskIds(MY_GROUP_TASKS)).as("another group's tasks").isEmpty();
        assertThat(taskIds(MY_TASKS)).containsExactly(handedToKasi);
        assertThat(taskIds(OVERDUE)).isEmpty();
        assertThat(taskIds(DUE_TODAY)).isEmpty();

        authenticate("camat-paringin");
        assertThat(taskIds(OVERDUE)).as("a supervisor sees every late step he may read")
                .containsExactly(thisMorning, yesterday);
        assertThat(taskIds(MY_GROUP_TASKS)).isEmpty();
    }

    @Test
    void theNextDayTheFiltersMoveOn() {
        deploy();
        ClockUtil.setCurrentTime(at(TODAY, 10, 0));
        String thisAfternoon = startStep("Laporan sore ini", at(TODAY, 15, 0));
        String tomorrow = startStep("Laporan besok", at(TODAY.plusDays(1), 9, 0));

        ClockUtil.setCurrentTime(at(TODAY.plusDays(1), 8, 0));
        authenticate("admin-sipa");

        assertThat(taskIds(OVERDUE)).containsExactly(thisAfternoon);
        assertThat(taskIds(DUE_TODAY)).containsExactly(tomorrow);
    }

    @Test
    void theFiltersOrderingLeadsOverTheSortChosenInTasklist() {
        deploy();
        ClockUtil.setCurrentTime(at(TODAY, 7, 0));
        String dueLater = startStep("Dibuat dulu, jatuh tempo belakangan", at(TODAY, 15, 0));
        ClockUtil.setCurrentTime(at(TODAY, 7, 30));
        String dueSooner = startStep("Dibuat belakangan, jatuh tempo duluan", at(TODAY, 9, 0));

        authenticate("admin-sipa");
        TaskQuery tasklistSort = taskService.createTaskQuery().processDefinitionKey(PROCESS)
                .orderByTaskCreateTime().asc();
        List<Task> tasks = filterService.list(sharedFilter(MY_GROUP_TASKS).getId(), tasklistSort);
        assertThat(tasks).extracting(Task::getId)
                .containsExactly(dueSooner, dueLater);
    }

    private Filter sharedFilter(String name) {
        List<Filter> filters = TasklistFilters.sharedFilters(filterService, name);
        assertThat(filters).as("shared filter %s", name).hasSize(1);
        return filters.get(0);
    }

    /** The filter's tasks among this test's instances, as Tasklist lists them when searching by process. */
    private List<String> taskIds(String filterName) {
        String filterId = sharedFilter(filterName).getId();
        List<Task> tasks = filterService.list(filterId, ourProcess());
        assertThat(filterService.count(filterId, ourProcess())).isEqualTo(tasks.size());
        return tasks.stream().map(Task::getId).toList();
    }

    private TaskQuery ourProcess() {
        return taskService.createTaskQuery().processDefinitionKey(PROCESS);
    }

    /** Authenticates like the webapps' login: the user's groups and tenants as the identity service knows them. */
    private void authenticate(String userId) {
        identityService.clearAuthentication();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        assertThat(groups).as("groups of %s", userId).isNotEmpty();
        identityService.setAuthentication(userId, groups, tenants);
    }

    private void deploy() {
        RepositoryService repositoryService = engine.getRepositoryService();
        deploymentId = repositoryService.createDeployment()
                .name("uji-filter-tasklist")
                .addClasspathResource("bpmn/tasklist-filter-uji.bpmn")
                .deploy().getId();
    }

    private String startStep(String judul, Date jatuhTempo) {
        RuntimeService runtimeService = engine.getRuntimeService();
        String instanceId = runtimeService.startProcessInstanceByKey(PROCESS, Map.of(
                "desa", "Desa Babayau (contoh)",
                "judul", judul,
                "jatuhTempo", jatuhTempo)).getId();
        return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    }

    private static Date at(LocalDate day, int hour, int minute) {
        return Date.from(LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(SERVER_ZONE).toInstant());
    }
}
