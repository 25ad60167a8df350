package id.sopflow.reporting;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;
import id.sopflow.identity.UserNames;

/**
 * A case as the history recorded it, also after it ended, for every page and report that reads cases back: the case's
 * own variables, the tasks of a {@link SopStep}, what a task saw and who did it, each read once per case and only when
 * asked for. Also the one place that says when a task counts as done ({@link #completed}).
 *
 * <p>Inside a delegate, history written in the same transaction is not visible yet: a report reads it after a
 * savepoint ({@code camunda:asyncBefore}).
 */
@Component
public class CaseHistory {

    /** Camunda's delete reason of a task that was completed (any other reason: it was cancelled). */
    private static final String COMPLETED = "completed";

    private final HistoryService historyService;
    private final IdentityService identityService;
    private final SopSteps steps;

    public CaseHistory(HistoryService historyService, IdentityService identityService, SopSteps steps) {
        this.historyService = historyService;
        this.identityService = identityService;
        this.steps = steps;
    }

    /** Whether the task was done by someone, not cancelled by a boundary event, a message or the case's end. */
    public static boolean completed(HistoricTaskInstance task) {
        return task.getEndTime() != null && COMPLETED.equals(task.getDeleteReason());
    }

    /** The case with this process instance id; nothing is read until asked for. */
    public Case of(String caseId) {
        return new Case(caseId);
    }

    /** One case's history, read lazily and kept. */
    public final class Case {

        private final String id;
        private Map<String, Object> variables;
        private List<HistoricTaskInstance> tasks;
        private List<HistoricVariableInstance> allVariables;
        private List<HistoricVariableUpdate> updates;
        private Map<String, String> parentActivityInstance;
        private final Map<String, String> names = new HashMap<>();

        private Case(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The case's own value (not a task's or a subprocess's copy of the same name), if it is set. */
        public <T> Optional<T> get(ProcessVariable<T> variable) {
            return variable.from(variables());
        }

        /** The case's own text, stripped, if it is set and not blank. */
        public Optional<String> text(ProcessVariable<String> variable) {
            return get(variable).map(String::strip).filter(text -> !text.isEmpty());
        }

        /** Whether the case has the variable with a value; for a file: whether one was stored, without its content. */
        public boolean has(ProcessVariable<?> variable) {
            return variables().containsKey(variable.name());
        }

        /** The case's tasks of the step, by template or {@code langkah} property, not element id; oldest first. */
        public List<HistoricTaskInstance> tasks(SopStep step) {
            return tasks().stream()
                    .filter(task -> steps.is(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), step))
                    .toList();
        }

        /** The case's tasks of the step that ended, done or cancelled; oldest first. */
        public List<HistoricTaskInstance> finished(SopStep step) {
            return tasks(step).stream().filter(task -> task.getEndTime() != null).toList();
        }

        /** The step's task that ended last, if one did. */
        public Optional<HistoricTaskInstance> lastFinished(SopStep step) {
            return finished(step).stream().max(Comparator.comparing(HistoricTaskInstance::getEndTime));
        }

        /** Every task of the case, oldest first. */
        public List<HistoricTaskInstance> tasks() {
            if (tasks == null) {
                tasks = historyService.createHistoricTaskInstanceQuery().processInstanceId(id).list().stream()
                        .sorted(Comparator.comparing(HistoricTaskInstance::getStartTime)).toList();
            }
            return tasks;
        }

        /**
         * A variable as the task saw it: local to the task, set by the task (typically by its form), or local to the
         * scope the task runs in (e.g. a question's event subprocess), innermost first. Never another scope's value.
         */
        public <T> Optional<T> valueFor(HistoricTaskInstance task, ProcessVariable<T> variable) {
            String name = variable.name();
            Optional<Object> local = allVariables().stream()
                    .filter(value -> name.equals(value.getName()) && task.getId().equals(value.getTaskId()))
                    .map(HistoricVariableInstance::getValue).filter(Objects::nonNull).findFirst();
            Optional<Object> value = local.or(() -> setBy(task, name).map(HistoricVariableUpdate::getValue))
                    .or(() -> {
                        String scope = parentActivityInstances().get(task.getActivityInstanceId());
                        return Stream.of(task.getActivityInstanceId(), id.equals(scope) ? null : scope)
                                .filter(Objects::nonNull)
                                .flatMap(activityInstance -> allVariables().stream()
                                        .filter(candidate -> name.equals(candidate.getName())
                                                && activityInstance.equals(candidate.getActivityInstanceId())))
                                .map(HistoricVariableInstance::getValue)
                                .filter(Objects::nonNull)
                                .findFirst();
                    });
            return value.flatMap(found -> variable.from(Map.of(name, found)));
        }

        /** Who completed the task: its assignee, else the user the operation log names. */
        public Optional<String> doneBy(HistoricTaskInstance task) {
            if (task.getAssignee() != null) {
                return Optional.of(task.getAssignee());
            }
            return historyService.createUserOperationLogQuery().taskId(task.getId())
                    .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
                    .map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst();
        }

        /** "Admin SIPA Kecamatan Paringin (admin-sipa)"; the id alone for a user no longer known. */
        public String displayName(String userId) {
            return names.computeIfAbsent(userId, user -> UserNames.displayName(identityService, user));
        }

        /** The last value of a variable that was set while working on this task. */
        private Optional<HistoricVariableUpdate> setBy(HistoricTaskInstance task, String name) {
            if (updates == null) {
                updates = historyService.createHistoricDetailQuery().processInstanceId(id).variableUpdates()
                        .disableBinaryFetching().disableCustomObjectDeserialization()
                        .orderPartiallyByOccurrence().asc()
                        .list().stream()
                        .map(HistoricVariableUpdate.class::cast)
                        .toList();
            }
            return updates.stream()
                    .filter(update -> name.equals(update.getVariableName()))
                    .filter(update -> task.getId().equals(update.getTaskId())
                            || Objects.equals(task.getActivityInstanceId(), update.getActivityInstanceId()))
                    .reduce((first, second) -> second);
        }

        private List<HistoricVariableInstance> allVariables() {
            if (allVariables == null) {
                allVariables = historyService.createHistoricVariableInstanceQuery().processInstanceId(id)
                        .disableBinaryFetching().disableCustomObjectDeserialization().list();
            }
            return allVariables;
        }

        private Map<String, String> parentActivityInstances() {
            if (parentActivityInstance == null) {
                parentActivityInstance = new HashMap<>();
                for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
                        .processInstanceId(id).list()) {
                    parentActivityInstance.put(activity.getId(), activity.getParentActivityInstanceId());
                }
            }
            return parentActivityInstance;
        }

        /** File variables stand as their name and type only: their content is read by whoever shows the file. */
        private Map<String, Object> variables() {
            if (variables == null) {
                variables = new HashMap<>();
                for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                        .processInstanceId(id).disableBinaryFetching().list()) {
                    Object value = variable.getTypedValue() instanceof FileValue file ? file : variable.getValue();
                    if (id.equals(variable.getActivityInstanceId()) && value != null) {
                        variables.put(variable.getName(), value);
                    }
                }
            }
            return variables;
        }
    }
}
