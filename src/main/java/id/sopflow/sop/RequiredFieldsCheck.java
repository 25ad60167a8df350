package id.sopflow.sop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.ExtensionProperties;
import id.sopflow.verification.Kelengkapan;
import id.sopflow.verification.KelengkapanCheck;

/**
 * The kelengkapan of a step as its diagram declares it: completing the task is refused (the task stays open, nothing
 * is saved, the Indonesian message names every missing field) while a required field is empty, whatever client
 * completes it. The fields are extension properties of the user task (Modeler: template
 * <i>sopflow: Periksa isian wajib</i>), read from the deployed model at every completion, so a process owner adds a
 * required field without Java:
 * <pre>{@code
 * <bpmn:extensionElements>
 *   <camunda:properties>
 *     <camunda:property name="isianWajib" value="catatanPembaruan = Catatan pembaruan" />  <!-- one per line or ; -->
 *     <camunda:property name="variabelTautan" value="tautanPembaruan" />  <!-- optional: links, one per line -->
 *   </camunda:properties>
 *   <camunda:taskListener event="complete" delegateExpression="${requiredFieldsCheck}" />
 * </bpmn:extensionElements>
 * }</pre>
 * Messages are {@link KelengkapanCheck}'s ("Catatan pembaruan wajib diisi."), one per line. Rules that are more
 * than "filled in" (files, dates against today, choices depending on a decision) stay in the SOP's own check.
 */
@Component("requiredFieldsCheck")
public class RequiredFieldsCheck implements TaskListener {

    /** Required fields: {@code variable = Label as the form shows it}, one per line or separated by {@code ;}. */
    public static final String FIELDS_PROPERTY = "isianWajib";
    /** Optional: names a String variable of links, one per line; each must be a web address, none is fine. */
    public static final String LINKS_PROPERTY = "variabelTautan";

    @Override
    public void notify(DelegateTask task) {
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            throw new ProcessEngineException("requiredFieldsCheck hanya untuk event complete, bukan "
                    + task.getEventName() + " (tugas " + task.getTaskDefinitionKey() + ").");
        }
        Map<String, String> properties = ExtensionProperties.of(task.getBpmnModelElementInstance());
        Map<String, String> fields;
        try {
            fields = fields(properties.get(FIELDS_PROPERTY));
        } catch (IllegalArgumentException badDeclaration) {
            throw new ProcessEngineException("Tugas " + task.getTaskDefinitionKey() + ": " + badDeclaration.getMessage());
        }
        check(fields, properties.get(LINKS_PROPERTY), task::getVariable).refuseIfIncomplete("\n");
    }

    /**
     * The same check with fields fixed in Java, for a bean name that diagram versions deployed before their fields
     * were declared still call: their running cases complete as before.
     */
    public static TaskListener fixed(Map<String, String> fields, String linksVariable) {
        Map<String, String> declared = new LinkedHashMap<>(fields);
        return task -> check(declared, linksVariable, task::getVariable).refuseIfIncomplete("\n");
    }

    /**
     * The check itself, without an engine.
     *
     * @param fields        required variables with their labels, in the order the problems are listed
     * @param linksVariable a variable of links to check as web addresses; {@code null} or blank for none
     * @param variables     the task's variables by name
     */
    public static Kelengkapan check(Map<String, String> fields, String linksVariable,
                                    Function<String, Object> variables) {
        KelengkapanCheck check = new KelengkapanCheck();
        fields.forEach((variable, label) -> {
            Object value = variables.apply(variable);
            check.required(label, value == null ? null : value.toString());
        });
        if (linksVariable != null && !linksVariable.isBlank()) {
            Object links = variables.apply(linksVariable.strip());
            check.webAddresses(links == null ? null : links.toString());
        }
        return check.result();
    }

    /**
     * The declared fields, in declaration order.
     *
     * @throws IllegalArgumentException in Bahasa Indonesia, when a line is not {@code variable = Label} or nothing
     *                                  is declared
     */
    public static Map<String, String> fields(String declaration) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String line : (declaration == null ? "" : declaration).split("[;\\r\\n]+")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            String variable = equals < 0 ? "" : line.substring(0, equals).strip();
            String label = equals < 0 ? "" : line.substring(equals + 1).strip();
            if (!variable.matches("[A-Za-z][A-Za-z0-9_]*") || label.isEmpty()) {
                problems.add("\"" + line.strip() + "\" bukan \"variabel = Label\"");
            } else {
                fields.put(variable, label);
            }
        }
        if (fields.isEmpty() && problems.isEmpty()) {
            problems.add("tidak ada isian wajib");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("isian \"" + FIELDS_PROPERTY + "\" (satu per baris: variabel = Label): "
                    + String.join("; ", problems));
        }
        return fields;
    }
}
