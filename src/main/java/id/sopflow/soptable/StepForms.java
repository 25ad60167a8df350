package id.sopflow.soptable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.sopflow.caseheader.CaseHeader;
import id.sopflow.identity.OrganisationModel.Actor;
import id.sopflow.soptable.SopTable.Row;
import id.sopflow.verification.ReviewHistory;

/**
 * One Camunda Form (form-js, as Tasklist 7.24 renders it) per row and one for the start: the row's kegiatan as text,
 * each kelengkapan as a checkbox that must be ticked, the output as notes, and on a decision row Ya/Tidak with a
 * reason that must be given for Tidak. What the browser requires the server requires again: the form contract
 * ({@code id.sopflow.formcontract}) reads these same fields, and the reason for a Tidak is refused without text by
 * the review-round recorder the decision step's template attaches.
 *
 * <p>A row with an output also offers the output as an optional file. form-js 1.8.7 in Tasklist 7.24 has no file
 * picker (GUIDE §7), so such a row's form is an embedded HTML form ({@code <id>.html}) with the same fields plus a file
 * input {@code <step>BerkasBaru}; {@link OutputFiles} keeps the file in the case as {@code <step>Berkas} (a new file
 * replaces it, an input left empty keeps it), and the form contract accepts that input and nothing else.
 */
final class StepForms {

    private static final int NOTES_LENGTH = 4000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final SopTable table;
    private final SopDiagram diagram;

    StepForms(SopDiagram diagram) {
        this.table = diagram.table;
        this.diagram = diagram;
    }

    /** Every form by file name ({@code <id>.form}), the start form first, then the rows in order. */
    Map<String, String> all() {
        Map<String, String> forms = new LinkedHashMap<>();
        if (!diagram.called) {
            forms.put(SopBpmn.startFormId(table) + ".form", print(startForm()));
        }
        for (Row row : table.rows()) {
            if (diagram.isCall(row)) {
                continue;
            }
            if (isEmbedded(diagram, row)) {
                forms.put(SopBpmn.formId(table, row) + ".html", new EmbeddedStepForm(this, diagram, row).html());
            } else {
                forms.put(SopBpmn.formId(table, row) + ".form", print(rowForm(row)));
            }
        }
        return forms;
    }

    /**
     * Whether the row's form is embedded HTML: a row with an output, for its optional file (the desa/unit checklist
     * stays a Camunda Form, whose FEEL options it needs).
     */
    static boolean isEmbedded(SopDiagram diagram, Row row) {
        return row.output() != null && !row.output().isBlank() && !diagram.choosesUnits(row);
    }

    /** The form's file input for the row's output ({@link OutputFiles}). */
    String uploadVariable(Row row) {
        return OutputFiles.upload(diagram.stepNames.get(row.number()));
    }

    /** The variable the case keeps the row's output file in ({@link OutputFiles}). */
    String keptFileVariable(Row row) {
        return OutputFiles.kept(diagram.stepNames.get(row.number()));
    }

    String actorNameOf(Row row) {
        return actorName(row.actor());
    }

    /** The variables a row's form writes for its kelengkapan, in order. */
    List<String> kelengkapanVariables(Row row) {
        String step = diagram.stepNames.get(row.number());
        return java.util.stream.IntStream.rangeClosed(1, row.kelengkapan().size())
                .mapToObj(i -> step + "Kelengkapan" + i).toList();
    }

    String notesVariable(Row row) {
        return diagram.stepNames.get(row.number()) + "Catatan";
    }

    private ObjectNode startForm() {
        ObjectNode form = form(SopBpmn.startFormId(table));
        ArrayNode components = form.putArray("components");
        Row first = table.rows().get(0);
        text(components, "text_mulai", "### " + table.header().name() + "\nMULAI: buka kasus baru. Langkah pertama: "
                + first.kegiatan().strip() + " (" + first.waktu().asWritten().strip() + ").");
        ObjectNode judul = field(components, "field_judul", CaseHeader.TITLE_VARIABLE, "Judul kasus", "textfield");
        judul.putObject("validate").put("required", true).put("maxLength", 150);
        judul.put("description", "Singkat dan jelas, mis. nama pemohon dan keperluannya; tampil di kartu Tasklist.");
        return form;
    }

