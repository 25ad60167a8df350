package id.sopflow.soptable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sopflow.identity.OrganisationModel.Actor;
import id.sopflow.soptable.SopTable.Row;
import id.sopflow.soptable.SopTable.Target;

/**
 * The flow of one SOP table as BPMN elements and where they are drawn, like the paper flowchart: the rows left to
 * right in the paper's order, one horizontal lane per actor in the paper's column order (Camunda Modeler 5 draws
 * vertical lanes, but its editing of them is still limited, so the generator keeps to horizontal ones).
 *
 * <p>Every element has a column of its own, so nothing is drawn over anything, except a task handed over to from
 * the column before in a higher lane: it sits below the end of that column and the flow drops into its top, as on the
 * paper. Any other flow to the next column goes straight, or down/up in the gap between the columns. Every other flow (a Tidak back to a rework row, a jump
 * forward) runs in a channel below the lowest lane or above the highest one; channels are nested so that no two
 * flows cross, and a row reached from more than one place gets a merging gateway whose bottom and top points take
 * the channels. The geometry check of the diagrams ({@code DiagramGeometryTest}) holds for what this draws.
 */
final class SopDiagram {

    enum Kind { START, MERGE, TASK, CALL, DECISION, END }

    /** Space between two columns; flows turn at a quarter, half and three quarters of it. */
    private static final double GAP = 48;
    private static final double TASK_WIDTH = 120;
    private static final double LANE_X = 180;
    private static final double POOL_X = 150;
    private static final double POOL_Y = 80;
    private static final double HEADER = 30;
    private static final double LANE_PAD_TOP = 20;
    private static final double LANE_PAD_BOTTOM = 16;
    private static final double CHANNEL = 15;
    /** Compact late-step marking as in the hand-drawn diagrams: timer on the task's lower edge, end event below. */
    private static final double TIMER_INSET = 55;
    private static final double LATE_EVENT_DROP = 60;

    static final class Node {
        final Kind kind;
        final String id;
        final String name;
        final Actor lane;
        final Row row;
        double x;
        double y;
        double w;
        double h;
        /** The column's width: a gateway's or event's label is wider than its shape. */
        double columnWidth;
        double labelHeight;
        boolean belowGateway;
        boolean bottomPortUsed;
        boolean topPortUsed;
        boolean rightRouteUsed;
        String timerId;
        String lateEventId;
        String lateFlowId;
        String timerDefinitionId;

