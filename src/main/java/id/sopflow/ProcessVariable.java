package id.sopflow;

import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * A process variable with its name and type in one constant, so that delegates, REST code and tests read and write
 * the same thing (see the per-process catalogues, e.g. {@code SipaVariables}).
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
        if (type == FileValue.class) {
            return Optional.ofNullable(type.cast(scope.getVariableTyped(name)));
        }
        Object value = scope.getVariable(name);
        if (value == null) {
            return Optional.empty();
        }
        if (type == Long.class && value instanceof Number number) {
            return Optional.of(type.cast(number.longValue()));
        }
        if (type == Integer.class && value instanceof Number number) {
            return Optional.of(type.cast(number.intValue()));
        }
        return Optional.of(type.cast(value));
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
}
