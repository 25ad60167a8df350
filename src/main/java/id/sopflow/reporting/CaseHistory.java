package id.sopflow.reporting;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;

/**
 * A case as the history recorded it, also after it ended, for every page and report that reads cases back: the case's
 * own variables and the tasks of a {@link SopStep}, each read once per case and only when asked for. Also the one
 * place that says when a task counts as done ({@link #completed}).
 */
@Component
public class CaseHistory {

    /** Camunda's delete reason of a task that was completed (any other reason: it was cancelled). */
    private static final String COMPLETED = "completed";

    private final HistoryService historyService;
    private final SopSteps steps;

    public CaseHistory(HistoryService historyService, SopSteps steps) {
        this.historyService = historyService;
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

        /** Every task of the case, oldest first. */
        public List<HistoricTaskInstance> tasks() {
            if (tasks == null) {
                tasks = historyService.createHistoricTaskInstanceQuery().processInstanceId(id).list().stream()
                        .sorted(Comparator.comparing(HistoricTaskInstance::getStartTime)).toList();
            }
            return tasks;
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
