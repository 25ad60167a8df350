package id.sopflow.mutubaku;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import id.sopflow.SopflowApplication;

/** Two starts of the application on the same database, as after a restart. */
class TasklistFilterRestartTest {

    static final String EDITED = "Diubah administrator: hanya tugas yang sedang saya kerjakan.";

    @TempDir
    Path dataDir;

    @Test
    void aRestartAddsNoFilterOrGrantAndKeepsWhatAnAdministratorEdited() {
        Map<String, String> firstIds = new HashMap<>();
        long grants;
        try (ConfigurableApplicationContext first = start()) {
            FilterService filterService = first.getBean(ProcessEngine.class).getFilterService();
            for (String name : TasklistFilterTest.OUR_FILTERS) {
                firstIds.put(name, single(filterService, name).getId());
            }
            Filter myTasks = single(filterService, TasklistFilters.MY_TASKS);
            Map<String, Object> properties = new HashMap<>(myTasks.getProperties());
            properties.put("description", EDITED);
            myTasks.setProperties(properties);
            filterService.saveFilter(myTasks);
            grants = filterGrants(first.getBean(ProcessEngine.class).getAuthorizationService());
        }

        try (ConfigurableApplicationContext second = start()) {
            ProcessEngine engine = second.getBean(ProcessEngine.class);
            for (String name : TasklistFilterTest.OUR_FILTERS) {
                assertThat(single(engine.getFilterService(), name).getId()).isEqualTo(firstIds.get(name));
            }
            assertThat(single(engine.getFilterService(), TasklistFilters.MY_TASKS).getProperties())
                    .containsEntry("description", EDITED);
            AuthorizationService authorizationService = engine.getAuthorizationService();
            assertThat(filterGrants(authorizationService)).isEqualTo(grants);
            for (String filterId : firstIds.values()) {
                for (String group : second.getBean(TasklistFilters.class).readerGroups()) {
                    assertThat(authorizationService.createAuthorizationQuery().groupIdIn(group)
                            .resourceType(Resources.FILTER).resourceId(filterId).count())
                            .as("grants of %s on filter %s", group, filterId)
                            .isEqualTo(1);
                }
            }
        }
    }

    /**
     * A file database that outlives the first context. Its own engine name keeps the engine out of the way of the
     * "default" engine that the cached test contexts registered with Camunda (the REST API looks engines up by name).
     */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SopflowApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("sopflow").toAbsolutePath()
                        + ";NON_KEYWORDS=VALUE",
                "--server.port=0",
                "--camunda.bpm.process-engine-name=sopflow-filter-restart");
    }

    private static Filter single(FilterService filterService, String name) {
        List<Filter> filters = filterService.createFilterQuery().filterName(name).list();
        assertThat(filters).as("filters named %s", name).hasSize(1);
        assertThat(filters.get(0).getOwner()).isNull();
        return filters.get(0);
    }

    private static long filterGrants(AuthorizationService authorizationService) {
        return authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count();
    }
}
