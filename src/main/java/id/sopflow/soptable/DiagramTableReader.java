package id.sopflow.soptable;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel;

/**
 * Reads a deployed SOP diagram back into its paper table, whether the diagram was drawn by hand or generated: the
 * inverse of the generator, and what printing the SOP starts from.
 *
 * <p>What it relies on is the documentation convention every SOP diagram follows (GUIDE §3):
 * <ul>
 * <li>an element that carries a paper row has documentation starting "Baris N SOP …" with the lines
 * "Kegiatan:", "Kelengkapan:", "Waktu (mutu baku):", "Output:" (and "Keterangan:" when the paper has one); the
 * first such element of a row (in document order) is the row, later ones are its variants (a rework step, a manual
 * fallback) and do not make rows of their own;</li>
 * <li>an element whose documentation says "Tambahan sopflow" is sopflow's addition and not on paper; an element
 * documented "Baris N: …" is an automatic part of row N; other service tasks and unnamed gateways are plumbing;</li>
 * <li>a row's decision is the named exclusive gateway right after it with outgoing flows "Ya" and "Tidak"; a named
 * gateway reached only through an addition belongs to the addition (sopflow's automatic checks), and its way on is
 * the one forward;</li>
 * <li>the process's documentation holds the header as "Nomor SOP: …", "Dasar hukum: 1. …; 2. …" lines.</li>
 * </ul>
 * Lanes are the actors in lane order; a call activity's called process (e.g. one data collection per kampung) is read
 * into the same table, its lanes appended after the caller's.
 */
public final class DiagramTableReader {

