package id.sopflow.soptable;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.sopflow.identity.OrganisationModel.Actor;
import id.sopflow.identity.OrganisationModel.Sop;

/**
 * From a SOP table to what runs it without Java: {@code processes/<key>.bpmn} (lanes, one user task per row with its
 * candidate group, form, due date and same-duration late-step timer, Ya/Tidak gateways, the kernel's case intake),
 * one form per row (a Camunda Form, or embedded HTML for a row with an output, whose file it offers) and the SOP's
 * entry for the organisation file. The same table always gives the same
 * bytes.
 *
 * <pre>{@code
 * GeneratedSop sop = SopGenerator.generate(table);
 * sop.write(Path.of("hasil"));   // hasil/processes/<key>.bpmn, hasil/forms/*.form, hasil/organisasi-<key>.yaml
 * }</pre>
 */
public final class SopGenerator {

    private SopGenerator() {
    }

    public static GeneratedSop generate(SopTable table) {
        Optional<UnitPart> part = UnitPart.of(table);
        Map<String, String> called = new LinkedHashMap<>();
        Map<String, String> forms = new LinkedHashMap<>();
        SopDiagram diagram;
        Sop sop = table.organisationEntry();
        if (part.isPresent()) {
            SopTable childTable = part.get().childTable(table);
            SopDiagram child = new SopDiagram(childTable, null, true);
            diagram = new SopDiagram(part.get().mainTable(table), part.get(), false);
            childTable.actors().forEach(actor -> diagram.partActors.add(actor.group()));
            forms.putAll(new StepForms(diagram).all());
            forms.putAll(new StepForms(child).all());
            called.put(childTable.header().processKey(), SopBpmn.write(child));
            sop = new Sop(sop.processKey(), sop.name(), sop.organisation(), sop.supervisor(), sop.actors(),
                    List.copyOf(called.keySet()));
        } else {
            diagram = new SopDiagram(table);
            forms.putAll(new StepForms(diagram).all());
        }
        return new GeneratedSop(table.header().processKey(), SopBpmn.write(diagram), called, forms, yaml(sop), sop);
    }

    /** Generates and writes below {@code outDir} (see {@link GeneratedSop#write}). */
    public static GeneratedSop write(SopTable table, Path outDir) {
        GeneratedSop sop = generate(table);
        sop.write(outDir);
        return sop;
    }

    /** The entry as it is added under {@code sops:} of {@code organisasi.yaml}, indented as that file is. */
    static String yaml(Sop sop) {
        StringBuilder out = new StringBuilder();
        out.append("# Tambahkan entri ini di bawah 'sops:' pada organisasi.yaml (dibuat oleh sop-tabel).\n");
        out.append("  - processKey: ").append(scalar(sop.processKey())).append('\n');
        out.append("    name: ").append(scalar(sop.name())).append('\n');
        out.append("    organisation: ").append(scalar(sop.organisation())).append('\n');
        out.append("    supervisor: ").append(scalar(sop.supervisor())).append('\n');
        out.append("    actors:\n");
        for (Actor actor : sop.actors()) {
            out.append("      - group: ").append(scalar(actor.group())).append('\n');
            out.append("        name: ").append(scalar(actor.name())).append('\n');
            if (actor.starts()) {
                out.append("        starts: true\n");
            }
            if (actor.perUnit()) {
                out.append("        perUnit: true\n");
            }
        }
        if (!sop.calledProcesses().isEmpty()) {
            out.append("    calledProcesses: [").append(String.join(", ", sop.calledProcesses().stream()
                    .map(SopGenerator::scalar).toList())).append("]\n");
        }
        return out.toString();
    }

    /** A YAML scalar: plain when safe, else double-quoted. */
    private static String scalar(String value) {
        if (value != null && value.matches("[A-Za-z0-9][A-Za-z0-9 ./()-]*") && !value.endsWith(" ")) {
            return value;
        }
        return "\"" + (value == null ? "" : value.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
    }
}
