package id.sopflow.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.QueryValidators.AdhocQueryValidator;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.Validator;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Closes the 7.24.0 Community hole where an expression inside {@code orQueries} of an ad-hoc task query is evaluated
 * although the engine bans expressions in ad-hoc queries: the engine's ban looks only at the top-level query, and
 * the or-branches (built by the REST DTOs and by {@code or()}) are created without it. Anyone who may query tasks
 * could run arbitrary code with it.
 *
 * <p>Every ad-hoc task query enters through {@code TaskService.createTaskQuery()}: the REST API's {@code /task}
 * list and count, the extending query of {@code /filter/{id}/list|count|singleResult}, the webapps' copies of those
 * APIs under {@code /camunda/api/engine}, and Java callers. So the engine gets a task service whose queries carry a
 * validator that checks the top-level query and every or-branch, and refuses any expression with a
 * {@link BadUserRequestException} (HTTP 400). The extending query is validated before the engine merges it into
 * the filter, so a filter's own stored expressions ({@code ${currentUser()}}) keep working; stored filters are
 * written only by administrators (authorization on the filter resource), and are not ad-hoc.
 */
@Component
class AdhocQueryExpressionBan extends AbstractProcessEnginePlugin {

    static final String MESSAGE = "Ekspresi tidak diizinkan dalam kueri tugas ad-hoc (ditemukan: %s). "
            + "Gunakan nilai tetap, atau filter tersimpan yang dibuat administrator. "
            + "Expressions are forbidden in ad-hoc task queries.";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTaskService(new ExpressionSafeTaskService());
    }

    /** The engine's task service, except that its task queries refuse expressions anywhere. */
    static class ExpressionSafeTaskService extends TaskServiceImpl {

        @Override
        public TaskQuery createTaskQuery() {
            TaskQueryImpl query = (TaskQueryImpl) super.createTaskQuery();
            query.removeValidator(AdhocQueryValidator.get());
            query.addValidator(NoExpressions.INSTANCE);
            return query;
        }
    }

    /** Refuses a task query with an expression in itself or in any of its or-branches. */
    enum NoExpressions implements Validator<AbstractQuery<?, ?>> {
        INSTANCE;

        @Override
        public void validate(AbstractQuery<?, ?> query) {
            List<String> found = expressionsIn(query);
            if (!found.isEmpty()) {
                throw new BadUserRequestException(String.format(MESSAGE, String.join(", ", found)));
            }
        }

        static List<String> expressionsIn(AbstractQuery<?, ?> query) {
            List<String> found = new ArrayList<>();
            collect(query, "", found);
            return found;
        }

        /**
         * The query's own expressions, then those of its or-branches, however deep: a REST client can nest
         * {@code orQueries}, which the engine itself never builds. A branch owns a list of branches when it is
         * that list's first entry; branches made with {@code or()} share their root's list and own none.
         */
        private static void collect(AbstractQuery<?, ?> query, String path, List<String> found) {
            query.getExpressions().keySet().stream().sorted()
                    .forEach(field -> found.add(path + field + "Expression"));
            if (query instanceof TaskQueryImpl task && task.getQueries().get(0) == task) {
                List<TaskQueryImpl> branches = task.getQueries();
                for (int i = 1; i < branches.size(); i++) {
                    collect(branches.get(i), path + "orQueries[" + (i - 1) + "].", found);
                }
            }
        }
    }
}