    private ObjectNode rowForm(Row row) {
        ObjectNode form = form(SopBpmn.formId(table, row));
        ArrayNode components = form.putArray("components");
        StringBuilder intro = new StringBuilder();
        intro.append("### Baris ").append(row.number()).append(": ").append(row.kegiatan().strip()).append('\n');
        // The case header every task carries (what Tasklist's card shows too).
        intro.append("**{{").append(CaseHeader.JUDUL.name()).append("}}** · {{").append(CaseHeader.UNIT.name())
                .append("}}\n\n");
        intro.append("Pelaksana: ").append(actorName(row.actor())).append(" · Waktu (mutu baku): ")
                .append(row.waktu().asWritten().strip());
        if (row.output() != null && !row.output().isBlank()) {
            intro.append(" · Output: ").append(row.output().strip());
        }
        if (row.keterangan() != null && !row.keterangan().isBlank()) {
            intro.append("\n\nKeterangan: ").append(row.keterangan().strip());
        }
        text(components, "text_kegiatan", intro.toString());
        if (diagram.isRework(row)) {
            readOnly(components, "field_tinjauanTerakhir", ReviewHistory.LAST_ROUND.name(),
                    "Keputusan terakhir (mengapa dikembalikan)");
            readOnly(components, "field_riwayatTinjauan", ReviewHistory.EARLIER_ROUNDS.name(), "Putaran sebelumnya");
        }
        List<String> kelengkapan = kelengkapanVariables(row);
        if (!kelengkapan.isEmpty()) {
            text(components, "text_kelengkapan", "#### Kelengkapan\nCentang setiap kelengkapan yang sudah ada.");
            for (int i = 0; i < kelengkapan.size(); i++) {
                ObjectNode box = field(components, "field_kelengkapan" + (i + 1), kelengkapan.get(i),
                        row.kelengkapan().get(i).strip(), "checkbox");
                box.putObject("validate").put("required", true);
            }
        }
        if (row.isDecision()) {
            String variable = diagram.decisionVariables.get(row.number());
            ObjectNode decision = field(components, "field_keputusan", variable, row.decision().question().strip(),
                    "radio");
            ArrayNode values = decision.putArray("values");
            values.addObject().put("label", "Ya").put("value", true);
            values.addObject().put("label", "Tidak").put("value", false);
            decision.putObject("validate").put("required", true);
            ObjectNode reason = field(components, "field_alasan", SopBpmn.reasonVariable(variable),
                    "Alasan (wajib bila Tidak): apa yang harus diperbaiki", "textarea");
            reason.putObject("validate").put("required", true).put("maxLength", NOTES_LENGTH);
            reason.putObject("conditional").put("hide", "=" + variable + " != false");
        }
        if (diagram.choosesUnits(row)) {
            UnitPart part = diagram.part;
            ObjectNode units = field(components, "field_unitDipilih", UnitChoice.CHOSEN,
                    "Desa/unit yang mengerjakan baris " + part.first() + "–" + part.last(), "checklist");
            units.put("valuesExpression", UnitChoice.VALUES_EXPRESSION);
            units.putObject("validate").put("required", true);
            units.put("description", "Setiap desa/unit yang dicentang mendapat kasusnya sendiri; kasus ini berlanjut "
                    + "setelah semuanya selesai.");
        }
        String outputLabel = row.output() == null || row.output().isBlank() ? "Catatan"
                : "Catatan output (" + row.output().strip() + ")";
        ObjectNode notes = field(components, "field_catatan", notesVariable(row), outputLabel, "textarea");
        notes.putObject("validate").put("maxLength", NOTES_LENGTH);
        notes.put("description", "Mis. nomor surat, tautan berkas atau ringkasan hasil langkah ini.");
        return form;
    }

    private String actorName(String group) {
        return table.actors().stream().filter(actor -> actor.group().equals(group)).map(Actor::name).findFirst()
                .orElse(group);
    }

    private static ObjectNode form(String id) {
        ObjectNode form = JSON.createObjectNode();
        form.put("executionPlatform", "Camunda Platform");
        form.put("executionPlatformVersion", "7.24.0");
        form.putObject("exporter").put("name", "sopflow sop-tabel").put("version", "1");
        form.put("schemaVersion", 16);
        form.put("id", id);
        form.put("type", "default");
        return form;
    }

    private static void text(ArrayNode components, String id, String text) {
        components.addObject().put("id", id).put("type", "text").put("text", text);
    }

    private static ObjectNode field(ArrayNode components, String id, String key, String label, String type) {
        return components.addObject().put("id", id).put("key", key).put("label", label).put("type", type);
    }

    private static void readOnly(ArrayNode components, String id, String key, String label) {
        ObjectNode field = field(components, id, key, label, "textarea");
        field.put("readonly", true);
        field.putObject("conditional").put("hide", "=" + key + " = null or " + key + " = \"\"");
    }

    private static String print(ObjectNode form) {
        try {
            return JSON.writer(PRINTER).writeValueAsString(form) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Formulir tidak dapat ditulis", e);
        }
    }
}
