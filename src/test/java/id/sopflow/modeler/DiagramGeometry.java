package id.sopflow.modeler;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What a process owner sees at 100 % in Camunda Modeler, measured from the diagram interchange: task names that do
 * not fit their box (bpmn-js wraps the name at words inside the box with 5 px padding in 12 px Arial, centres it,
 * and cuts a word wider than the box on both sides; the type marker and a boundary timer cover the text's top and
 * bottom), flow nodes drawn over each other, sequence flows crossing each other or running through a shape.
 */
final class DiagramGeometry {

    /** Average width of a character of 12 px Arial, as bpmn-js measures task names (slightly generous). */
    static final double CHAR_WIDTH = 6.6;
    static final double LINE_HEIGHT = 14.4;
    static final double PADDING = 5;
    /** The task-type marker at the top and a boundary timer at the bottom edge cover about this much of the text. */
    static final double ICON = 14;

    private DiagramGeometry() {
    }

    /** Names of activities that need more lines than their box holds. */
    static List<String> clippedNames(BpmnModelInstance model) {
        List<String> clipped = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() instanceof Activity activity && !(activity instanceof SubProcess)
                    && activity.getName() != null) {
                Bounds b = shape.getBounds();
                double width = b.getWidth() - 2 * PADDING;
                int lines = lines(activity.getName(), width);
                boolean tooWide = java.util.Arrays.stream(activity.getName().trim().split("\\s+"))
                        .anyMatch(word -> word.length() * CHAR_WIDTH > width);
                if (tooWide || lines * LINE_HEIGHT > b.getHeight() - 2 * PADDING - ICON) {
                    clipped.add(activity.getId() + " (\"" + activity.getName() + "\", " + lines + " baris)");
                }
            }
        }
        return clipped;
    }

    /** Lines a name wraps to at word boundaries; a word longer than a line counts as overflowing lines. */
    static int lines(String name, double width) {
        int perLine = Math.max(1, (int) Math.floor(width / CHAR_WIDTH));
        int lines = 1;
        int used = 0;
        for (String word : name.trim().split("\\s+")) {
            int length = word.length();
            if (used == 0) {
                lines += (length - 1) / perLine;
                used = length % perLine == 0 ? perLine : length % perLine;
            } else if (used + 1 + length <= perLine) {
                used += 1 + length;
            } else {
                lines += 1 + (length - 1) / perLine;
                used = length % perLine == 0 ? perLine : length % perLine;
            }
        }
        return lines;
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
