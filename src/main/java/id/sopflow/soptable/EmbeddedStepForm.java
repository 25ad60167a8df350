package id.sopflow.soptable;

import java.util.List;

import id.sopflow.caseheader.CaseHeader;
import id.sopflow.soptable.SopTable.Row;
import id.sopflow.verification.ReviewHistory;

/**
 * A row's form as embedded HTML (Tasklist's forms SDK) for a row with an output: the same fields as the Camunda Form
 * of {@link StepForms} — kegiatan, kelengkapan to tick, Ya/Tidak with a reason for Tidak, the previous round's reasons
 * on a rework step, the output as notes — plus the output as an optional file. Text from the table is escaped and
 * kept out of Angular's reach ({@code ng-non-bindable}): a table is data, never template code.
 */
final class EmbeddedStepForm {

    /** As the hand-written forms' attachments: 10 MB per file, checked by the browser and by the form contract. */
    private static final long MAX_FILE_SIZE = 10_485_760L;
    private static final String ACCEPT = "application/pdf,image/jpeg,image/png,image/webp,.doc,.docx,.xls,.xlsx,.odt,.ods";

    private final StepForms forms;
    private final SopDiagram diagram;
    private final Row row;
    private final StringBuilder html = new StringBuilder();

    EmbeddedStepForm(StepForms forms, SopDiagram diagram, Row row) {
        this.forms = forms;
        this.diagram = diagram;
        this.row = row;
    }

