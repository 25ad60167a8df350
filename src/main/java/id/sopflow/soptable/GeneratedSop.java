package id.sopflow.soptable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.sopflow.identity.OrganisationModel;
import id.sopflow.identity.OrganisationModel.Actor;

/**
 * What one SOP table becomes: the diagram, one form per row plus the start form, and the SOP's entry for the
 * organisation file. {@link #write(Path)} lays them out as the repository does ({@code processes/}, {@code forms/}),
 * so the folder opens in Camunda Modeler as it is.
 *
 * @param processKey        the process key (kebab case)
 * @param bpmn              {@code processes/<key>.bpmn}
 * @param calledProcesses   the diagrams of the processes it calls by process key ({@code <key>-per-unit}, see
 *                          {@link UnitPart}); empty for most SOPs
 * @param forms             {@code forms/<id>.form} and {@code forms/<id>.html} by file name
 * @param organisationEntry the SOP's item for the {@code sops:} list of {@code organisasi.yaml}
 * @param sop               the same entry as the organisation model reads it
 */
public record GeneratedSop(String processKey, String bpmn, Map<String, String> calledProcesses,
                           Map<String, String> forms, String organisationEntry, OrganisationModel.Sop sop) {

    public GeneratedSop {
        calledProcesses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(calledProcesses));
        forms = Map.copyOf(forms);
    }

    public String bpmnFileName() {
        return processKey + ".bpmn";
    }

    /** Every diagram by file name ({@code <key>.bpmn}), the SOP's own first, then the processes it calls. */
    public Map<String, String> diagrams() {
        Map<String, String> diagrams = new java.util.LinkedHashMap<>();
        diagrams.put(bpmnFileName(), bpmn);
        calledProcesses.forEach((key, diagram) -> diagrams.put(key + ".bpmn", diagram));
        return java.util.Collections.unmodifiableMap(diagrams);
    }

    public String organisationFileName() {
        return "organisasi-" + processKey + ".yaml";
    }

    /** The actor groups the organisation file does not know yet: the administrator creates them (and their users). */
    public List<Actor> groupsMissingFrom(OrganisationModel organisation) {
        Set<String> known = new HashSet<>();
        organisation.sops().forEach(sop -> sop.actors().forEach(actor -> known.add(actor.group())));
        organisation.roles().forEach(role -> known.add(role.group()));
        List<Actor> missing = new ArrayList<>();
        for (Actor actor : sop.actors()) {
            if (!known.contains(actor.group())) {
                missing.add(actor);
            }
        }
        return missing;
    }

    /**
     * Writes {@code processes/<key>.bpmn}, {@code forms/*.form|.html} and {@code organisasi-<key>.yaml} below the folder;
     * files of the same name are replaced, nothing else is touched.
     *
     * @return the files written
     */
    public List<Path> write(Path outDir) {
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, String> diagram : diagrams().entrySet()) {
                written.add(file(outDir.resolve("processes").resolve(diagram.getKey()), diagram.getValue()));
            }
            for (Map.Entry<String, String> form : new java.util.TreeMap<>(forms).entrySet()) {
                written.add(file(outDir.resolve("forms").resolve(form.getKey()), form.getValue()));
            }
            written.add(file(outDir.resolve(organisationFileName()), organisationEntry));
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas hasil SOP " + processKey + " tidak dapat ditulis di " + outDir
                    + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static Path file(Path path, String content) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }
}
