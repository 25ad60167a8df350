package id.sopflow.caseheader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sopflow.testkit.SharedContextTest;

/**
 * A step created in the running command writes its card copies without asking the database for variables it cannot
 * have; a step loaded from the database still reads its own.
 */
@SharedContextTest
class NewTaskVariablesTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void camundaStillKeepsTaskVariablesWhereThisLooks() {
        assertThat(NewTaskVariables.STORE).as("TaskEntity.variableStore (Camunda upgrade?)").isNotNull();
    }

    @Test
    void aTaskInsertedInThisCommandKnowsItHasNoVariablesAndKeepsWhatWasWrittenBefore() {
        assertThatThrownBy(() -> commands().execute(context -> {
            TaskEntity fresh = new TaskEntity();
            fresh.insert();
            NewTaskVariables.startEmpty(fresh);
            assertThat(store(fresh).isInitialized()).as("no query left to ask").isTrue();
            assertThat(fresh.getVariablesLocal()).isEmpty();
            fresh.setVariableLocal("kasusJudul", "Laporan");
            assertThat(fresh.getVariableLocal("kasusJudul")).isEqualTo("Laporan");

            TaskEntity written = new TaskEntity();
            written.insert();
            written.setVariableLocal("catatan", "ditulis lebih dulu");
            NewTaskVariables.startEmpty(written);
            assertThat(written.getVariableLocal("catatan")).isEqualTo("ditulis lebih dulu");
            throw new RolledBack();
        })).isInstanceOf(RolledBack.class);
    }

    @Test
    void aTaskLoadedFromTheDatabaseStillReadsItsVariables() {
        Task task = engine.getTaskService().newTask();
        engine.getTaskService().saveTask(task);
        try {
            engine.getTaskService().setVariableLocal(task.getId(), "kasusJudul", "Laporan Desa Babayau");
            Object seen = commands().execute(context -> {
                TaskEntity loaded = context.getTaskManager().findTaskById(task.getId());
                NewTaskVariables.startEmpty(loaded);
                return loaded.getVariableLocal("kasusJudul");
            });
            assertThat(seen).isEqualTo("Laporan Desa Babayau");
        } finally {
            engine.getTaskService().deleteTask(task.getId(), true);
        }
    }

    private org.camunda.bpm.engine.impl.interceptor.CommandExecutor commands() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }

    private static VariableStore<?> store(TaskEntity task) {
        return (VariableStore<?>) NewTaskVariables.STORE.get(task);
    }

    /** Leaves nothing behind: the command's inserts are never flushed. */
    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super("rolled back on purpose");
        }
    }
}
