package id.sopflow.soptable;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.sopflow.InputRefusedException;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Organisation;
import id.sopflow.identity.OrganisationModel.Unit;

/**
 * The choice of desa/units that work a generated SOP's per-unit part ({@link UnitPart}), on the step before it
 * ({@code ${unitChoice}} as its task listener): on create it offers the organisation's units as the text variable
 * {@value #OPTIONS} ({@code id=name;id=name}, which the generated form's checklist turns into options with a FEEL
 * {@code valuesExpression}: form-js in Tasklist 7.24 parses no JSON text); on complete it refuses a choice that is
 * empty or names a unit of another organisation (a tampered request), and stores it normalised. The call activity
 * makes one case per chosen unit with {@code ${unitChoice.list(unitDipilih)}}.
 */
@Component("unitChoice")
public class UnitChoice implements TaskListener {

    /** The checklist's variable: the chosen unit ids (a JSON list as Tasklist sends it, or comma-separated). */
    public static final String CHOSEN = "unitDipilih";
    /** The options offered, as text for the form's FEEL expression. */
    public static final String OPTIONS = "pilihanUnit";
    /** The FEEL expression turning {@value #OPTIONS} into form-js options. */
    public static final String VALUES_EXPRESSION = "=if " + OPTIONS + " = null or " + OPTIONS + " = \"\" then [] "
            + "else for u in split(" + OPTIONS + ", \";\") return {value: substring before(u, \"=\"), "
            + "label: substring after(u, \"=\")}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrganisationDirectory directory;

    public UnitChoice(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariable(OPTIONS, options(task.getTenantId()));
            if (task.getVariable(CHOSEN) == null) {
                // An existing String makes Tasklist send the checklist back as JSON text, not as a Json value the
                // engine (without Spin) cannot store.
                task.setVariable(CHOSEN, "");
            }
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Object chosen = task.getVariable(CHOSEN);
            List<String> problems = problemsOf(chosen, task.getTenantId());
            if (!problems.isEmpty()) {
                throw new InputRefusedException(String.join(" ", problems));
            }
            task.setVariable(CHOSEN, String.join(",", split(chosen)));
        }
    }

    /** The organisation's units as {@code id=name;id=name}, in the organisation file's order. */
    public String options(String tenantId) {
        return units(tenantId).stream().map(unit -> clean(unit.id()) + "=" + clean(unit.name()))
                .collect(Collectors.joining(";"));
    }

    /** The multi-instance collection: the chosen unit ids in the order chosen. */
    public List<String> list(Object chosen) {
        return new ArrayList<>(split(chosen));
    }

    /** Nothing chosen, or a unit not of the case's organisation: the problems, in Bahasa Indonesia. */
    public List<String> problemsOf(Object chosen, String tenantId) {
        Set<String> ids;
        try {
            ids = split(chosen);
        } catch (IllegalArgumentException e) {
            return List.of("Pilihan desa/unit tidak dapat dibaca.");
        }
        if (ids.isEmpty()) {
            return List.of("Pilih paling sedikit satu desa/unit yang mengerjakan bagian per desa/unit.");
        }
        Set<String> known = units(tenantId).stream().map(Unit::id).collect(Collectors.toSet());
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        return unknown.isEmpty() ? List.of()
                : List.of("Desa/unit " + String.join(", ", unknown) + " tidak ada di daftar organisasi ini.");
    }

    private List<Unit> units(String tenantId) {
        return directory.organisationOfTenant(tenantId).map(Organisation::units).orElse(List.of());
    }

    private static String clean(String text) {
        return text.replace(';', ',').replace('=', '-');
    }

    /** A JSON list (["a","b"]), or ids separated by commas; blanks and repeats dropped. */
    static Set<String> split(Object chosen) {
        Set<String> ids = new LinkedHashSet<>();
        if (chosen == null) {
            return ids;
        }
        if (chosen instanceof Iterable<?> items) {
            items.forEach(item -> add(ids, String.valueOf(item)));
            return ids;
        }
        String text = chosen.toString().strip();
        if (text.startsWith("[")) {
            try {
                JsonNode list = JSON.readTree(text);
                list.forEach(item -> add(ids, item.asText()));
            } catch (Exception e) {
                throw new IllegalArgumentException("bukan daftar", e);
            }
            return ids;
        }
        for (String id : text.split(",")) {
            add(ids, id);
        }
        return ids;
    }

    private static void add(Set<String> ids, String id) {
        if (!id.isBlank()) {
            ids.add(id.strip());
        }
    }
}
