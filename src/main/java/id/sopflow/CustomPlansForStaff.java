package id.sopflow;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, plans each statement of a logged-in user's command for its own values
 * ({@code SET LOCAL plan_cache_mode = force_custom_plan}, for that transaction only). A plan cached for "any values"
 * of a prepared statement cannot see how many tasks a desa or a kecamatan holds, and Tasklist's lists under the
 * engine's authorization and tenant checks took a desa user's list from about 50 to 220 ms with the cached plan (README
 * "Kapasitas"). The engine's own work — the job executor, timers, sopflow's work as the system — runs hundreds of small
 * statements per case and keeps PostgreSQL's cached plans: planning each of them again made the engine a third slower
 * when this was set on every connection.
 */
@Component
class CustomPlansForStaff extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                CommandContext context = Context.getCommandContext();
                Authentication caller = context == null ? null : context.getAuthentication();
                if (caller != null && caller.getUserId() != null
                        && "postgres".equals(context.getProcessEngineConfiguration().getDatabaseType())) {
                    try (Statement statement = context.getDbSqlSession().getSqlSession().getConnection()
                            .createStatement()) {
                        statement.execute("SET LOCAL plan_cache_mode = force_custom_plan");
                    } catch (SQLException e) {
                        throw new IllegalStateException("plan_cache_mode tidak dapat diatur", e);
                    }
                }
                return next.execute(command);
            }
        });
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }
}
