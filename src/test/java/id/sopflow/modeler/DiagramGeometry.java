package id.sopflow.modeler;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What a process owner sees at 100 % in Camunda Modeler, measured from the diagram interchange.
 * <ul>
 * <li>Task names: bpmn-js breaks a name into lines inside its box (7 px padding, 12 px Arial, 1.2 line height; see
 * {@link #wrap}) and centres the block; a word wider than the box is cut, the type icon in the top-left corner
 * covers the first line when the block reaches that high, and a boundary event on an edge covers the line it
 * overlaps.</li>
 * <li>External labels (events, gateways, flows): 11 px Arial wrapped at 90 px, centred on the label's DI bounds, or
 * below the element (on the middle of the flow) when the DI has none, as bpmn-js places them.</li>
 * <li>Text widths come from Arial's character widths (the metrics Liberation Sans shares), 5 % generous.</li>
 * </ul>
 */
public final class DiagramGeometry {

    /**
     * The most a process owner pans at 100 %: about one and a half laptop screens (PPID was 3,500 px wide). Steps
     * that hand over to another lane stack under each other instead of taking a new column.
     */
    public static final double MAX_WIDTH = 2500;
    public static final double MAX_HEIGHT = 1500;

    static final double LINE_HEIGHT = 14.4;
    /** bpmn-js's padding inside a task (renderEmbeddedLabel). */
    static final double PADDING = 7;
    /** The task-type marker at the top and a boundary timer at the bottom edge cover about this much of the text. */
    static final double ICON = 14;
    /** The task-type icon's corner: text reaching into it is hidden behind the icon ("erima laporan"). */
    static final double ICON_WIDTH = 24;
    static final double ICON_HEIGHT = 22;
    static final double LABEL_FONT = 11;
    static final double LABEL_LINE_HEIGHT = 13.2;
    static final double LABEL_WIDTH = 90;
    /** Width of a lane or pool title band. */
    static final double HEADER = 30;
    /** Generous by this factor, so that a name that passes here fits in Modeler too. */
    static final double MARGIN = 1.05;

    /** Arial advance widths in 1/1000 em for the printable ASCII characters, space (32) to tilde (126). */
    private static final int[] ARIAL = {
            278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
            556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
            1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
            667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
            333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
            556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584}; // p to ~

    private DiagramGeometry() {
    }

    /** Rendered width of a text in Arial of the given size, in px. */
    static double width(String text, double size) {
        double units = 0;
        for (char c : text.toCharArray()) {
            units += c >= 32 && c <= 126 ? ARIAL[c - 32] : c > 0x2000 ? 1000 : 556;
        }
        return units * size / 1000 * MARGIN;
    }

    /**
     * The lines a name takes in a text area of the given width, as bpmn-js lays them out (diagram-js
     * {@code util/Text.js}): a line too wide is cut to a number of characters proportional to the room, at the last
     * space or hyphen before that, and the rest starts the next line. Measured with Arial's own widths, so the breaks
     * are Modeler's; the fit checks then add the margin.
     */
    static List<String> wrap(String name, double maxWidth, double size) {
        java.util.Deque<String> pending = new java.util.ArrayDeque<>(List.of(name.split("\u00AD?\r?\n")));
        List<String> lines = new ArrayList<>();
        while (!pending.isEmpty()) {
            String original = pending.pop();
            String fit = original;
            while (true) {
                double w = fit.isEmpty() ? 0 : width(fit, size) / MARGIN;
                if (fit.isBlank() || w < Math.round(maxWidth) || fit.length() < 2) {
                    break;
                }
                fit = shorten(fit, fit.length() * maxWidth / w);
            }
            if (fit.length() < original.length()) {
                pending.push(original.substring(fit.length()).trim());
            }
            lines.add(fit);
        }
        return lines;
    }

    /** diagram-js {@code semanticShorten}: whole words (and separators) while they stay under the room in characters. */
    private static String shorten(String line, double room) {
        room = Math.max(room, 1);
        String[] parts = line.split("(?<=[\\s\\-\u00AD])|(?=[\\s\\-\u00AD])");
        List<String> kept = new ArrayList<>();
        int length = 0;
        if (parts.length > 1) {
            for (String part : parts) {
                if (part.isEmpty()) {
                    break;
                }
                if (part.length() + length < room) {
                    kept.add(part);
                    length += part.length();
                } else {
                    if ((part.equals("-") || part.equals("\u00AD")) && !kept.isEmpty()) {
                        kept.remove(kept.size() - 1);
                    }
                    break;
                }
            }
        }
        String shortened = String.join("", kept);
        return shortened.isEmpty() ? line.substring(0, (int) Math.max(Math.round(room - 1), 1)) : shortened;
    }

    /** Lines a task name takes in a box whose text area is this wide. */
    static int lines(String name, double width) {
        return wrap(name, width, 12).size();
    }

    /** Activities whose name does not show whole: a word wider than the box, too many lines, or text under the icon. */
    static List<String> clippedNames(BpmnModelInstance model) {
        // Boundary events sit on their host's edge, over whatever line of the name reaches there.
        Map<String, List<Rectangle2D>> boundaryShapes = new HashMap<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() instanceof BoundaryEvent event && event.getAttachedTo() != null) {
                boundaryShapes.computeIfAbsent(event.getAttachedTo().getId(), id -> new ArrayList<>()).add(rect(shape));
            }
        }
        List<String> clipped = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() instanceof Activity activity && !(activity instanceof SubProcess)
                    && activity.getName() != null) {
                Bounds b = shape.getBounds();
                double width = b.getWidth() - 2 * PADDING;
                String name = activity.getName();
                List<String> lines = wrap(name, width, 12);
                boolean tooWide = java.util.Arrays.stream(name.trim().split("\\s+"))
                        .anyMatch(word -> width(word, 12) > width);
                double top = (b.getHeight() - lines.size() * LINE_HEIGHT) / 2;
                double left = (b.getWidth() - width(lines.get(0).strip(), 12)) / 2;
                boolean underIcon = !(activity instanceof CallActivity) && top < ICON_HEIGHT && left < ICON_WIDTH;
                boolean underTimer = false;
                for (int i = 0; i < lines.size(); i++) {
                    double lineWidth = width(lines.get(i).strip(), 12);
                    Rectangle2D line = new Rectangle2D.Double(b.getX() + (b.getWidth() - lineWidth) / 2,
                            b.getY() + top + i * LINE_HEIGHT, lineWidth, LINE_HEIGHT);
                    underTimer |= boundaryShapes.getOrDefault(activity.getId(), List.of()).stream()
                            .anyMatch(event -> overlap(line, event));
                }
                if (tooWide || lines.size() * LINE_HEIGHT > b.getHeight() - 2 * PADDING - ICON || underIcon
                        || underTimer) {
                    clipped.add(activity.getId() + " (\"" + name + "\", " + lines.size() + " baris"
                            + (underIcon ? ", tertutup ikon" : "") + (underTimer ? ", tertutup timer" : "") + ")");
                }
            }
        }
        return clipped;
    }

    /**
     * Labels of events, gateways and flows lying over a flow node, a text annotation, a pool or lane title, or over
     * another label, and sequence flows drawn through a label. A label inside an expanded subprocess is inside, not
     * over it.
     */
    static List<String> labelOverlaps(BpmnModelInstance model) {
        Map<String, Rectangle2D> labels = new LinkedHashMap<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement element = shape.getBpmnElement();
            String name = element instanceof FlowNode node && !(node instanceof Activity) ? node.getName() : null;
            if (name != null && !name.isBlank()) {
                Bounds b = shape.getBounds();
                Bounds label = shape.getBpmnLabel() != null ? shape.getBpmnLabel().getBounds() : null;
                double cx = label != null ? label.getX() + label.getWidth() / 2 : b.getX() + b.getWidth() / 2;
                double top = label != null ? label.getY() : b.getY() + b.getHeight();
                labels.put(element.getId(), labelRect(name, cx, top, false));
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            BaseElement element = edge.getBpmnElement();
            String name = element instanceof SequenceFlow flow ? flow.getName()
                    : element instanceof MessageFlow flow ? flow.getName() : null;
            if (name != null && !name.isBlank()) {
                Bounds label = edge.getBpmnLabel() != null ? edge.getBpmnLabel().getBounds() : null;
                if (label != null) {
                    labels.put(element.getId(), labelRect(name, label.getX() + label.getWidth() / 2, label.getY(), false));
                } else {
                    List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
                    double mid = points.size() / 2.0 - 1;
                    Waypoint p = points.get((int) Math.floor(mid));
                    Waypoint q = points.get((int) Math.ceil(mid + 0.01));
                    labels.put(element.getId(), labelRect(name, (p.getX() + q.getX()) / 2, (p.getY() + q.getY()) / 2, true));
                }
            }
        }
        Map<String, Rectangle2D> obstacles = new LinkedHashMap<>();
        Map<String, Boolean> containers = new HashMap<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement element = shape.getBpmnElement();
            Rectangle2D r = rect(shape);
            if (element instanceof FlowNode || element instanceof TextAnnotation) {
                obstacles.put(element.getId(), r);
                containers.put(element.getId(), element instanceof SubProcess);
            } else if (element instanceof Participant || element instanceof Lane) {
                obstacles.put(element.getId() + " (judul)", new Rectangle2D.Double(r.getX(), r.getY(), HEADER, r.getHeight()));
            }
        }
        List<String> found = new ArrayList<>();
        List<String> ids = new ArrayList<>(labels.keySet());
        for (int i = 0; i < ids.size(); i++) {
            Rectangle2D label = labels.get(ids.get(i));
            for (Map.Entry<String, Rectangle2D> obstacle : obstacles.entrySet()) {
                if (obstacle.getKey().equals(ids.get(i))
                        || containers.getOrDefault(obstacle.getKey(), false) && obstacle.getValue().contains(label)) {
                    continue;
                }
                if (overlap(label, obstacle.getValue())) {
                    found.add("label " + ids.get(i) + " di atas " + obstacle.getKey());
                }
            }
            for (int j = i + 1; j < ids.size(); j++) {
                if (overlap(label, labels.get(ids.get(j)))) {
                    found.add("label " + ids.get(i) + " / label " + ids.get(j));
                }
            }
        }
        // A flow drawn through a label strikes its text out, also the label of the event or gateway it leaves
        // (an error boundary's flow running down through "Perlu unggah manual"); only its own label is on it.
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            BaseElement flow = edge.getBpmnElement();
            if (flow instanceof SequenceFlow || flow instanceof MessageFlow) {
                for (Map.Entry<String, Rectangle2D> label : labels.entrySet()) {
                    String owner = label.getKey();
                    if (owner.equals(flow.getId())) {
                        continue;
                    }
                    Rectangle2D r = label.getValue();
                    Rectangle2D inner = new Rectangle2D.Double(r.getX() + 1, r.getY() + 1, r.getWidth() - 2,
                            r.getHeight() - 2);
                    if (segments(edge).stream().anyMatch(segment -> segment.intersects(inner))) {
                        found.add("alur " + flow.getId() + " melewati label " + owner);
                    }
                }
            }
        }
        return found;
    }

    private static Rectangle2D labelRect(String name, double centreX, double y, boolean centredVertically) {
        List<String> lines = wrap(name, LABEL_WIDTH, LABEL_FONT);
        double width = lines.stream().mapToDouble(line -> width(line.strip(), LABEL_FONT)).max().orElse(0);
        double height = lines.size() * LABEL_LINE_HEIGHT;
        return new Rectangle2D.Double(centreX - width / 2, centredVertically ? y - height / 2 : y, width, height);
    }

    /** Overlapping by more than half a pixel: labels and shapes that merely touch are apart. */
    private static boolean overlap(Rectangle2D a, Rectangle2D b) {
        return a.getX() < b.getMaxX() - 0.5 && b.getX() < a.getMaxX() - 0.5 && a.getY() < b.getMaxY() - 0.5
                && b.getY() < a.getMaxY() - 0.5;
    }

    /** Lane names of each pool from top to bottom. */
    static List<String> laneOrder(BpmnModelInstance model) {
        return model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() instanceof Lane)
                .sorted(java.util.Comparator.comparingDouble(shape -> shape.getBounds().getY()))
                .map(shape -> ((Lane) shape.getBpmnElement()).getName()).toList();
    }

    /**
     * Lanes that are at least four-fifths empty: no flow node at all, or the rows their shapes, labels and flows
     * cover are less than a fifth of the lane's height (a tall band of white across the whole diagram).
     */
    static List<String> emptyLanes(BpmnModelInstance model) {
        Map<String, Rectangle2D> shapes = new HashMap<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            shapes.put(shape.getBpmnElement().getId(), rect(shape));
        }
        List<double[]> flowPoints = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() instanceof SequenceFlow) {
                edge.getWaypoints().forEach(point -> flowPoints.add(new double[] {point.getX(), point.getY()}));
            }
        }
        List<String> empty = new ArrayList<>();
        for (Lane lane : model.getModelElementsByType(Lane.class)) {
            Rectangle2D band = shapes.get(lane.getId());
            List<double[]> rows = new ArrayList<>();
            for (FlowNode node : lane.getFlowNodeRefs()) {
                Rectangle2D r = shapes.get(node.getId());
                if (r != null) {
                    rows.add(new double[] {r.getY(), r.getMaxY()});
                }
            }
            if (rows.isEmpty()) {
                empty.add(lane.getName() + " (kosong)");
                continue;
            }
            for (double[] point : flowPoints) {
                if (band.contains(point[0], point[1])) {
                    rows.add(new double[] {point[1] - 1, point[1] + 1});
                }
            }
            rows.sort(java.util.Comparator.comparingDouble(row -> row[0]));
            double covered = 0;
            double from = band.getY();
            double to = band.getY();
            for (double[] row : rows) {
                double a = Math.max(row[0], band.getY());
                double b = Math.min(row[1], band.getMaxY());
                if (b <= a) {
                    continue;
                }
                if (a > to) {
                    covered += to - from;
                    from = a;
                    to = b;
                } else {
                    to = Math.max(to, b);
                }
            }
            covered += to - from;
            if (covered < band.getHeight() / 5) {
                empty.add(lane.getName() + " (" + Math.round(100 * covered / band.getHeight()) + " % terisi)");
            }
        }
        return empty;
    }

    /**
     * Every readability problem of a diagram at 100 %, as {@code DiagramGeometryTest} checks the diagrams of
     * {@code processes/}: clipped names, overlapping shapes, covered labels, crossings, near-empty lanes and a size
     * beyond the given one. For diagrams made elsewhere (the SOP-table generator); empty when it reads well.
     */
    public static List<String> problems(BpmnModelInstance model, double maxWidth, double maxHeight) {
        List<String> problems = new ArrayList<>();
        clippedNames(model).forEach(name -> problems.add("nama terpotong: " + name));
        overlaps(model).forEach(pair -> problems.add("bentuk bertumpuk: " + pair));
        labelOverlaps(model).forEach(label -> problems.add(label));
        crossings(model).forEach(crossing -> problems.add("alur bersilangan: " + crossing));
        emptyLanes(model).forEach(lane -> problems.add("lajur hampir kosong: " + lane));
        double[] size = size(model);
        if (size[0] > maxWidth || size[1] > maxHeight) {
            problems.add("diagram " + Math.round(size[0]) + " × " + Math.round(size[1]) + " px, lebih dari "
                    + Math.round(maxWidth) + " × " + Math.round(maxHeight));
        }
        return problems;
    }

    /** Lane names of each pool from top to bottom (public twin of {@link #laneOrder}). */
    public static List<String> lanesTopToBottom(BpmnModelInstance model) {
        return laneOrder(model);
    }

    /** Width and height of everything drawn: shapes, labels and flows. */
    public static double[] size(BpmnModelInstance model) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        List<Bounds> bounds = new ArrayList<>(model.getModelElementsByType(Bounds.class));
        for (Bounds b : bounds) {
            minX = Math.min(minX, b.getX());
            minY = Math.min(minY, b.getY());
            maxX = Math.max(maxX, b.getX() + b.getWidth());
            maxY = Math.max(maxY, b.getY() + b.getHeight());
        }
        for (Waypoint point : model.getModelElementsByType(Waypoint.class)) {
            minX = Math.min(minX, point.getX());
            minY = Math.min(minY, point.getY());
            maxX = Math.max(maxX, point.getX());
            maxY = Math.max(maxY, point.getY());
        }
        return new double[] {maxX - minX, maxY - minY};
    }

    /** Pairs of flow-node shapes that overlap; a boundary event on its host and a node inside its subprocess do not count. */
    static List<String> overlaps(BpmnModelInstance model) {
        List<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() instanceof FlowNode).toList();
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                FlowNode a = (FlowNode) shapes.get(i).getBpmnElement();
                FlowNode b = (FlowNode) shapes.get(j).getBpmnElement();
                if (related(a, b) || related(b, a)) {
                    continue;
                }
                if (rect(shapes.get(i)).intersects(rect(shapes.get(j)))) {
                    overlaps.add(a.getId() + " / " + b.getId());
                }
            }
        }
        return overlaps;
    }

    private static boolean related(FlowNode a, FlowNode b) {
        if (a instanceof BoundaryEvent boundary && boundary.getAttachedTo() == b) {
            return true;
        }
        for (ModelElementInstance parent = a.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent == b) {
                return true;
            }
        }
        return false;
    }

    /** Sequence flows whose segments cross another flow's, and flows running through a shape other than their ends. */
    static List<String> crossings(BpmnModelInstance model) {
        List<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(edge -> edge.getBpmnElement() instanceof SequenceFlow).toList();
        List<String> crossings = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 1; j < edges.size(); j++) {
                SequenceFlow a = (SequenceFlow) edges.get(i).getBpmnElement();
                SequenceFlow b = (SequenceFlow) edges.get(j).getBpmnElement();
                if (cross(segments(edges.get(i)), segments(edges.get(j)))) {
                    crossings.add(a.getId() + " x " + b.getId());
                }
            }
        }
        List<BpmnShape> nodes = model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBpmnElement() instanceof FlowNode
                        && !(shape.getBpmnElement() instanceof SubProcess)).toList();
        for (BpmnEdge edge : edges) {
            SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
            for (BpmnShape shape : nodes) {
                FlowNode node = (FlowNode) shape.getBpmnElement();
                if (node == flow.getSource() || node == flow.getTarget()
                        || flow.getSource() instanceof BoundaryEvent boundary && boundary.getAttachedTo() == node) {
                    continue;
                }
                Rectangle2D inner = rect(shape);
                inner = new Rectangle2D.Double(inner.getX() + 2, inner.getY() + 2, inner.getWidth() - 4,
                        inner.getHeight() - 4);
                for (Line2D segment : segments(edge)) {
                    if (segment.intersects(inner)) {
                        crossings.add(flow.getId() + " melewati " + node.getId());
                        break;
                    }
                }
            }
        }
        return crossings;
    }

    private static boolean cross(Collection<Line2D> a, Collection<Line2D> b) {
        for (Line2D s : a) {
            for (Line2D t : b) {
                if (s.intersectsLine(t) && !touchAtEnds(s, t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Flows that merge into or split from one point share end points; that is not a crossing. */
    private static boolean touchAtEnds(Line2D s, Line2D t) {
        return s.getP1().distance(t.getP1()) < 1 || s.getP1().distance(t.getP2()) < 1
                || s.getP2().distance(t.getP1()) < 1 || s.getP2().distance(t.getP2()) < 1
                || collinearOverlap(s, t);
    }

    /** Two flows running along the same line into one gateway join there; bpmn-js draws them as one. */
    private static boolean collinearOverlap(Line2D s, Line2D t) {
        return s.ptLineDist(t.getP1()) < 0.5 && s.ptLineDist(t.getP2()) < 0.5;
    }

    private static List<Line2D> segments(BpmnEdge edge) {
        List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
        List<Line2D> segments = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            segments.add(new Line2D.Double(points.get(i).getX(), points.get(i).getY(), points.get(i + 1).getX(),
                    points.get(i + 1).getY()));
        }
        return segments;
    }

    private static Rectangle2D rect(BpmnShape shape) {
        Bounds b = shape.getBounds();
        return new Rectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }
}
