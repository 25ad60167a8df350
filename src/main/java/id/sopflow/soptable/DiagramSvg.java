package id.sopflow.soptable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * A picture of a diagram as Camunda Modeler lays it out, drawn from the diagram's own interchange (the shapes' bounds
 * and the flows' waypoints), for the preview a process owner sees before deploying a generated SOP. A sketch, not
 * bpmn-js: lanes, tasks, gateways, events, flows and their names where Modeler puts them, so that what the owner
 * approves is the layout they will open in Modeler. Drawn on the server so the application ships no diagram library.
 */
public final class DiagramSvg {

    private static final String FONT = "font-family=\"Arial, sans-serif\"";
    private static final int MARGIN = 20;

    private DiagramSvg() {
    }

    public static String render(BpmnModelInstance model) {
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (BpmnShape shape : shapes) {
            Bounds b = shape.getBounds();
            minX = Math.min(minX, b.getX());
            minY = Math.min(minY, b.getY());
            maxX = Math.max(maxX, b.getX() + b.getWidth());
            maxY = Math.max(maxY, b.getY() + b.getHeight());
        }
        if (shapes.isEmpty()) {
            minX = minY = 0;
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%.0f %.0f %.0f %.0f\" "
                        + "width=\"%.0f\" height=\"%.0f\" role=\"img\">",
                minX - MARGIN, minY - MARGIN, maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN,
                maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN));
        svg.append("<defs><marker id=\"panah\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
                + "markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#222\"/></marker></defs>");
        svg.append("<rect x=\"").append(num(minX - MARGIN)).append("\" y=\"").append(num(minY - MARGIN))
                .append("\" width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        // Pools and lanes first, then flows, then the flow nodes on top, as Modeler stacks them.
        shapes.stream().filter(s -> s.getBpmnElement() instanceof Participant).forEach(s -> container(svg, s));
        shapes.stream().filter(s -> s.getBpmnElement() instanceof Lane).forEach(s -> container(svg, s));
        edges.forEach(edge -> edge(svg, edge));
        shapes.stream().filter(s -> !(s.getBpmnElement() instanceof Participant || s.getBpmnElement() instanceof Lane))
                .forEach(s -> node(svg, s));
        return svg.append("</svg>").toString();
    }

