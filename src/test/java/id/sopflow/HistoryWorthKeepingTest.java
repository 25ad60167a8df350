package id.sopflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.jobexecutor.TimerCatchIntermediateEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerExecuteNestedActivityJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.junit.jupiter.api.Test;

import id.sopflow.caseheader.CaseHeader;
import id.sopflow.mutubaku.LateStepNoticeVariables;
import id.sopflow.mutubaku.LateSteps;
import id.sopflow.testkit.PlainTest;

/** History stays "full" for everything but the three kinds of repeated rows (see {@link HistoryWorthKeeping}). */
@PlainTest
class HistoryWorthKeepingTest {

    private final HistoryLevel level = new HistoryWorthKeeping.FullWithoutRepeats();

    @Test
    void keepsTheIdAndNameOfFullSoAnExistingDatabaseStartsAsBefore() {
        assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
        assertThat(level.getName()).isEqualTo("full");
    }

    @Test
    void leavesOutTheCardCopiesOnTasksButKeepsTheSameNamesOnTheCaseAndEveryOtherTaskVariable() {
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
                variable(LateSteps.DUE_WORDS_VARIABLE, "task-1"))).isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
                variable(CaseHeader.JUDUL.name(), "task-1"))).isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
                variable(CaseHeader.JUDUL.name(), null))).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
                variable("tanggapan", "task-1"))).isTrue();
    }

    @Test
    void leavesOutTheFactsALateStepNoticeStartsWithButKeepsTheSupervisorsArahan() {
        String notice = LateStepNoticeVariables.PROCESS_KEY + ":3:1f0c6a2e-d2a4-11f1-9a4e-0242ac120002";
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
                caseVariable(LateStepNoticeVariables.RINGKASAN.name(), notice))).isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
                caseVariable(CaseHeader.JUDUL.name(), notice))).isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
                caseVariable(LateStepNoticeVariables.ARAHAN_PER_LANGKAH.name(), notice))).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
                caseVariable(LateStepNoticeVariables.ARAHAN.name(), notice))).as("an older notice's arahan").isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
                caseVariable(LateStepNoticeVariables.RINGKASAN.name(), "sipa-bermedsos:3:1f0c6a2e-d2a4-11f1-9a4e-0242ac120002"))).isTrue();

        HistoricVariableUpdateEventEntity detail = new HistoricVariableUpdateEventEntity();
        detail.setVariableName(LateStepNoticeVariables.JUDUL_PEMBERITAHUAN.name());
        detail.setProcessDefinitionKey(LateStepNoticeVariables.PROCESS_KEY);
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, detail)).isFalse();
        detail.setVariableName(LateStepNoticeVariables.ARAHAN.name());
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, detail)).isTrue();
        detail.setVariableName(LateStepNoticeVariables.JUDUL_PEMBERITAHUAN.name());
        detail.setProcessDefinitionKey("sipa-bermedsos");
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, detail)).isTrue();
    }

    @Test
    void leavesOutOnlyTheCreationAndDeletionOfStepTimers() {
        TimerEntity stepTimer = new TimerEntity();
        stepTimer.setJobHandlerType(TimerExecuteNestedActivityJobHandler.TYPE);
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_CREATE, stepTimer)).isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_DELETE, stepTimer)).isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_SUCCESS, stepTimer)).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_FAIL, stepTimer)).isTrue();

        TimerEntity otherTimer = new TimerEntity();
        otherTimer.setJobHandlerType(TimerCatchIntermediateEventJobHandler.TYPE);
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_CREATE, otherTimer)).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_CREATE, new MessageEntity())).isTrue();
    }

    private static VariableInstanceEntity caseVariable(String name, String processDefinitionId) {
        VariableInstanceEntity variable = new VariableInstanceEntity();
        variable.setName(name);
        variable.setProcessDefinitionId(processDefinitionId);
        return variable;
    }

    private static VariableInstanceEntity variable(String name, String taskId) {
        VariableInstanceEntity variable = new VariableInstanceEntity();
        variable.setName(name);
        variable.setTaskId(taskId);
        return variable;
    }
}
