package id.sopflow.caseheader;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableCollectionProvider;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A user task created in the running command has no stored variables: its row is not even written yet. The engine
 * does not know that of a task (it does of a new execution) and fetched the task's variables from the database the
 * first time the card copies were written — one query per step that can only answer "none" (README "Kapasitas": 6 of
 * the statements sopflow added per case of the benchmark's model).
 *
 * <p>Camunda keeps a task's variables in a protected store, hence the field handle. Without it (a Camunda upgrade
 * renamed it) nothing breaks: the task fetches its variables as before, and {@code NewTaskVariablesTest} fails so
 * that the upgrade notices.
 */
final class NewTaskVariables {

    static final VarHandle STORE = storeHandle();

    private NewTaskVariables() {
    }

    /**
     * Marks the variables of a task inserted in this command as known to be none, unless something already read or
     * wrote them (then the store holds what it must and is left alone).
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    static void startEmpty(DelegateTask task) {
        CommandContext context = Context.getCommandContext();
        if (STORE == null || !(task instanceof TaskEntity entity) || context == null
                || !context.getDbEntityManager().getDbEntityCache().isTransient(entity)) {
            return;
        }
        VariableStore store = (VariableStore) STORE.get(entity);
        if (store != null && !store.isInitialized()) {
            store.setVariablesProvider(VariableCollectionProvider.emptyVariables());
            store.forceInitialization();
        }
    }

    private static VarHandle storeHandle() {
        try {
            return MethodHandles.privateLookupIn(TaskEntity.class, MethodHandles.lookup())
                    .findVarHandle(TaskEntity.class, "variableStore", VariableStore.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
