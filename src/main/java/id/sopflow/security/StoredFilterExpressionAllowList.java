package id.sopflow.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import id.sopflow.deployment.ExpressionAllowList;

/**
 * Stored Tasklist filters may hold expressions, which the engine evaluates for everyone who opens the filter. Only
 * administrators may store filters (authorizations), but an administrator's filter is still not the place for Java:
 * as in Camunda's own later releases, a filter's expressions may use only {@code now()}, {@code dateTime()} (with
 * its date methods), {@code currentUser()} and {@code currentUserGroups()} — see
 * {@link ExpressionAllowList#FILTERS}. Any other is refused when the filter is saved (REST {@code /filter/create},
 * {@code PUT /filter/{id}}, Tasklist, Java), with a 400 naming the field.
 */
@Component
class StoredFilterExpressionAllowList extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFilterService(new CheckedFilterService());
    }

    static class CheckedFilterService extends FilterServiceImpl {

        @Override
        public Filter saveFilter(Filter filter) {
            if (filter.getQuery() instanceof TaskQueryImpl query) {
                List<String> problems = new ArrayList<>();
                List<TaskQueryImpl> branches = query.getQueries();
                for (int i = 0; i < branches.size(); i++) {
                    String path = i == 0 ? "" : "orQueries[" + (i - 1) + "].";
                    branches.get(i).getExpressions().forEach((field, expression) ->
                            ExpressionAllowList.FILTERS.problemsIn(expression).forEach(problem ->
                                    problems.add(path + field + "Expression: " + problem)));
                }
                if (!problems.isEmpty()) {
                    throw new BadUserRequestException("Filter tidak disimpan: ekspresi di filter tersimpan hanya "
                            + "boleh memakai now(), dateTime(), currentUser() dan currentUserGroups(). "
                            + String.join("; ", problems));
                }
            }
            return super.saveFilter(filter);
        }
    }
}