    private static void container(StringBuilder svg, BpmnShape shape) {
        Bounds b = shape.getBounds();
        BaseElement element = shape.getBpmnElement();
        String name = element instanceof Participant p ? p.getName() : ((Lane) element).getName();
        rect(svg, b.getX(), b.getY(), b.getWidth(), b.getHeight(), 0, "none", "#222", 1.5);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"#222\"/>",
                num(b.getX() + 30), num(b.getY()), num(b.getX() + 30), num(b.getY() + b.getHeight())));
        double cx = b.getX() + 15;
        double cy = b.getY() + b.getHeight() / 2;
        svg.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" %s font-size=\"12\" text-anchor=\"middle\" "
                        + "dominant-baseline=\"middle\" transform=\"rotate(-90 %s %s)\">%s</text>",
                num(cx), num(cy), FONT, num(cx), num(cy), escape(name)));
    }

    private static void node(StringBuilder svg, BpmnShape shape) {
        Bounds b = shape.getBounds();
        BaseElement element = shape.getBpmnElement();
        double x = b.getX();
        double y = b.getY();
        double w = b.getWidth();
        double h = b.getHeight();
        if (element instanceof Activity activity) {
            rect(svg, x, y, w, h, 10, "#fff", "#222", 2);
            lines(svg, activity.getName(), x + w / 2, y + h / 2, (int) ((w - 10) / 6), 12);
        } else if (element instanceof Gateway gateway) {
            svg.append(String.format(Locale.ROOT, "<polygon points=\"%s,%s %s,%s %s,%s %s,%s\" fill=\"#fff\" "
                            + "stroke=\"#222\" stroke-width=\"2\"/>", num(x + w / 2), num(y), num(x + w), num(y + h / 2),
                    num(x + w / 2), num(y + h), num(x), num(y + h / 2)));
            String mark = gateway instanceof ParallelGateway ? "+" : "×";
            svg.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" %s font-size=\"26\" text-anchor=\"middle\" "
                    + "dominant-baseline=\"central\">%s</text>", num(x + w / 2), num(y + h / 2), FONT, mark));
            label(svg, shape, gateway.getName());
        } else if (element instanceof Event event) {
            boolean end = event instanceof EndEvent;
            boolean boundary = event instanceof BoundaryEvent;
            boolean interrupting = !(boundary && !((BoundaryEvent) event).cancelActivity());
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"#fff\" stroke=\"#222\" "
                            + "stroke-width=\"%s\"%s/>", num(x + w / 2), num(y + h / 2), num(w / 2), end ? "4" : "1.5",
                    interrupting ? "" : " stroke-dasharray=\"4 2\""));
            if (boundary || !event.getChildElementsByType(TimerEventDefinition.class).isEmpty()) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"none\" "
                                + "stroke=\"#222\"%s/>", num(x + w / 2), num(y + h / 2), num(w / 2 - 3),
                        interrupting ? "" : " stroke-dasharray=\"4 2\""));
            }
            if (!event.getChildElementsByType(TimerEventDefinition.class).isEmpty()) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"#fff\" "
                                + "stroke=\"#222\"/><path d=\"M%s,%s L%s,%s L%s,%s\" fill=\"none\" stroke=\"#222\"/>",
                        num(x + w / 2), num(y + h / 2), num(w / 2 - 7), num(x + w / 2), num(y + h / 2 - w / 2 + 9),
                        num(x + w / 2), num(y + h / 2), num(x + w / 2 + 5), num(y + h / 2)));
            }
            if (!boundary) {
                label(svg, shape, ((FlowElement) event).getName());
            }
        } else if (element instanceof TextAnnotation annotation) {
            svg.append(String.format(Locale.ROOT, "<path d=\"M%s,%s L%s,%s L%s,%s L%s,%s\" fill=\"none\" "
                            + "stroke=\"#222\"/>", num(x + 15), num(y), num(x), num(y), num(x), num(y + h), num(x + 15),
                    num(y + h)));
            String text = annotation.getText() == null ? "" : annotation.getText().getTextContent();
            lines(svg, text, x + w / 2, y + h / 2, (int) (w / 6), 11);
        }
    }

    private static void label(StringBuilder svg, BpmnShape shape, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        BpmnLabel label = shape.getBpmnLabel();
        Bounds b = shape.getBounds();
        if (label != null && label.getBounds() != null) {
            Bounds l = label.getBounds();
            // Centred in the label's bounds, but never above them: a name that wraps to more lines than the bounds
            // hold grows downwards, off the shape it names (an event's label sits under the event).
            lines(svg, name, l.getX() + l.getWidth() / 2, l.getY() + l.getHeight() / 2,
                    Math.max(8, (int) (l.getWidth() / 6)), 11, l.getY());
        } else {
            lines(svg, name, b.getX() + b.getWidth() / 2, b.getY() + b.getHeight() + 14, 16, 11);
        }
    }

    private static void edge(StringBuilder svg, BpmnEdge edge) {
        List<String> points = new ArrayList<>();
        for (Waypoint point : edge.getWaypoints()) {
            points.add(num(point.getX()) + "," + num(point.getY()));
        }
        boolean message = edge.getBpmnElement() instanceof MessageFlow;
        svg.append("<polyline points=\"").append(String.join(" ", points)).append("\" fill=\"none\" stroke=\"#222\" ")
                .append("stroke-width=\"1.5\" marker-end=\"url(#panah)\"")
                .append(message ? " stroke-dasharray=\"6 4\"" : "").append("/>");
        if (edge.getBpmnElement() instanceof FlowElement flow && flow.getName() != null && !flow.getName().isBlank()) {
            BpmnLabel label = edge.getBpmnLabel();
            if (label != null && label.getBounds() != null) {
                Bounds l = label.getBounds();
                lines(svg, flow.getName(), l.getX() + l.getWidth() / 2, l.getY() + l.getHeight() / 2, 20, 11);
            } else {
                Waypoint first = edge.getWaypoints().iterator().next();
                lines(svg, flow.getName(), first.getX() + 12, first.getY() - 8, 20, 11);
            }
        }
    }

    /** Words broken into lines of at most {@code perLine} characters, centred on (cx, cy). */
    private static void lines(StringBuilder svg, String text, double cx, double cy, int perLine, int size) {
        lines(svg, text, cx, cy, perLine, size, Double.NEGATIVE_INFINITY);
    }

    /** As above, with the top of the first line at {@code minTop} or below. */
    private static void lines(StringBuilder svg, String text, double cx, double cy, int perLine, int size,
            double minTop) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > Math.max(perLine, 4)) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        double top = Math.max(cy - (lines.size() - 1) * (size + 2) / 2.0, minTop + (size + 2) / 2.0);
        svg.append(String.format(Locale.ROOT, "<text %s font-size=\"%d\" text-anchor=\"middle\" fill=\"#222\">", FONT,
                size));
        for (int i = 0; i < lines.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<tspan x=\"%s\" y=\"%s\" dominant-baseline=\"middle\">%s</tspan>",
                    num(cx), num(top + i * (size + 2)), escape(lines.get(i))));
        }
        svg.append("</text>");
    }

    private static void rect(StringBuilder svg, double x, double y, double w, double h, int radius, String fill,
                             String stroke, double width) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"%d\" fill=\"%s\" "
                + "stroke=\"%s\" stroke-width=\"%s\"/>", num(x), num(y), num(w), num(h), radius, fill, stroke, width));
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
