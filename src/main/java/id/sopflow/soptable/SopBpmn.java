package id.sopflow.soptable;

import java.util.List;
import java.util.stream.Collectors;

import id.sopflow.identity.OrganisationModel.Actor;
import id.sopflow.soptable.SopDiagram.Flow;
import id.sopflow.soptable.SopDiagram.Kind;
import id.sopflow.soptable.SopDiagram.Node;
import id.sopflow.soptable.SopTable.Header;
import id.sopflow.soptable.SopTable.Row;
import id.sopflow.soptable.SopTable.Target;
import id.sopflow.verification.ReviewRoundRecorder;

/**
 * Writes {@code processes/<key>.bpmn} for a laid-out SOP table, by the conventions of GUIDE §3 and as the hand-drawn
 * diagrams do it. Written as text, element by element in a fixed order with whole-pixel coordinates, so that the
 * same table always gives the same bytes (a process owner's version control shows only real changes).
 */
final class SopBpmn {

    /** Element templates the generated elements are placed through (processes/.camunda/element-templates). */
    static final String CASE_HEADER_TEMPLATE = "id.sopflow.caseHeader";
    static final String REVIEW_TEMPLATE = "id.sopflow.reviewDecision";
    static final String REWORK_TEMPLATE = "id.sopflow.reworkWithHistory";
    static final String UNIT_CHOICE_TEMPLATE = "id.sopflow.unitChoice";
    static final String LATE_STEP_TEMPLATE = "id.sopflow.lateStepHandler";
    static final int LATE_STEP_TEMPLATE_VERSION = 2;
    static final String HISTORY_TIME_TO_LIVE = "1825";

    private final SopDiagram diagram;
    private final SopTable table;
    private final StringBuilder xml = new StringBuilder();

    private SopBpmn(SopDiagram diagram) {
        this.diagram = diagram;
        this.table = diagram.table;
    }

    static String write(SopDiagram diagram) {
        return new SopBpmn(diagram).document();
    }

    /** The variable holding a decision row's Ya (true) or Tidak (false), and its reason and round variables. */
    static String reasonVariable(String decisionVariable) {
        return "alasan" + Names.capitalised(decisionVariable);
    }

    static String roundVariable(String decisionVariable) {
        return "putaran" + Names.capitalised(decisionVariable);
    }

    /** The form of a row and of the start event, by id. */
    static String formId(SopTable table, Row row) {
        return table.header().processKey() + "-baris-" + row.number();
    }

    static String startFormId(SopTable table) {
        return table.header().processKey() + "-mulai";
    }