    private static final Pattern FULL_ROW = Pattern.compile("^Baris (\\d+) SOP\\b");
    private static final Pattern PART_OF_ROW = Pattern.compile("^Baris (\\d+):");
    private static final String ADDITION = "Tambahan sopflow";
    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z /()-]{1,60}?):\\s*(.*)$");
    private static final Pattern WAKTU = Pattern.compile("(\\d+)\\s*([A-Za-z]+)");
    private static final Pattern SOPFLOW_REMARK = Pattern.compile("\\s*\\([^()]*sopflow[^()]*\\)");
    private static final Pattern ENUMERATOR = Pattern.compile("^(?:\\d+|[a-zA-Z])[.)]\\s+");
    private static final Pattern PLAIN_ISO = Pattern.compile("P(?:\\d+[YMWD])*(?:T(?:\\d+[HMS])+)?");

    private final OrganisationDirectory directory;

    /** @param directory the organisation file, for the SOP's organisation, supervisor and actor flags; may be null */
    public DiagramTableReader(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param model           the SOP's diagram
     * @param calledProcesses the diagram of a process key a call activity calls, when it can be found
     * @throws UnreadableDiagramException when the diagram carries no paper row
     */
    public SopTable read(BpmnModelInstance model, Function<String, Optional<BpmnModelInstance>> calledProcesses) {
        Process process = executableProcess(model);
        Diagram diagram = new Diagram();
        diagram.add(process, null);
        for (CallActivity call : List.copyOf(diagram.callActivities)) {
            calledProcesses.apply(call.getCalledElement())
                    .ifPresent(called -> diagram.add(executableProcess(called), call));
        }
        if (diagram.rowElements.isEmpty()) {
            throw new UnreadableDiagramException("Diagram " + process.getId() + " tidak memuat baris naskah SOP "
                    + "(dokumentasi langkah \"Baris N SOP …\" dengan Kegiatan, Waktu, Output), sehingga tidak dapat "
                    + "dibaca sebagai tabel SOP.");
        }

        Optional<OrganisationModel.Sop> sop = directory == null ? Optional.empty() : directory.sop(process.getId());
        Map<Lane, OrganisationModel.Actor> actors = actors(diagram, sop, process);
        List<SopTable.Row> rows = new ArrayList<>();
        for (Map.Entry<Integer, FlowNode> entry : diagram.rowElements.entrySet()) {
            rows.add(row(entry.getKey(), entry.getValue(), diagram, actors));
        }
        return new SopTable(header(process, model, sop), List.copyOf(new LinkedHashSet<>(actors.values())), rows);
    }

    private static Process executableProcess(BpmnModelInstance model) {
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        return processes.stream().filter(Process::isExecutable).findFirst()
                .orElseGet(() -> processes.stream().findFirst().orElseThrow(() ->
                        new UnreadableDiagramException("Diagram ini tidak memuat proses.")));
    }

    // ---- rows ---------------------------------------------------------------------------------------------------

    private SopTable.Row row(int number, FlowNode element, Diagram diagram, Map<Lane, OrganisationModel.Actor> actors) {
        Map<String, String> fields = fields(documentation(element));
        Lane lane = diagram.laneOf(element);
        String actor = lane == null ? null : actors.get(lane).group();
        SopTable.Waktu waktu = waktu(fields.getOrDefault("waktu (mutu baku)", fields.get("waktu")),
                element instanceof UserTask task ? task.getCamundaDueDate() : null);
        SopTable.Decision decision = decision(number, element, diagram);
        SopTable.Target next = decision == null ? forward(number, diagram.targets(number, element.getOutgoing())) : null;
        return new SopTable.Row(number, fields.getOrDefault("kegiatan", element.getName()),
                actor, items(fields.get("kelengkapan")), waktu, withoutSopflowRemarks(fields.get("output")),
                withoutSopflowRemarks(fields.get("keterangan")), next, decision);
    }

    /** The named Ya/Tidak gateway right after the row's element (past unnamed merges), if there is one. */
    private static SopTable.Decision decision(int number, FlowNode element, Diagram diagram) {
        FlowNode node = element;
        Set<FlowNode> seen = new HashSet<>();
        while (node.getOutgoing().size() == 1 && seen.add(node)) {
            node = node.getOutgoing().iterator().next().getTarget();
            if (node instanceof ExclusiveGateway gateway && named(gateway)) {
                SequenceFlow ya = flowNamed(gateway, "Ya");
                SequenceFlow tidak = flowNamed(gateway, "Tidak");
                if (ya == null || tidak == null) {
                    return null;
                }
                return new SopTable.Decision(gateway.getName().strip(),
                        forward(number, diagram.targets(number, List.of(ya))),
                        forward(number, diagram.targets(number, List.of(tidak))));
            }
            if (!(node instanceof ExclusiveGateway) || named(node)) {
                return null;
            }
        }
        return null;
    }

    private static boolean named(FlowElement element) {
        return element.getName() != null && !element.getName().isBlank();
    }

    private static SequenceFlow flowNamed(FlowNode gateway, String name) {
        return gateway.getOutgoing().stream().filter(flow -> name.equalsIgnoreCase(strip(flow.getName())))
                .findFirst().orElse(null);
    }

    /**
     * Where a path goes on paper when it may reach several rows (an addition's own check goes forward or back to
     * rework): the nearest row after this one, else SELESAI, else the nearest row before.
     */
    private static SopTable.Target forward(int from, Set<Integer> targets) {
        return targets.stream().filter(row -> row > from).min(Integer::compare)
                .or(() -> targets.contains(0) ? Optional.of(0) : Optional.empty())
                .or(() -> targets.stream().max(Integer::compare))
                .map(SopTable.Target::new).orElse(SopTable.Target.SELESAI);
    }

    /** "1 Jam" as written; the ISO duration from the task's due date when it is a plain one, else from the words. */
    static SopTable.Waktu waktu(String written, String dueDate) {
        String text = written == null ? "" : written;
        Matcher words = WAKTU.matcher(text);
        String asWritten = words.find() ? words.group(1) + " " + words.group(2) : text.strip();
        String iso = dueDate != null && PLAIN_ISO.matcher(dueDate.strip()).matches() && dueDate.strip().length() > 1
                ? dueDate.strip() : iso(asWritten);
        return new SopTable.Waktu(asWritten.isEmpty() ? "-" : asWritten, iso);
    }

    private static String iso(String asWritten) {
        Matcher words = WAKTU.matcher(asWritten);
        if (!words.find()) {
            return null;
        }
        String n = words.group(1);
        return switch (words.group(2).toLowerCase(Locale.ROOT)) {
            case "menit" -> "PT" + n + "M";
            case "jam" -> "PT" + n + "H";
            case "hari" -> "P" + n + "D";
            case "minggu" -> "P" + n + "W";
            case "bulan" -> "P" + n + "M";
            case "tahun" -> "P" + n + "Y";
            default -> null;
        };
    }

    // ---- actors -------------------------------------------------------------------------------------------------

    /**
     * One actor per lane, in lane order (a called process's lanes after the caller's, a lane of the same name being
     * the same actor). The group is the one every user task of the lane offers to, when only one lane can claim it;
     * the name is the lane's; who starts and who works per desa comes from the organisation file.
     */
    private static Map<Lane, OrganisationModel.Actor> actors(Diagram diagram, Optional<OrganisationModel.Sop> sop,
                                                          Process process) {
        Map<Lane, Set<String>> offered = new LinkedHashMap<>();
        for (Lane lane : diagram.lanes) {
            Set<String> common = null;
            for (UserTask task : diagram.userTasksIn(lane)) {
                Set<String> groups = new LinkedHashSet<>(groups(task.getCamundaCandidateGroups()));
                if (common == null) {
                    common = groups;
                } else {
                    common.retainAll(groups);
                }
            }
            offered.put(lane, common == null ? new LinkedHashSet<>() : common);
        }
        Map<String, OrganisationModel.Actor> byName = new LinkedHashMap<>();
        Map<Lane, OrganisationModel.Actor> actors = new LinkedHashMap<>();
        for (Lane lane : diagram.lanes) {
            String name = strip(lane.getName());
            OrganisationModel.Actor known = byName.get(name);
            if (known == null) {
                Optional<OrganisationModel.Actor> filed = sop.flatMap(s -> s.actors().stream()
                        .filter(actor -> actor.name().equalsIgnoreCase(name)).findFirst());
                String group = offered.get(lane).stream()
                        .filter(candidate -> offered.entrySet().stream().noneMatch(other -> other.getKey() != lane
                                && other.getValue().equals(Set.of(candidate))))
                        .findFirst()
                        .or(() -> filed.map(OrganisationModel.Actor::group))
                        .orElseGet(() -> kebab(name));
                Optional<OrganisationModel.Actor> sameGroup = sop.flatMap(s -> s.actors().stream()
                        .filter(actor -> actor.group().equals(group)).findFirst());
                boolean starts = sameGroup.map(OrganisationModel.Actor::starts)
                        .orElseGet(() -> sop.isEmpty() && startsIn(lane, process));
                boolean perUnit = sameGroup.map(OrganisationModel.Actor::perUnit).orElse(false);
                known = new OrganisationModel.Actor(group, name, starts, perUnit);
                byName.put(name, known);
            }
            actors.put(lane, known);
        }
        return actors;
    }

    private static boolean startsIn(Lane lane, Process process) {
        return lane.getFlowNodeRefs().stream()
                .anyMatch(node -> node instanceof StartEvent && node.getParentElement() == process);
    }

    private static List<String> groups(String candidateGroups) {
        if (candidateGroups == null || candidateGroups.isBlank()) {
            return List.of();
        }
        return List.of(candidateGroups.split("\\s*,\\s*")).stream().map(String::strip)
                .filter(group -> !group.isEmpty()).toList();
    }

    private static String kebab(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    // ---- header -------------------------------------------------------------------------------------------------

    private static SopTable.Header header(Process process, BpmnModelInstance model, Optional<OrganisationModel.Sop> sop) {
        String documentation = documentation(process);
        Map<String, String> fields = new LinkedHashMap<>();
        String firstLine = documentation.lines().findFirst().orElse("").strip();
        for (String line : documentation.lines().toList()) {
            Matcher field = FIELD.matcher(line.strip());
            if (field.matches()) {
                fields.putIfAbsent(field.group(1).strip().toLowerCase(Locale.ROOT), field.group(2).strip());
            }
        }
        String name = Optional.ofNullable(fields.get("nama sop"))
                .or(() -> firstLine.startsWith("SOP ") && !firstLine.contains(":")
                        ? Optional.of(firstLine.substring(4).strip()) : Optional.empty())
                .orElseGet(() -> Optional.ofNullable(process.getName()).orElse(process.getId()));
        String allDates = field(fields, key -> key.startsWith("tanggal pembuatan/revisi"));
        String organisation = sop.map(OrganisationModel.Sop::organisation).orElseGet(() ->
                model.getModelElementsByType(Participant.class).stream()
                        .filter(participant -> participant.getProcess() == process)
                        .map(Participant::getName).findFirst().orElse(null));
        return new SopTable.Header(process.getId(), name,
                field(fields, key -> key.equals("nomor sop") || key.equals("nomor")),
                Optional.ofNullable(field(fields, key -> key.equals("tanggal pembuatan"))).orElse(allDates),
                Optional.ofNullable(field(fields, key -> key.equals("tanggal revisi"))).orElse(allDates),
                Optional.ofNullable(field(fields, key -> key.startsWith("tanggal") && key.contains("efektif")
                        && !key.contains("/"))).orElse(allDates),
                field(fields, key -> key.equals("disahkan oleh")),
                items(field(fields, key -> key.equals("dasar hukum"))),
                items(field(fields, key -> key.startsWith("kualifikasi pelaksana"))),
                items(field(fields, key -> key.equals("keterkaitan"))),
                items(field(fields, key -> key.startsWith("peralatan"))),
                items(field(fields, key -> key.equals("peringatan"))),
                items(field(fields, key -> key.startsWith("pencatatan"))),
                organisation, sop.map(OrganisationModel.Sop::supervisor).orElse(null));
    }

    private static String field(Map<String, String> fields, Predicate<String> key) {
        return fields.entrySet().stream().filter(entry -> key.test(entry.getKey())).map(Map.Entry::getValue)
                .map(DiagramTableReader::withoutSopflowRemarks).findFirst().orElse(null);
    }

    /** "1. A; 2. B" or "a. A; b. B" or "A; B" as [A, B]; "-" or nothing as []. */
    static List<String> items(String value) {
        String text = withoutSopflowRemarks(value);
        if (text == null || text.isBlank() || text.strip().equals("-") || text.strip().equals("--")) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String part : text.split(";\\s*")) {
            String item = ENUMERATOR.matcher(part.strip()).replaceFirst("").strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    /** What sopflow noted in brackets beside the paper's words ("- (sopflow mencatat …)") is not the paper's. */
    private static String withoutSopflowRemarks(String value) {
        return value == null ? null : SOPFLOW_REMARK.matcher(value).replaceAll("").strip();
    }

    // ---- documentation ------------------------------------------------------------------------------------------

    private static String documentation(BaseElement element) {
        StringBuilder text = new StringBuilder();
        for (Documentation documentation : element.getDocumentations()) {
            text.append(documentation.getTextContent()).append('\n');
        }
        return text.toString().strip();
    }

    /** The "Key: value" lines of a row's documentation, keys lower case; a later line of the same key is ignored. */
    private static Map<String, String> fields(String documentation) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : documentation.lines().skip(1).toList()) {
            Matcher field = FIELD.matcher(line.strip());
            if (field.matches()) {
                fields.putIfAbsent(field.group(1).strip().toLowerCase(Locale.ROOT), field.group(2).strip());
            }
        }
        return fields;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** What an element is on paper. */
    private enum Kind { ROW, PART_OF_ROW, ADDITION, PLUMBING }

    /**
     * The flow nodes of the SOP's process and the processes it calls, with the paper row each belongs to, and the
     * walk from a row along the sequence flows to the rows it leads to.
     */
    private static final class Diagram {
        final Map<Integer, FlowNode> rowElements = new TreeMap<>();
        final Map<FlowNode, Integer> rowOf = new LinkedHashMap<>();
        final Map<FlowNode, Kind> kinds = new LinkedHashMap<>();
        final List<Lane> lanes = new ArrayList<>();
        final List<CallActivity> callActivities = new ArrayList<>();
        /** The call activity that calls a process, so that its end leads on after the call. */
        final Map<Process, CallActivity> callers = new LinkedHashMap<>();

        void add(Process process, CallActivity caller) {
            if (caller != null) {
                callers.put(process, caller);
            }
            process.getLaneSets().forEach(set -> set.getLanes().forEach(this::addLane));
            collect(process.getFlowElements());
        }

        private void addLane(Lane lane) {
            if (lane.getChildLaneSet() != null && !lane.getChildLaneSet().getLanes().isEmpty()) {
                lane.getChildLaneSet().getLanes().forEach(this::addLane);
            } else {
                lanes.add(lane);
            }
        }

        private void collect(Collection<FlowElement> elements) {
            for (FlowElement element : elements) {
                if (!(element instanceof FlowNode node)) {
                    continue;
                }
                String documentation = documentation(node);
                Matcher full = FULL_ROW.matcher(documentation);
                Matcher part = PART_OF_ROW.matcher(documentation);
                if (documentation.contains(ADDITION)) {
                    kinds.put(node, Kind.ADDITION);
                } else if (full.find() && fields(documentation).containsKey("kegiatan")) {
                    int number = Integer.parseInt(full.group(1));
                    rowOf.put(node, number);
                    kinds.put(node, rowElements.putIfAbsent(number, node) == null ? Kind.ROW : Kind.PART_OF_ROW);
                } else if (part.find()) {
                    rowOf.put(node, Integer.parseInt(part.group(1)));
                    kinds.put(node, Kind.PART_OF_ROW);
                } else {
                    kinds.put(node, Kind.PLUMBING);
                }
                if (node instanceof CallActivity call) {
                    callActivities.add(call);
                }
                if (node instanceof SubProcess subProcess) {
                    collect(subProcess.getFlowElements());
                }
            }
        }

        /** The lane an element sits in: its own, or the one of the sub-process it is nested in. */
        Lane laneOf(FlowNode element) {
            ModelElementInstance node = element;
            while (node instanceof FlowNode flowNode) {
                for (Lane lane : lanes) {
                    if (lane.getFlowNodeRefs().contains(flowNode)) {
                        return lane;
                    }
                }
                node = node.getParentElement();
            }
            return null;
        }

        List<UserTask> userTasksIn(Lane lane) {
            return kinds.keySet().stream().filter(node -> node instanceof UserTask && laneOf(node) == lane)
                    .map(UserTask.class::cast).toList();
        }

        /**
         * The rows (0 for SELESAI) a path from row {@code from} along these flows reaches first: through plumbing,
         * additions and the row's own automatic parts, into a sub-process or called process that is not a row and out
         * again at its end.
         */
        Set<Integer> targets(int from, Collection<SequenceFlow> flows) {
            Set<Integer> targets = new TreeSet<>();
            Deque<FlowNode> open = new ArrayDeque<>();
            flows.forEach(flow -> open.add(flow.getTarget()));
            Set<FlowNode> seen = new HashSet<>();
            while (!open.isEmpty()) {
                FlowNode node = open.poll();
                if (!seen.add(node)) {
                    continue;
                }
                Kind kind = kinds.getOrDefault(node, Kind.PLUMBING);
                Integer row = rowOf.get(node);
                if (kind == Kind.ROW || (kind == Kind.PART_OF_ROW && row != from)) {
                    targets.add(row);
                } else if (node instanceof EndEvent) {
                    leaving(node).ifPresentOrElse(container -> container.getOutgoing()
                            .forEach(flow -> open.add(flow.getTarget())), () -> targets.add(0));
                } else if (node instanceof SubProcess subProcess && !subProcess.triggeredByEvent()
                        && hasStart(subProcess.getFlowElements())) {
                    starts(subProcess.getFlowElements()).forEach(open::add);
                } else if (node instanceof CallActivity call && callers.containsValue(call)) {
                    callers.entrySet().stream().filter(entry -> entry.getValue() == call)
                            .forEach(entry -> starts(entry.getKey().getFlowElements()).forEach(open::add));
                } else {
                    node.getOutgoing().forEach(flow -> open.add(flow.getTarget()));
                }
            }
            return targets;
        }

        /** The sub-process or call activity whose end this end event is, if it is not the SOP's own end. */
        private Optional<FlowNode> leaving(FlowNode end) {
            ModelElementInstance parent = end.getParentElement();
            if (parent instanceof SubProcess subProcess) {
                return Optional.of(subProcess);
            }
            return Optional.ofNullable(parent instanceof Process process ? callers.get(process) : null);
        }

        private static boolean hasStart(Collection<FlowElement> elements) {
            return !starts(elements).isEmpty();
        }

        private static List<FlowNode> starts(Collection<FlowElement> elements) {
            return elements.stream().filter(element -> element instanceof StartEvent start
                    && start.getEventDefinitions().isEmpty()).map(FlowNode.class::cast).toList();
        }
    }
}
