package id.sopflow;

import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * A process variable with its name and type in one constant, so that delegates, REST code and tests read and write
 * the same thing (see the per-process catalogues, e.g. {@code SipaVariables}): through a delegate's or listener's scope,
 * the task and runtime services, a variable map, or the history, so that no code needs the raw name.
 */
public record ProcessVariable<T>(String name, Class<T> type) {

    public static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }

    public static ProcessVariable<Boolean> bool(String name) {
        return new ProcessVariable<>(name, Boolean.class);
    }

    public static ProcessVariable<Long> number(String name) {
        return new ProcessVariable<>(name, Long.class);
    }

    public static ProcessVariable<Integer> integer(String name) {
        return new ProcessVariable<>(name, Integer.class);
    }

    public static ProcessVariable<Date> date(String name) {
        return new ProcessVariable<>(name, Date.class);
    }

    public static ProcessVariable<FileValue> file(String name) {
        return new ProcessVariable<>(name, FileValue.class);
    }

    /** The value, or empty when the variable is absent or null. */
    public Optional<T> from(VariableScope scope) {
        return Optional.ofNullable(convert(type == FileValue.class ? scope.getVariableTyped(name)
                : scope.getVariable(name)));
    }

    /** The value in a map of variables (a {@code VariableMap}, the variables of a REST request or a test). */
    public Optional<T> from(Map<String, ?> variables) {
        return Optional.ofNullable(convert(variables.get(name)));
    }

    /** The value as the task sees it (its own variables, then its case's), read through the task service. */
    public Optional<T> fromTask(TaskService taskService, String taskId) {
        return Optional.ofNullable(convert(type == FileValue.class ? taskService.getVariableTyped(taskId, name)
                : taskService.getVariable(taskId, name)));
    }

    /** The value in a running case (or one of its executions), read through the runtime service. */
    public Optional<T> fromCase(RuntimeService runtimeService, String executionId) {
        return Optional.ofNullable(convert(type == FileValue.class
                ? runtimeService.getVariableTyped(executionId, name) : runtimeService.getVariable(executionId, name)));
    }

    /**
     * The case's value, also after the case ended, read from the history: the variable of the case itself, not a
     * task's or a subprocess's copy of the same name.
     */
    public Optional<T> fromHistory(HistoryService historyService, String processInstanceId) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(name).disableCustomObjectDeserialization().list().stream()
                .filter(variable -> processInstanceId.equals(variable.getActivityInstanceId()))
                .filter(variable -> variable.getValue() != null)
                .findFirst().map(variable -> convert(variable.getTypedValue() instanceof FileValue file ? file
                        : variable.getValue()));
    }

    public T require(VariableScope scope) {
        return from(scope).orElseThrow(() -> new IllegalStateException("Variabel proses " + name + " kosong"));
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value);
    }

    /** Puts the value into a map of variables, e.g. to start a case or complete a task with it. */
    public VariableMap put(VariableMap variables, T value) {
        return variables.putValue(name, value);
    }

    /** A new map holding this variable alone, e.g. to complete a task with it. */
    public VariableMap with(T value) {
        return put(Variables.createVariables(), value);
    }

    public void setOnTask(TaskService taskService, String taskId, T value) {
        taskService.setVariable(taskId, name, value);
    }

    public void setOnCase(RuntimeService runtimeService, String executionId, T value) {
        runtimeService.setVariable(executionId, name, value);
    }

    private T convert(Object value) {
        if (value == null) {
            return null;
        }
        if (type == Long.class && value instanceof Number number) {
            return type.cast(number.longValue());
        }
        if (type == Integer.class && value instanceof Number number) {
            return type.cast(number.intValue());
        }
        return type.cast(value);
    }
}