    private String document() {
        Header header = table.header();
        String key = header.processKey();
        String camelKey = lowerCamel(key);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" ")
                .append("xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" ")
                .append("xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" ")
                .append("xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" ")
                .append("xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" ")
                .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
                .append("xmlns:modeler=\"http://camunda.org/schema/modeler/1.0\" ")
                .append("id=\"definitions_").append(camelKey).append("\" ")
                .append("targetNamespace=\"http://sopflow.id/bpmn/").append(attr(key)).append("\" ")
                .append("exporter=\"sopflow sop-tabel\" exporterVersion=\"1\" ")
                .append("modeler:executionPlatform=\"Camunda Platform\" modeler:executionPlatformVersion=\"7.24.0\">\n");
        String collaboration = "collaboration_" + camelKey;
        String participant = "participant_" + camelKey;
        xml.append("  <bpmn:collaboration id=\"").append(collaboration).append("\">\n");
        xml.append("    <bpmn:participant id=\"").append(participant).append("\" name=\"")
                .append(attr(participantName())).append("\" processRef=\"").append(attr(key)).append("\" />\n");
        xml.append("  </bpmn:collaboration>\n");
        xml.append("  <bpmn:process id=\"").append(attr(key)).append("\" name=\"").append(attr(header.name()))
                .append("\" isExecutable=\"true\" camunda:historyTimeToLive=\"").append(HISTORY_TIME_TO_LIVE)
                .append("\">\n");
        documentation(4, processDocumentation());
        laneSet(camelKey);
        for (Node node : diagram.nodes) {
            element(node);
        }
        for (Flow flow : diagram.flows) {
            sequenceFlow(flow);
        }
        xml.append("  </bpmn:process>\n");
        shapes(collaboration, participant, camelKey);
        xml.append("</bpmn:definitions>\n");
        return xml.toString();
    }

    private static String lowerCamel(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private String participantName() {
        return table.header().name();
    }

    // ---- process ----

    private String processDocumentation() {
        Header h = table.header();
        StringBuilder doc = new StringBuilder();
        doc.append("SOP ").append(h.name()).append('\n');
        doc.append("Nomor SOP: ").append(orDash(h.nomor())).append('\n');
        doc.append("Tanggal pembuatan: ").append(orDash(h.tanggalPembuatan())).append('\n');
        doc.append("Tanggal revisi: ").append(orDash(h.tanggalRevisi())).append('\n');
        doc.append("Tanggal efektif: ").append(orDash(h.tanggalEfektif())).append('\n');
        doc.append("Disahkan oleh: ").append(orDash(h.disahkanOleh())).append('\n');
        doc.append("Dasar hukum: ").append(numbered(h.dasarHukum())).append('\n');
        doc.append("Kualifikasi pelaksana: ").append(numbered(h.kualifikasiPelaksana())).append('\n');
        doc.append("Keterkaitan: ").append(numbered(h.keterkaitan())).append('\n');
        doc.append("Peralatan/perlengkapan: ").append(numbered(h.peralatan())).append('\n');
        doc.append("Peringatan: ").append(numbered(h.peringatan())).append('\n');
        doc.append("Pencatatan dan pendataan: ").append(numbered(h.pencatatan())).append('\n');
        doc.append("Pelaksana: ").append(table.actors().stream().map(Actor::name).collect(Collectors.joining(" · ")));
        List<Actor> withoutRows = table.actors().stream().filter(actor -> !diagram.lanes.contains(actor))
                .filter(actor -> diagram.part == null || !diagram.partActors.contains(actor.group())).toList();
        if (!withoutRows.isEmpty()) {
            doc.append(" (tanpa baris sendiri, jadi tanpa lajur: ")
                    .append(withoutRows.stream().map(Actor::name).collect(Collectors.joining(", "))).append(')');
        }
        doc.append('\n');
        if (diagram.part != null) {
            doc.append("Baris ").append(diagram.part.first()).append("–").append(diagram.part.last())
                    .append(" dikerjakan per desa/unit: proses ").append(UnitPart.childKey(table))
                    .append(", satu kasus untuk setiap desa/unit yang dipilih, di tenant desa/unit itu.\n");
        }
        doc.append("Dibuat dari tabel SOP oleh sopflow (sop-tabel): satu lajur per pelaksana, satu tugas per baris. "
                + "Tambahan sopflow: pencatatan kasus masuk saat mulai, pencatatan putaran keputusan Ya/Tidak, dan "
                + "pencatatan langkah terlambat.");
        return doc.toString();
    }

    private static String numbered(List<String> items) {
        if (items.isEmpty()) {
            return "-";
        }
        if (items.size() == 1) {
            return items.get(0).strip();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : "; ").append(i + 1).append(". ").append(items.get(i).strip());
        }
        return out.toString();
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text.strip();
    }

    private void laneSet(String camelKey) {
        xml.append("    <bpmn:laneSet id=\"laneSet_").append(camelKey).append("\">\n");
        for (Actor lane : diagram.lanes) {
            xml.append("      <bpmn:lane id=\"").append(laneId(lane)).append("\" name=\"").append(attr(lane.name()))
                    .append("\">\n");
            for (Node node : diagram.nodes) {
                if (node.lane == lane) {
                    ref(node.id);
                    if (node.kind == Kind.TASK) {
                        ref(node.timerId);
                        ref(node.lateEventId);
                    }
                }
            }
            xml.append("      </bpmn:lane>\n");
        }
        xml.append("    </bpmn:laneSet>\n");
    }

    static String laneId(Actor lane) {
        return "lane_" + Names.camel(lane.group());
    }

    private void ref(String id) {
        xml.append("        <bpmn:flowNodeRef>").append(id).append("</bpmn:flowNodeRef>\n");
    }

    private void element(Node node) {
        switch (node.kind) {
            case START -> start(node);
            case MERGE -> gateway(node);
            case DECISION -> gateway(node);
            case TASK -> task(node);
            case CALL -> call(node);
            case END -> end(node);
        }
    }

    private void start(Node node) {
        xml.append("    <bpmn:startEvent id=\"").append(node.id).append("\" name=\"").append(attr(node.name))
                .append('"');
        if (!diagram.called) {
            xml.append(" camunda:formRef=\"").append(attr(startFormId(table)))
                    .append("\" camunda:formRefBinding=\"deployment\"");
        }
        xml.append(" camunda:modelerTemplate=\"").append(CASE_HEADER_TEMPLATE)
                .append("\" camunda:modelerTemplateVersion=\"1\">\n");
        documentation(6, diagram.called
                ? "MULAI bagian per desa/unit: satu kasus untuk setiap desa/unit yang dipilih, dibuka oleh kasus induk "
                + "di tenant desa/unit itu dengan judul kasus induk; sopflow mencatat kepala kasus untuk kartu Tasklist "
                + "dan dasbor pengawas (tambahan sopflow)."
                : "MULAI. Kasus dibuka oleh " + node.lane.name() + " dengan judulnya; sopflow mencatat kepala "
                + "kasus (desa/organisasi dari tenant pengguna, judul, nama SOP) untuk kartu Tasklist dan dasbor "
                + "pengawas (tambahan sopflow).");
        xml.append("      <bpmn:extensionElements>\n");
        xml.append("        <camunda:executionListener delegateExpression=\"${caseIntake}\" event=\"start\" />\n");
        xml.append("      </bpmn:extensionElements>\n");
        flowRefs(node);
        xml.append("    </bpmn:startEvent>\n");
    }

    private void gateway(Node node) {
        xml.append("    <bpmn:exclusiveGateway id=\"").append(node.id).append('"');
        if (node.name != null) {
            xml.append(" name=\"").append(attr(node.name)).append('"');
        }
        xml.append(">\n");
        flowRefs(node);
        xml.append("    </bpmn:exclusiveGateway>\n");
    }

    private void end(Node node) {
        xml.append("    <bpmn:endEvent id=\"").append(node.id).append("\" name=\"").append(attr(node.name))
                .append("\">\n");
        flowRefs(node);
        xml.append("    </bpmn:endEvent>\n");
    }

    private void task(Node node) {
        Row row = node.row;
        String template = null;
        if (row.isDecision()) {
            template = REVIEW_TEMPLATE;
        } else if (diagram.isRework(row)) {
            template = REWORK_TEMPLATE;
        } else if (diagram.choosesUnits(row)) {
            template = UNIT_CHOICE_TEMPLATE;
        }
        xml.append("    <bpmn:userTask id=\"").append(node.id).append("\" name=\"").append(attr(node.name))
                .append("\" camunda:candidateGroups=\"").append(attr(row.actor()))
                .append(StepForms.isEmbedded(diagram, row)
                        ? "\" camunda:formKey=\"embedded:deployment:" + attr(formId(table, row)) + ".html"
                        : "\" camunda:formRef=\"" + attr(formId(table, row)) + "\" camunda:formRefBinding=\"deployment")
                .append("\" camunda:dueDate=\"")
                .append(attr(row.waktu().isoDuration())).append('"');
        if (template != null) {
            xml.append(" camunda:modelerTemplate=\"").append(template).append("\" camunda:modelerTemplateVersion=\"1\"");
        }
        xml.append(">\n");
        documentation(6, rowDocumentation(row));
        boolean rework = diagram.isRework(row);
        boolean choosesUnits = diagram.choosesUnits(row);
        if (row.isDecision() || rework || choosesUnits) {
            xml.append("      <bpmn:extensionElements>\n");
            if (row.isDecision()) {
                String variable = diagram.decisionVariables.get(row.number());
                xml.append("        <camunda:properties>\n");
                property(ReviewRoundRecorder.DECISION_PROPERTY, variable);
                property(ReviewRoundRecorder.REASON_PROPERTY, reasonVariable(variable));
                property(ReviewRoundRecorder.ROUND_PROPERTY, roundVariable(variable));
                xml.append("        </camunda:properties>\n");
                xml.append("        <camunda:taskListener delegateExpression=\"${reviewRoundRecorder}\" "
                        + "event=\"complete\" />\n");
            }
            if (rework) {
                xml.append("        <camunda:taskListener delegateExpression=\"${reviewHistory}\" event=\"create\" />\n");
            }
            if (choosesUnits) {
                xml.append("        <camunda:taskListener delegateExpression=\"${unitChoice}\" event=\"create\" />\n");
                xml.append("        <camunda:taskListener delegateExpression=\"${unitChoice}\" event=\"complete\" />\n");
            }
            xml.append("      </bpmn:extensionElements>\n");
        }
        flowRefs(node);
        xml.append("    </bpmn:userTask>\n");
        xml.append("    <bpmn:boundaryEvent id=\"").append(node.timerId).append("\" name=\"")
                .append(attr(row.waktu().asWritten().strip())).append("\" cancelActivity=\"false\" attachedToRef=\"")
                .append(node.id).append("\">\n");
        xml.append("      <bpmn:outgoing>").append(node.lateFlowId).append("</bpmn:outgoing>\n");
        xml.append("      <bpmn:timerEventDefinition id=\"").append(node.timerDefinitionId).append("\">\n");
        xml.append("        <bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">")
                .append(text(row.waktu().isoDuration())).append("</bpmn:timeDuration>\n");
        xml.append("      </bpmn:timerEventDefinition>\n");
        xml.append("    </bpmn:boundaryEvent>\n");
        xml.append("    <bpmn:endEvent id=\"").append(node.lateEventId).append("\" name=\"Terlambat dicatat\" ")
                .append("camunda:modelerTemplate=\"").append(LATE_STEP_TEMPLATE)
                .append("\" camunda:modelerTemplateVersion=\"").append(LATE_STEP_TEMPLATE_VERSION).append("\">\n");
        xml.append("      <bpmn:extensionElements>\n");
        xml.append("        <camunda:executionListener delegateExpression=\"${lateStepHandler}\" event=\"start\" />\n");
        xml.append("      </bpmn:extensionElements>\n");
        xml.append("      <bpmn:incoming>").append(node.lateFlowId).append("</bpmn:incoming>\n");
        xml.append("    </bpmn:endEvent>\n");
        xml.append("    <bpmn:sequenceFlow id=\"").append(node.lateFlowId).append("\" sourceRef=\"").append(node.timerId)
                .append("\" targetRef=\"").append(node.lateEventId).append("\" />\n");
    }

    /** The per-unit part: one called case per chosen desa/unit, in that unit's tenant, all in parallel. */
    private void call(Node node) {
        UnitPart part = diagram.part;
        xml.append("    <bpmn:callActivity id=\"").append(node.id).append("\" name=\"").append(attr(node.name))
                .append("\" calledElement=\"").append(attr(UnitPart.childKey(table))).append("\">\n");
        documentation(6, "Bagian per desa/unit (baris " + part.first() + "–" + part.last() + "): satu kasus "
                + UnitPart.childKey(table) + " untuk setiap desa/unit yang dipilih pada langkah sebelumnya, berjalan "
                + "paralel di tenant desa/unit itu, sehingga setiap desa/unit hanya melihat kasusnya sendiri. Lanjut "
                + "setelah semua desa/unit selesai. Asynchronous after pada setiap instans: selesainya satu desa/unit "
                + "dicatat dalam job tersendiri, sehingga penyelesaian bersamaan tidak saling bertabrakan.");
        xml.append("      <bpmn:extensionElements>\n");
        xml.append("        <camunda:in source=\"unit\" target=\"unitTenantId\" />\n");
        xml.append("        <camunda:in source=\"judul\" target=\"judul\" />\n");
        xml.append("      </bpmn:extensionElements>\n");
        flowRefs(node);
        xml.append("      <bpmn:multiInstanceLoopCharacteristics camunda:asyncAfter=\"true\" camunda:collection=\"")
                .append(attr("${unitChoice.list(" + UnitChoice.CHOSEN + ")}"))
                .append("\" camunda:elementVariable=\"unit\">\n");
        xml.append("        <bpmn:extensionElements>\n");
        xml.append("          <camunda:failedJobRetryTimeCycle>R5/PT1M</camunda:failedJobRetryTimeCycle>\n");
        xml.append("        </bpmn:extensionElements>\n");
        xml.append("      </bpmn:multiInstanceLoopCharacteristics>\n");
        xml.append("    </bpmn:callActivity>\n");
    }

    /** The SOP row as the hand-drawn diagrams keep it in a task's documentation. */
    private String rowDocumentation(Row row) {
        StringBuilder doc = new StringBuilder();
        doc.append("Baris ").append(row.number()).append(" SOP ").append(table.header().name()).append(".\n");
        doc.append("Kegiatan: ").append(row.kegiatan().strip()).append('\n');
        doc.append("Pelaksana: ").append(actorName(row.actor())).append('\n');
        doc.append("Kelengkapan: ").append(row.kelengkapan().isEmpty() ? "-" : String.join("; ", row.kelengkapan()))
                .append('\n');
        doc.append("Waktu (mutu baku): ").append(row.waktu().asWritten().strip()).append('\n');
        doc.append("Output: ").append(orDash(row.output()));
        if (row.keterangan() != null && !row.keterangan().isBlank()) {
            doc.append("\nKeterangan: ").append(row.keterangan().strip());
        }
        if (row.isDecision()) {
            doc.append("\nKeputusan: ").append(row.decision().question().strip()).append(" Ya: ")
                    .append(where(row.decision().ya())).append("; Tidak: ").append(where(row.decision().tidak()))
                    .append('.');
        }
        return doc.toString();
    }

    private String actorName(String group) {
        return table.actors().stream().filter(actor -> actor.group().equals(group)).map(Actor::name).findFirst()
                .orElse(group);
    }

    private static String where(Target target) {
        return target.isSelesai() ? "selesai" : "ke baris " + target.row();
    }

    private void property(String name, String value) {
        xml.append("          <camunda:property name=\"").append(name).append("\" value=\"").append(attr(value))
                .append("\" />\n");
    }

    private void flowRefs(Node node) {
        for (Flow flow : diagram.flows) {
            if (flow.to == node) {
                xml.append("      <bpmn:incoming>").append(flow.id).append("</bpmn:incoming>\n");
            }
        }
        for (Flow flow : diagram.flows) {
            if (flow.from == node) {
                xml.append("      <bpmn:outgoing>").append(flow.id).append("</bpmn:outgoing>\n");
            }
        }
    }

    private void sequenceFlow(Flow flow) {
        xml.append("    <bpmn:sequenceFlow id=\"").append(flow.id).append('"');
        if (flow.name != null) {
            xml.append(" name=\"").append(attr(flow.name)).append('"');
        }
        xml.append(" sourceRef=\"").append(flow.from.id).append("\" targetRef=\"").append(flow.to.id).append('"');
        if (flow.condition == null) {
            xml.append(" />\n");
            return;
        }
        xml.append(">\n      <bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">")
                .append(text(flow.condition)).append("</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>\n");
    }

    private void documentation(int indent, String text) {
        xml.append(" ".repeat(indent)).append("<bpmn:documentation>").append(text(text))
                .append("</bpmn:documentation>\n");
    }

    // ---- diagram interchange ----

    private void shapes(String collaboration, String participant, String camelKey) {
        xml.append("  <bpmndi:BPMNDiagram id=\"diagram_").append(camelKey).append("\">\n");
        xml.append("    <bpmndi:BPMNPlane id=\"plane_").append(camelKey).append("\" bpmnElement=\"")
                .append(collaboration).append("\">\n");
        shape(participant, diagram.pool, null, " isHorizontal=\"true\"");
        for (Actor lane : diagram.lanes) {
            shape(laneId(lane), diagram.laneBounds.get(lane.group()), null, " isHorizontal=\"true\"");
        }
        for (Node node : diagram.nodes) {
            double[] bounds = {node.x, node.y, node.w, node.h};
            switch (node.kind) {
                case START, END -> shape(node.id, bounds, below(node), "");
                case MERGE -> shape(node.id, bounds, null, " isMarkerVisible=\"true\"");
                // Above the diamond; to its upper left when a flow leaves from its top point.
                case DECISION -> shape(node.id, bounds, node.topPortUsed
                        ? new double[] {node.cx() - 4 - DiagramText.LABEL_WIDTH, node.y - node.labelHeight,
                                DiagramText.LABEL_WIDTH, node.labelHeight}
                        : new double[] {node.cx() - DiagramText.LABEL_WIDTH / 2, node.y - 4 - node.labelHeight,
                                DiagramText.LABEL_WIDTH, node.labelHeight}, " isMarkerVisible=\"true\"");
                case CALL -> shape(node.id, bounds, null, "");
                case TASK -> {
                    shape(node.id, bounds, null, "");
                    double[] timer = SopDiagram.timerBounds(node);
                    String waktu = node.row.waktu().asWritten().strip();
                    double w = Math.ceil(DiagramText.width(waktu, DiagramText.LABEL_FONT));
                    shape(node.timerId, timer, new double[] {timer[0] - 2 - w, timer[1] + 24, w, 14}, "");
                    double[] late = SopDiagram.lateEventBounds(node);
                    shape(node.lateEventId, late, new double[] {late[0] + 18 - DiagramText.LABEL_WIDTH / 2,
                            late[1] + 40, DiagramText.LABEL_WIDTH, 14}, "");
                }
            }
        }
        for (Node node : diagram.nodes) {
            if (node.kind == Kind.TASK) {
                double[] timer = SopDiagram.timerBounds(node);
                double[] late = SopDiagram.lateEventBounds(node);
                edge(node.lateFlowId, List.of(new double[] {timer[0] + 18, timer[1] + 36},
                        new double[] {late[0] + 18, late[1]}), null);
            }
        }
        for (Flow flow : diagram.flows) {
            edge(flow.id, flow.points, flow.label);
        }
        xml.append("    </bpmndi:BPMNPlane>\n");
        xml.append("  </bpmndi:BPMNDiagram>\n");
    }

    private static double[] below(Node node) {
        return new double[] {node.cx() - DiagramText.LABEL_WIDTH / 2, node.y + node.h + 4, DiagramText.LABEL_WIDTH,
                14};
    }

    private void shape(String id, double[] b, double[] label, String extra) {
        xml.append("      <bpmndi:BPMNShape id=\"").append(id).append("_di\" bpmnElement=\"").append(id).append('"')
                .append(extra).append(">\n");
        bounds(8, b);
        if (label != null) {
            xml.append("        <bpmndi:BPMNLabel>\n");
            bounds(10, label);
            xml.append("        </bpmndi:BPMNLabel>\n");
        }
        xml.append("      </bpmndi:BPMNShape>\n");
    }

    private void edge(String id, List<double[]> points, double[] label) {
        xml.append("      <bpmndi:BPMNEdge id=\"").append(id).append("_di\" bpmnElement=\"").append(id).append("\">\n");
        double[] previous = null;
        for (double[] point : points) {
            if (previous != null && px(previous[0]) == px(point[0]) && px(previous[1]) == px(point[1])) {
                continue;
            }
            xml.append("        <di:waypoint x=\"").append(px(point[0])).append("\" y=\"").append(px(point[1]))
                    .append("\" />\n");
            previous = point;
        }
        if (label != null) {
            xml.append("        <bpmndi:BPMNLabel>\n");
            bounds(10, label);
            xml.append("        </bpmndi:BPMNLabel>\n");
        }
        xml.append("      </bpmndi:BPMNEdge>\n");
    }

    private void bounds(int indent, double[] b) {
        xml.append(" ".repeat(indent)).append("<dc:Bounds x=\"").append(px(b[0])).append("\" y=\"").append(px(b[1]))
                .append("\" width=\"").append(px(b[2])).append("\" height=\"").append(px(b[3])).append("\" />\n");
    }

    private static long px(double value) {
        return Math.round(value);
    }

    // ---- escaping ----

    static String attr(String value) {
        return text(value).replace("\"", "&quot;").replace("\n", "&#10;");
    }

    static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
