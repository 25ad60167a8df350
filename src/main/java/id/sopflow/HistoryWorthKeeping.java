package id.sopflow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.jobexecutor.TimerExecuteNestedActivityJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

import id.sopflow.caseheader.CaseHeaderOnTasks;
import id.sopflow.mutubaku.LateStepNoticeVariables;
import id.sopflow.mutubaku.LateStepNotices;

/**
 * History level "full" (same id and name, so an existing database and {@code camunda.bpm.history-level: full} stay
 * as they are) without three kinds of rows that repeat what history or sopflow's own tables already hold, written
 * for every step of every case or for every late step:
 * <ul>
 * <li>the case header and due-date words copied onto each open task for Tasklist's cards
 * ({@link CaseHeaderOnTasks#TASK_COPIES}): their source, the case's variables and the task's due date, are in history;</li>
 * <li>the creation and deletion log of a step's mutu-baku timer (a boundary timer): a step's timer is created with the
 * step and removed when the step is done in time, which the task's own history says. A timer that fires or fails is
 * still logged, as are all other jobs.</li>
 * <li>the facts a supervisor's late-step notice ({@link LateStepNotices}) is started with (who is told, its title and
 * text, the desa; in notices opened before they gathered steps also each step's facts): the late steps themselves are
 * in the late-step record ({@code SOPFLOW_LATE_STEP}) and their cases. The arahan the supervisor closes it with
 * ({@link LateStepNoticeVariables#ARAHAN_PER_LANGKAH}, formerly {@link LateStepNoticeVariables#ARAHAN}) is kept.</li>
 * </ul>
 * Measured with the engine-overhead benchmark: 24 of sopflow's 318 statements per case of the SOP-shaped model, and
 * the rows the end of the case would stamp with their removal time.
 */
@Component
class HistoryWorthKeeping extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels();
        if (levels == null) {
            levels = new ArrayList<>();
            configuration.setCustomHistoryLevels(levels);
        }
        // the engine picks the last level of the configured name: this one, not its own "full"
        levels.add(new FullWithoutRepeats());
    }

    static final class FullWithoutRepeats extends HistoryLevelFull {

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            return !isTaskCopy(entity) && !isStepTimerBookkeeping(eventType, entity) && !isNoticeFact(entity);
        }

        private static boolean isTaskCopy(Object entity) {
            if (entity instanceof VariableInstanceEntity variable) {
                return variable.getTaskId() != null && CaseHeaderOnTasks.TASK_COPIES.contains(variable.getName());
            }
            if (entity instanceof HistoricVariableUpdateEventEntity update) {
                return ((HistoricDetailEventEntity) update).getTaskId() != null
                        && CaseHeaderOnTasks.TASK_COPIES.contains(update.getVariableName());
            }
            return false;
        }

        private static boolean isNoticeFact(Object entity) {
            if (entity instanceof VariableInstanceEntity variable) {
                return !isArahan(variable.getName()) && isNotice(variable.getProcessDefinitionId());
            }
            if (entity instanceof HistoricVariableUpdateEventEntity update) {
                return !isArahan(update.getVariableName())
                        && (LateStepNoticeVariables.PROCESS_KEY.equals(update.getProcessDefinitionKey())
                                || isNotice(update.getProcessDefinitionId()));
            }
            return false;
        }

        /** The supervisor's arahan, in either form a notice has had: kept, unlike the facts it was started with. */
        private static boolean isArahan(String name) {
            return LateStepNoticeVariables.ARAHAN_PER_LANGKAH.name().equals(name)
                    || LateStepNoticeVariables.ARAHAN.name().equals(name);
        }

        private static boolean isNotice(String processDefinitionId) {
            if (processDefinitionId == null) {
                return false;
            }
            if (processDefinitionId.startsWith(LateStepNoticeVariables.PROCESS_KEY + ":")) {
                return true;
            }
            // The engine drops the "key:version:" prefix from an id longer than 64 characters (version 10 on). A
            // running process's definition is in the deployment cache; reading it there asks the database nothing.
            ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
            if (processDefinitionId.contains(":") || engine == null) {
                return false;
            }
            var definition = engine.getDeploymentCache().findProcessDefinitionFromCache(processDefinitionId);
            return definition != null && LateStepNoticeVariables.PROCESS_KEY.equals(definition.getKey());
        }

        private static boolean isStepTimerBookkeeping(HistoryEventType eventType, Object entity) {
            return (eventType == HistoryEventTypes.JOB_CREATE || eventType == HistoryEventTypes.JOB_DELETE)
                    && entity instanceof TimerEntity timer
                    && TimerExecuteNestedActivityJobHandler.TYPE.equals(timer.getJobHandlerType());
        }
    }
}
