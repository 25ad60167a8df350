package id.sopflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Some of the engine's counts ignore tenants: the history statistics of a process definition
 * ({@code /history/process-definition/{id}/statistics}), the task report by task name
 * ({@code /history/task/report?reportType=count&groupBy=taskName}) and the metrics ({@code /metrics/...}, counted
 * for the whole engine). Read by staff of one desa they showed how many reports every other desa had in each step.
 * Only administrators run them; everyone else gets 403 in Bahasa Indonesia and can read their own counts through the
 * tenant-checked queries (process instances, history, Cockpit's lists), which are left as they are.
 *
 * <p>Checked in front of the command itself, so that {@code /engine-rest}, the webapps' copy and any Java caller
 * are covered alike; sopflow's own work without a login is not affected.
 */
@Component
class StatisticsForAdministrators extends AbstractProcessEnginePlugin {

    static final String MESSAGE = "Akses ditolak: statistik dan metrik mesin mencakup semua desa dan organisasi, "
            + "hanya administrator yang boleh membacanya.";

    /** The commands, by class name, that count across tenants. */
    private static final Set<String> ACROSS_TENANTS = Set.of(
            "org.camunda.bpm.engine.impl.HistoricActivityStatisticsQueryImpl",
            "org.camunda.bpm.engine.impl.HistoricCaseActivityStatisticsQueryImpl",
            "org.camunda.bpm.engine.impl.HistoricTaskInstanceReportImpl$HistoricTaskInstanceCountByNameCmd",
            "org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl",
            "org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl$MetricsQuerySumCmd",
            "org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl$MetricsQueryIntervalCmd",
            "org.camunda.bpm.engine.impl.cmd.GetUniqueTaskWorkerCountCmd");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (ACROSS_TENANTS.contains(command.getClass().getName())) {
                    Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
                    if (caller != null && caller.getUserId() != null
                            && !NoPasswordOracle.isAdministrator(configuration, caller)) {
                        throw new AuthorizationException(MESSAGE);
                    }
                }
                return next.execute(command);
            }
        });
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }
}
