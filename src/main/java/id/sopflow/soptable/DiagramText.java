package id.sopflow.soptable;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * How much room a name takes in Camunda Modeler at 100 %: Arial widths and diagram-js's line breaking
 * ({@code util/Text.js}), the same measure the diagram geometry test applies, so that the generated layout gives every
 * task name and label the room that test (and a process owner's eye) asks for.
 */
final class DiagramText {

    static final double TASK_FONT = 12;
    static final double TASK_LINE_HEIGHT = 14.4;
    static final double LABEL_FONT = 11;
    static final double LABEL_LINE_HEIGHT = 13.2;
    static final double LABEL_WIDTH = 90;
    /** The geometry check is generous by 5 %; so is the layout. */
    private static final double MARGIN = 1.05;

    /** Arial advance widths in 1/1000 em for the printable ASCII characters, space (32) to tilde (126). */
    private static final int[] ARIAL = {
            278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
            556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
            1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
            667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
            333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
            556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};

    private DiagramText() {
    }

    /** Rendered width in px, 5 % generous. */
    static double width(String text, double size) {
        double units = 0;
        for (char c : text.toCharArray()) {
            units += c >= 32 && c <= 126 ? ARIAL[c - 32] : c > 0x2000 ? 1000 : 556;
        }
        return units * size / 1000 * MARGIN;
    }

    /** The lines bpmn-js breaks a text into in an area of the given width. */
    static List<String> wrap(String text, double maxWidth, double size) {
        Deque<String> pending = new ArrayDeque<>(List.of(text.split("\r?\n")));
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

    private static String shorten(String line, double room) {
        room = Math.max(room, 1);
        String[] parts = line.split("(?<=[\\s\\-])|(?=[\\s\\-])");
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
                    if (part.equals("-") && !kept.isEmpty()) {
                        kept.remove(kept.size() - 1);
                    }
                    break;
                }
            }
        }
        String shortened = String.join("", kept);
        return shortened.isEmpty() ? line.substring(0, (int) Math.max(Math.round(room - 1), 1)) : shortened;
    }

    /** The widest word of a text, in px at the task font. */
    static double widestWord(String text) {
        double widest = 0;
        for (String word : text.trim().split("\\s+")) {
            widest = Math.max(widest, width(word, TASK_FONT));
        }
        return widest;
    }
}