    String html() {
        String step = diagram.stepNames.get(row.number());
        String kept = forms.keptFileVariable(row);
        String decision = row.isDecision() ? diagram.decisionVariables.get(row.number()) : null;
        boolean rework = diagram.isRework(row);
        line(0, "<form role=\"form\" name=\"" + step + "\">");
        line(2, "<!-- Dibuat oleh sopflow sop-tabel dari baris " + row.number() + " tabel SOP. Formulir tertanam (bukan "
                + "Camunda Form) agar output dapat diunggah sebagai berkas. -->");
        line(2, "<script cam-script type=\"text/form-script\">");
        line(4, "var shown = ['" + CaseHeader.JUDUL.name() + "', '" + CaseHeader.UNIT.name() + "', '" + kept + "'"
                + (rework ? ", '" + ReviewHistory.LAST_ROUND.name() + "', '" + ReviewHistory.EARLIER_ROUNDS.name() + "'"
                : "") + "];");
        line(4, "$scope.kasus = {};");
        line(4, "camForm.on('form-loaded', function () {");
        line(6, "shown.forEach(function (name) { camForm.variableManager.fetchVariable(name); });");
        line(4, "});");
        line(4, "camForm.on('variables-fetched', function () {");
        line(6, "$scope.$evalAsync(function () {");
        line(8, "var vars = camForm.variableManager;");
        line(8, "var valueOf = function (name) { var v = vars.variable(name); return v ? v.value : null; };");
        line(8, "$scope.kasus.judul = valueOf('" + CaseHeader.JUDUL.name() + "');");
        line(8, "$scope.kasus.unit = valueOf('" + CaseHeader.UNIT.name() + "');");
        if (rework) {
            line(8, "$scope.kasus.tinjauanTerakhir = valueOf('" + ReviewHistory.LAST_ROUND.name() + "');");
            line(8, "$scope.kasus.riwayatTinjauan = valueOf('" + ReviewHistory.EARLIER_ROUNDS.name() + "');");
        }
        line(8, "var berkas = vars.variable('" + kept + "');");
        line(8, "$scope.kasus.berkas = berkas && berkas.contentUrl ? { url: berkas.contentUrl, "
                + "nama: (berkas.valueInfo && berkas.valueInfo.filename) || '" + kept + "' } : null;");
        line(6, "});");
        line(4, "});");
        if (decision != null) {
            line(4, "// Every round asks for a fresh decision and a fresh reason.");
            line(4, "camForm.on('variables-applied', function () {");
            line(6, "camForm.formElement.find('#keputusan').val('');");
            line(6, "camForm.formElement.find('#alasan').val('');");
            line(4, "});");
            line(4, "camForm.on('submit', function (event) {");
            line(6, "var answer = camForm.formElement.find('#keputusan').val();");
            line(6, "var reason = camForm.formElement.find('#alasan').val();");
            line(6, "if (answer === 'false' && !(reason && reason.trim())) {");
            line(8, "event.submitPrevented = true;");
            line(8, "$scope.galat = 'Alasan wajib diisi bila Tidak: apa yang harus diperbaiki.';");
            line(6, "}");
            line(4, "});");
        }
        line(2, "</script>");

        line(2, "<div ng-non-bindable>");
        line(4, "<h4>Baris " + row.number() + ": " + text(row.kegiatan()) + "</h4>");
        StringBuilder facts = new StringBuilder("Pelaksana: ").append(text(forms.actorNameOf(row)))
                .append(" · Waktu (mutu baku): ").append(text(row.waktu().asWritten()))
                .append(" · Output: ").append(text(row.output()));
        line(4, "<p>" + facts + "</p>");
        if (row.keterangan() != null && !row.keterangan().isBlank()) {
            line(4, "<p>Keterangan: " + text(row.keterangan()) + "</p>");
        }
        line(2, "</div>");
        line(2, "<p><strong>{{ kasus.judul }}</strong> · {{ kasus.unit }}</p>");
        if (rework) {
            line(2, "<div class=\"alert alert-info sopflow-tinjauan\" ng-if=\"kasus.tinjauanTerakhir\">");
            line(4, "<strong>Keputusan terakhir (mengapa dikembalikan)</strong>");
            line(4, "<div style=\"white-space: pre-wrap\">{{ kasus.tinjauanTerakhir }}</div>");
            line(4, "<details ng-if=\"kasus.riwayatTinjauan\">");
            line(6, "<summary>Putaran sebelumnya</summary>");
            line(6, "<div style=\"white-space: pre-wrap\">{{ kasus.riwayatTinjauan }}</div>");
            line(4, "</details>");
            line(2, "</div>");
        }

        List<String> kelengkapan = forms.kelengkapanVariables(row);
        if (!kelengkapan.isEmpty()) {
            line(2, "<fieldset>");
            line(4, "<legend>Kelengkapan</legend>");
            line(4, "<p class=\"help-block\">Centang setiap kelengkapan yang sudah ada.</p>");
            for (int i = 0; i < kelengkapan.size(); i++) {
                line(4, "<div class=\"checkbox\">");
                line(6, "<label><input id=\"kelengkapan" + (i + 1) + "\" type=\"checkbox\" required "
                        + "cam-variable-name=\"" + kelengkapan.get(i) + "\" cam-variable-type=\"Boolean\" /> "
                        + "<span ng-non-bindable>" + text(row.kelengkapan().get(i)) + "</span></label>");
                line(4, "</div>");
            }
            line(2, "</fieldset>");
        }

        if (decision != null) {
            line(2, "<fieldset>");
            line(4, "<legend>Keputusan</legend>");
            line(4, "<div class=\"form-group\">");
            line(6, "<!-- A select, not two radio buttons: the forms SDK refuses two inputs bound to one variable. -->");
            line(6, "<label for=\"keputusan\" ng-non-bindable>" + text(row.decision().question()) + "</label>");
            line(6, "<select id=\"keputusan\" class=\"form-control\" required cam-variable-name=\"" + decision
                    + "\" cam-variable-type=\"Boolean\">");
            line(8, "<option value=\"\">— pilih —</option>");
            line(8, "<option value=\"true\">Ya</option>");
            line(8, "<option value=\"false\">Tidak</option>");
            line(6, "</select>");
            line(4, "</div>");
            line(4, "<div class=\"form-group\">");
            line(6, "<label for=\"alasan\">Alasan (wajib bila Tidak): apa yang harus diperbaiki</label>");
            line(6, "<textarea id=\"alasan\" class=\"form-control\" rows=\"3\" maxlength=\"4000\" cam-variable-name=\""
                    + SopBpmn.reasonVariable(decision) + "\" cam-variable-type=\"String\"></textarea>");
            line(4, "</div>");
            line(4, "<div class=\"alert alert-danger\" ng-if=\"galat\">{{ galat }}</div>");
            line(2, "</fieldset>");
        }

        line(2, "<fieldset>");
        line(4, "<legend ng-non-bindable>Output: " + text(row.output()) + "</legend>");
        line(4, "<div class=\"form-group\">");
        line(6, "<label for=\"catatan\">Catatan output</label>");
        line(6, "<textarea id=\"catatan\" class=\"form-control\" rows=\"3\" maxlength=\"4000\" cam-variable-name=\""
                + forms.notesVariable(row) + "\" cam-variable-type=\"String\"></textarea>");
        line(6, "<p class=\"help-block\">Mis. nomor surat, tautan berkas atau ringkasan hasil langkah ini.</p>");
        line(4, "</div>");
        line(4, "<div class=\"form-group\">");
        line(6, "<strong>Berkas output tersimpan:</strong>");
        line(6, "<a ng-if=\"kasus.berkas\" ng-href=\"{{ kasus.berkas.url }}\" target=\"_blank\">{{ kasus.berkas.nama }}</a>");
        line(6, "<span ng-if=\"!kasus.berkas\" class=\"text-muted\">(belum ada)</span>");
        line(4, "</div>");
        line(4, "<div class=\"form-group\">");
        line(6, "<label for=\"berkasOutput\">Unggah berkas output (tidak wajib)</label>");
        line(6, "<input id=\"berkasOutput\" type=\"file\" accept=\"" + ACCEPT + "\" cam-variable-name=\""
                + forms.uploadVariable(row) + "\" cam-variable-type=\"File\" cam-max-filesize=\"" + MAX_FILE_SIZE
                + "\" />");
        line(6, "<p class=\"help-block\">PDF, gambar atau dokumen kantor, paling besar 10 MB. Berkas yang diunggah "
                + "menggantikan berkas output yang tersimpan; kosongkan untuk mempertahankannya.</p>");
        line(4, "</div>");
        line(2, "</fieldset>");
        line(0, "</form>");
        return html.toString();
    }

    private void line(int indent, String text) {
        html.append(" ".repeat(indent)).append(text).append('\n');
    }

    /** Table text as HTML text (Angular is kept out by {@code ng-non-bindable} around it). */
    private static String text(String value) {
        return value == null ? "" : value.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