        Node(Kind kind, String id, String name, Actor lane, Row row) {
            this.kind = kind;
            this.id = id;
            this.name = name;
            this.lane = lane;
            this.row = row;
        }

        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }
    }

    enum Band { BOTTOM, TOP }

    enum Exit { SIDE, BOTTOM_PORT, TOP_PORT, RIGHT_ROUTE, LEFT_ROUTE, DOWN }

    static final class Flow {
        final String id;
        final Node from;
        final Node to;
        final String name;
        final String condition;
        boolean adjacent;
        Band band;
        int depth;
        Exit exit;
        Exit entry;
        double xs;
        double xt;
        final List<double[]> points = new ArrayList<>();
        double[] label;

        Flow(String id, Node from, Node to, String name, String condition) {
            this.id = id;
            this.from = from;
            this.to = to;
            this.name = name;
            this.condition = condition;
        }

        double low() {
            return Math.min(xs, xt);
        }

        double high() {
            return Math.max(xs, xt);
        }
    }

    final SopTable table;
    /** The per-unit part drawn as one call activity at its first row, or null. */
    final UnitPart part;
    /** Whether this is the per-unit part's own process (called, so its start has no form). */
    final boolean called;
    /** The actor groups of the per-unit part's rows (drawn in the called process, not here). */
    final java.util.Set<String> partActors = new java.util.HashSet<>();
    final List<Actor> lanes = new ArrayList<>();
    final Map<String, double[]> laneBounds = new LinkedHashMap<>();
    final List<Node> nodes = new ArrayList<>();
    final List<Flow> flows = new ArrayList<>();
    final Map<Integer, Node> tasks = new HashMap<>();
    final Map<Integer, Node> decisions = new HashMap<>();
    final Map<Integer, String> decisionVariables = new HashMap<>();
    final Map<Integer, String> stepNames = new HashMap<>();
    double[] pool;
    private final Map<Integer, Node> entries = new HashMap<>();
    private final List<Node> columns = new ArrayList<>();
    private final Names ids = new Names();
    private final Names variables = new Names();

    SopDiagram(SopTable table) {
        this(table, null, false);
    }

    /**
     * @param table  the rows to draw (with a per-unit part, {@link UnitPart#mainTable} or {@link UnitPart#childTable})
     * @param part   the per-unit part whose first row is drawn as a call activity, or null
     * @param called whether the table is the per-unit part's own process
     */
    SopDiagram(SopTable table, UnitPart part, boolean called) {
        this.table = table;
        this.part = part;
        this.called = called;
        build();
        sizeNodes();
        placeColumns();
        classifyFlows();
        assignChannels();
        placeLanes();
        route();
    }

    /** A row a Tidak leads to: its worker reworks (or closes) what was refused and is shown why. */
    boolean isRework(Row row) {
        return !isCall(row) && table.rows().stream().filter(Row::isDecision)
                .anyMatch(other -> other.decision().tidak().row() == row.number());
    }

    /** The row standing for the per-unit part (drawn as a call activity). */
    boolean isCall(Row row) {
        return part != null && row.number() == part.first();
    }

    /** The rows whose step leads into the per-unit part: their worker chooses the desa/units. */
    boolean choosesUnits(Row row) {
        if (part == null || isCall(row)) {
            return false;
        }
        List<Target> targets = row.isDecision() ? List.of(row.decision().ya(), row.decision().tidak())
                : List.of(row.next());
        return targets.stream().anyMatch(target -> target.row() == part.first());
    }

    // ---- the elements ----

    private void build() {
        Map<String, Actor> actors = new LinkedHashMap<>();
        table.actors().forEach(actor -> actors.put(actor.group(), actor));
        for (Actor actor : table.actors()) {
            if (table.rows().stream().anyMatch(row -> row.actor().equals(actor.group()))) {
                lanes.add(actor);
            }
        }
        Map<Integer, Integer> incoming = new HashMap<>();
        Row first = table.rows().get(0);
        incoming.merge(first.number(), 1, Integer::sum);
        for (Row row : table.rows()) {
            List<Target> targets = row.isDecision() ? List.of(row.decision().ya(), row.decision().tidak())
                    : List.of(row.next());
            targets.stream().filter(target -> !target.isSelesai())
                    .forEach(target -> incoming.merge(target.row(), 1, Integer::sum));
        }

        Node start = new Node(Kind.START, ids.unique("event_mulai", ""), "Mulai", actors.get(first.actor()), null);
        add(start, true);
        List<Node> belowEnds = new ArrayList<>();
        for (Row row : table.rows()) {
            Actor lane = actors.get(row.actor());
            String base = ids.unique(Names.camel(row.kegiatan()), "Baris" + row.number());
            stepNames.put(row.number(), base);
            if (incoming.getOrDefault(row.number(), 0) > 1) {
                Node merge = new Node(Kind.MERGE, ids.unique("gateway_ke" + Names.capitalised(base), ""), null, lane,
                        row);
                add(merge, true);
                entries.put(row.number(), merge);
            }
            if (isCall(row)) {
                Node call = new Node(Kind.CALL, ids.unique("callActivity_bagianPerUnit", ""), row.kegiatan().strip(),
                        lane, row);
                add(call, true);
                tasks.put(row.number(), call);
                entries.putIfAbsent(row.number(), call);
                if (row.next().isSelesai()) {
                    add(end(lane, row), true);
                }
                continue;
            }
            Node task = new Node(Kind.TASK, ids.unique("userTask_" + base, ""), row.kegiatan().strip(), lane, row);
            task.timerId = ids.unique("timer_" + base + "Terlambat", "");
            task.timerDefinitionId = ids.unique("timerDefinition_" + base + "Terlambat", "");
            task.lateEventId = ids.unique("event_" + base + "TerlambatDicatat", "");
            task.lateFlowId = ids.unique("flow_" + base + "KeCatatTerlambat", "");
            add(task, true);
            tasks.put(row.number(), task);
            entries.putIfAbsent(row.number(), task);
            if (row.isDecision()) {
                String variable = variables.unique(Names.camel(row.decision().question()), "Baris" + row.number());
                decisionVariables.put(row.number(), variable);
                Node gateway = new Node(Kind.DECISION, ids.unique("gateway_" + variable, ""),
                        question(row.decision().question()), lane, row);
                add(gateway, true);
                decisions.put(row.number(), gateway);
                if (row.decision().ya().isSelesai()) {
                    add(end(lane, row), true);
                }
                if (row.decision().tidak().isSelesai()) {
                    Node end = end(lane, row);
                    end.belowGateway = true;
                    gateway.bottomPortUsed = true;
                    belowEnds.add(end);
                    add(end, false);
                }
            } else if (row.next().isSelesai()) {
                add(end(lane, row), true);
            }
        }

        flow(start, entries.get(first.number()), null, null);
        for (Row row : table.rows()) {
            Node task = tasks.get(row.number());
            Node entry = entries.get(row.number());
            if (entry != task) {
                flow(entry, task, null, null);
            }
            if (!row.isDecision()) {
                flow(task, target(row.next(), task, null), null, null);
            } else {
                Node gateway = decisions.get(row.number());
                String variable = decisionVariables.get(row.number());
                flow(task, gateway, null, null);
                flow(gateway, target(row.decision().ya(), gateway, null), "Ya", "${" + variable + "}");
                flow(gateway, target(row.decision().tidak(), gateway, belowEnds), "Tidak", "${!" + variable + "}");
            }
        }
    }

    /** A gateway is named as a question (GUIDE §3). */
    private static String question(String text) {
        String question = text.strip();
        return question.endsWith("?") ? question : question + "?";
    }

    private Node end(Actor lane, Row row) {
        return new Node(Kind.END, ids.unique("event_selesai", "Baris" + row.number()), "Selesai", lane, row);
    }

    private void add(Node node, boolean column) {
        nodes.add(node);
        if (column) {
            columns.add(node);
        }
    }

    /** Where a flow to this target goes: the row's entry, or the SELESAI end event made for this source. */
    private Node target(Target target, Node source, List<Node> belowEnds) {
        if (!target.isSelesai()) {
            return entries.get(target.row());
        }
        if (belowEnds != null) {
            for (Node end : belowEnds) {
                if (end.row == source.row) {
                    return end;
                }
            }
        }
        int at = columns.indexOf(source);
        return columns.get(at + 1);
    }

    private void flow(Node from, Node to, String name, String condition) {
        String id;
        if (name != null) {
            id = ids.unique("flow_" + from.id.substring(from.id.indexOf('_') + 1) + name, "");
        } else {
            id = ids.unique("flow_ke" + Names.capitalised(to.id.substring(to.id.indexOf('_') + 1)), "");
        }
        flows.add(new Flow(id, from, to, name, condition));
    }

    // ---- sizes and columns ----

    private void sizeNodes() {
        for (Node node : nodes) {
            switch (node.kind) {
                case TASK, CALL -> {
                    node.w = Math.max(TASK_WIDTH, Math.ceil(DiagramText.widestWord(node.name) + 2 * 7 + 4));
                    int lines = DiagramText.wrap(node.name, node.w - 14, DiagramText.TASK_FONT).size();
                    // Text clear of the type icon above and the timer below (bpmn-js centres the block).
                    node.h = Math.max(80, 10 * Math.ceil((lines * DiagramText.TASK_LINE_HEIGHT + 46) / 10));
                    node.columnWidth = node.w;
                }
                case DECISION -> {
                    node.w = 50;
                    node.h = 50;
                    // Room for the question above, or to the upper left when a flow leaves from the top point.
                    node.columnWidth = DiagramText.LABEL_WIDTH + 10;
                    node.labelHeight = Math.ceil(DiagramText.wrap(node.name, DiagramText.LABEL_WIDTH,
                            DiagramText.LABEL_FONT).size() * DiagramText.LABEL_LINE_HEIGHT);
                }
                case MERGE -> {
                    node.w = 50;
                    node.h = 50;
                    node.columnWidth = 50;
                }
                default -> {
                    node.w = 36;
                    node.h = 36;
                    node.columnWidth = Math.max(50, Math.ceil(DiagramText.width(node.name, DiagramText.LABEL_FONT)));
                }
            }
        }
    }

    private void placeColumns() {
        double left = LANE_X + HEADER + 30;
        for (int i = 0; i < columns.size(); i++) {
            Node node = columns.get(i);
            Node previous = i == 0 ? null : columns.get(i - 1);
            if (previous != null && dropsInto(previous, node)) {
                // A hand-over down to the next lane: the task sits below the end of the one before and the flow drops
                // into its top, as on the paper, instead of taking a column of its own.
                node.x = columnRight(previous) + GAP / 2 - node.w / 2;
                left = node.x + node.w + GAP;
                continue;
            }
            node.x = left + (node.columnWidth - node.w) / 2;
            left += node.columnWidth + GAP;
        }
        for (Node node : nodes) {
            if (node.belowGateway) {
                Node gateway = decisions.get(node.row.number());
                node.x = gateway.cx() - node.w / 2;
            }
        }
    }

    /**
     * Whether the next column's task takes the flow from above: it is a task reached only from the column before,
     * in a lower lane. Nothing else runs there: the column before sends nothing sideways besides this flow, and the
     * task has no other way in.
     */
    private boolean dropsInto(Node previous, Node node) {
        return (node.kind == Kind.TASK || node.kind == Kind.CALL) && previous.kind != Kind.END
                && lanes.indexOf(node.lane) > lanes.indexOf(previous.lane)
                // clear of a line leaving the column before from its bottom point
                && columnRight(previous) + GAP / 2 - node.w / 2 >= previous.cx() + 10
                && flows.stream().anyMatch(flow -> flow.from == previous && flow.to == node)
                && flows.stream().filter(flow -> flow.to == node).count() == 1;
    }

    private double columnRight(Node node) {
        return node.x + node.w / 2 + node.columnWidth / 2;
    }

    private double columnLeft(Node node) {
        return node.x + node.w / 2 - node.columnWidth / 2;
    }

    // ---- which flows run in a channel ----

    private void classifyFlows() {
        for (Flow flow : flows) {
            if (flow.to.belowGateway) {
                flow.exit = Exit.DOWN;
                continue;
            }
            int from = columns.indexOf(flow.from);
            int to = columns.indexOf(flow.to);
            flow.adjacent = to == from + 1;
            if (flow.adjacent) {
                flow.exit = Exit.SIDE;
                flow.entry = Exit.SIDE;
            }
        }
    }

    /**
     * Puts every other flow in a channel: the shortest first, below the lanes if it fits there, else above. Two
     * flows in one band must be nested or apart; a longer flow runs further out than the flows it spans.
     */
    private void assignChannels() {
        List<Flow> channelled = new ArrayList<>(flows.stream().filter(f -> !f.adjacent && f.exit != Exit.DOWN)
                .toList());
        channelled.sort(Comparator.comparingInt((Flow f) -> Math.abs(columns.indexOf(f.to) - columns.indexOf(f.from)))
                .thenComparingInt(flows::indexOf));
        for (Flow flow : channelled) {
            if (!tryBand(flow, Band.BOTTOM) && !tryBand(flow, Band.TOP)) {
                // No free way: drawn below anyway; the geometry check names the crossing.
                flow.band = Band.BOTTOM;
                flow.exit = Exit.RIGHT_ROUTE;
                flow.entry = flow.to.kind == Kind.MERGE ? Exit.BOTTOM_PORT : Exit.LEFT_ROUTE;
                ends(flow);
            }
        }
        for (Band band : Band.values()) {
            List<Flow> inBand = channelled.stream().filter(f -> f.band == band)
                    .sorted(Comparator.comparingDouble(f -> f.high() - f.low())).toList();
            for (Flow flow : inBand) {
                int depth = 1;
                for (Flow inner : inBand) {
                    if (inner != flow && inner.depth > 0 && inner.low() >= flow.low() && inner.high() <= flow.high()) {
                        depth = Math.max(depth, inner.depth + 1);
                    }
                }
                flow.depth = depth;
            }
        }
    }

    private boolean tryBand(Flow flow, Band band) {
        Exit exit;
        Node from = flow.from;
        if (from.kind == Kind.DECISION && band == Band.BOTTOM && !from.bottomPortUsed) {
            exit = Exit.BOTTOM_PORT;
        } else if (from.kind == Kind.DECISION && band == Band.TOP && !from.topPortUsed) {
            exit = Exit.TOP_PORT;
        } else if (!from.rightRouteUsed && flows.stream().noneMatch(other -> other.from == from && other.adjacent)) {
            // A line leaving sideways would meet the flow to the next column in the middle of its first segment.
            exit = Exit.RIGHT_ROUTE;
        } else {
            return false;
        }
        Exit entry;
        if (flow.to.kind == Kind.MERGE) {
            if (band == Band.BOTTOM && !flow.to.bottomPortUsed) {
                entry = Exit.BOTTOM_PORT;
            } else if (band == Band.TOP && !flow.to.topPortUsed) {
                entry = Exit.TOP_PORT;
            } else {
                return false;
            }
        } else {
            entry = Exit.LEFT_ROUTE;
        }
        flow.exit = exit;
        flow.entry = entry;
        ends(flow);
        for (Flow other : flows) {
            if (other != flow && other.band == band && conflict(flow, other)) {
                flow.exit = null;
                flow.entry = null;
                return false;
            }
        }
        flow.band = band;
        switch (exit) {
            case BOTTOM_PORT -> flow.from.bottomPortUsed = true;
            case TOP_PORT -> flow.from.topPortUsed = true;
            default -> flow.from.rightRouteUsed = true;
        }
        switch (entry) {
            case BOTTOM_PORT -> flow.to.bottomPortUsed = true;
            case TOP_PORT -> flow.to.topPortUsed = true;
            default -> {
            }
        }
        return true;
    }

    private void ends(Flow flow) {
        flow.xs = flow.exit == Exit.RIGHT_ROUTE ? columnRight(flow.from) + GAP / 4 : flow.from.cx();
        flow.xt = flow.entry == Exit.LEFT_ROUTE ? columnLeft(flow.to) - GAP / 4 : flow.to.cx();
    }

    /** Interleaving spans or a shared end would cross or touch in the middle of a line. */
    private static boolean conflict(Flow a, Flow b) {
        double[] ea = {a.xs, a.xt};
        double[] eb = {b.xs, b.xt};
        for (double p : ea) {
            for (double q : eb) {
                if (Math.abs(p - q) < 1) {
                    return true;
                }
            }
        }
        boolean bInsideA = b.low() > a.low() && b.high() < a.high();
        boolean aInsideB = a.low() > b.low() && a.high() < b.high();
        boolean apart = b.high() < a.low() || a.high() < b.low();
        return !(bInsideA || aInsideB || apart);
    }

    // ---- lanes ----

    private void placeLanes() {
        int bottomDepth = flows.stream().filter(f -> f.band == Band.BOTTOM).mapToInt(f -> f.depth).max().orElse(0);
        int topDepth = flows.stream().filter(f -> f.band == Band.TOP).mapToInt(f -> f.depth).max().orElse(0);
        double width = columns.stream().mapToDouble(this::columnRight).max().orElse(LANE_X) + 40 - LANE_X;
        double y = POOL_Y;
        for (int i = 0; i < lanes.size(); i++) {
            Actor lane = lanes.get(i);
            double above = 0;
            double below = 0;
            for (Node node : nodes) {
                if (node.lane == lane && !node.belowGateway) {
                    above = Math.max(above, above(node));
                    below = Math.max(below, below(node));
                }
            }
            double top = y + LANE_PAD_TOP + (i == 0 && topDepth > 0 ? CHANNEL * (topDepth + 1) : 0);
            double centre = top + above;
            for (Node node : nodes) {
                if (node.lane == lane) {
                    node.y = node.belowGateway ? centre + 25 + 35 : centre - node.h / 2;
                }
            }
            double height = centre + below + LANE_PAD_BOTTOM - y
                    + (i == lanes.size() - 1 && bottomDepth > 0 ? CHANNEL * bottomDepth : 0);
            laneBounds.put(lane.group(), new double[] {LANE_X, y, width, height});
            y += height;
        }
        pool = new double[] {POOL_X, POOL_Y, width + (LANE_X - POOL_X), y - POOL_Y};
    }

    private double above(Node node) {
        return switch (node.kind) {
            case TASK, CALL -> node.h / 2;
            case DECISION -> 25 + 4 + node.labelHeight + (node.topPortUsed ? 14 : 0);
            default -> node.h / 2;
        };
    }

    private double below(Node node) {
        return switch (node.kind) {
            case TASK -> node.h / 2 + 96;
            case CALL -> node.h / 2 + 20;
            case DECISION -> node.bottomPortUsed ? 25 + 35 + 36 + 4 + 14 : 25 + 20;
            case MERGE -> 25;
            default -> node.h / 2 + 4 + 14;
        };
    }

    // ---- the lines ----

    private void route() {
        Actor last = lanes.get(lanes.size() - 1);
        double[] lastLane = laneBounds.get(last.group());
        double bottomContent = lastLane[1] + lastLane[3] - LANE_PAD_BOTTOM
                - CHANNEL * flows.stream().filter(f -> f.band == Band.BOTTOM).mapToInt(f -> f.depth).max().orElse(0);
        double topContent = laneBounds.get(lanes.get(0).group())[1] + LANE_PAD_TOP
                + CHANNEL * (flows.stream().filter(f -> f.band == Band.TOP).mapToInt(f -> f.depth).max().orElse(0)
                + 1);
        for (Flow flow : flows) {
            Node s = flow.from;
            Node t = flow.to;
            List<double[]> p = flow.points;
            if (flow.exit == Exit.DOWN) {
                p.add(new double[] {s.cx(), s.y + s.h});
                p.add(new double[] {t.cx(), t.y});
                labelBeside(flow, s.cx() + 6, s.y + s.h + 4);
                continue;
            }
            if (flow.adjacent) {
                double mid = (columnRight(s) + columnLeft(t)) / 2;
                p.add(new double[] {s.x + s.w, s.cy()});
                if (dropsInto(s, t)) {
                    p.add(new double[] {t.cx(), s.cy()});
                    p.add(new double[] {t.cx(), t.y});
                } else if (Math.abs(s.cy() - t.cy()) > 0.5) {
                    p.add(new double[] {mid, s.cy()});
                    p.add(new double[] {mid, t.cy()});
                }
                if (!dropsInto(s, t)) {
                    p.add(new double[] {t.x, t.cy()});
                }
                if (flow.name != null) {
                    boolean otherGoesUp = flows.stream().anyMatch(other -> other != flow && other.from == s
                            && other.exit == Exit.RIGHT_ROUTE && other.band == Band.TOP);
                    labelBeside(flow, s.x + s.w + 4, otherGoesUp ? s.cy() + 4 : s.cy() - 17);
                }
                continue;
            }
            double channel = flow.band == Band.BOTTOM ? bottomContent + CHANNEL * flow.depth
                    : topContent - CHANNEL * flow.depth;
            if (flow.exit == Exit.BOTTOM_PORT) {
                p.add(new double[] {s.cx(), s.y + s.h});
                p.add(new double[] {s.cx(), channel});
                labelBeside(flow, s.cx() + 6, s.y + s.h + 4);
            } else if (flow.exit == Exit.TOP_PORT) {
                p.add(new double[] {s.cx(), s.y});
                p.add(new double[] {s.cx(), channel});
                labelBeside(flow, s.cx() + 6, s.y - 18);
            } else {
                p.add(new double[] {s.x + s.w, s.cy()});
                p.add(new double[] {flow.xs, s.cy()});
                p.add(new double[] {flow.xs, channel});
                if (flow.name != null) {
                    double w = Math.ceil(DiagramText.width(flow.name, DiagramText.LABEL_FONT));
                    labelBeside(flow, flow.xs - 4 - w, flow.band == Band.BOTTOM ? s.cy() + 4 : s.cy() - 18);
                }
            }
            switch (flow.entry) {
                case BOTTOM_PORT -> {
                    p.add(new double[] {t.cx(), channel});
                    p.add(new double[] {t.cx(), t.y + t.h});
                }
                case TOP_PORT -> {
                    p.add(new double[] {t.cx(), channel});
                    p.add(new double[] {t.cx(), t.y});
                }
                default -> {
                    p.add(new double[] {flow.xt, channel});
                    p.add(new double[] {flow.xt, t.cy()});
                    p.add(new double[] {t.x, t.cy()});
                }
            }
        }
    }

    private static void labelBeside(Flow flow, double x, double y) {
        if (flow.name == null) {
            return;
        }
        flow.label = new double[] {x, y, Math.ceil(DiagramText.width(flow.name, DiagramText.LABEL_FONT)), 14};
    }

    /** The compact late-step marking of a task: the timer on its lower edge, the end event below the timer. */
    static double[] timerBounds(Node task) {
        return new double[] {task.x + task.w - TIMER_INSET, task.y + task.h - 18, 36, 36};
    }

    static double[] lateEventBounds(Node task) {
        double[] timer = timerBounds(task);
        return new double[] {timer[0], timer[1] + LATE_EVENT_DROP, 36, 36};
    }
}
