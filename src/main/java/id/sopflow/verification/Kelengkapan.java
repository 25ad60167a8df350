package id.sopflow.verification;

import java.util.List;

/**
 * The outcome of a kelengkapan check: every problem found, each a full sentence in Bahasa Indonesia that names the
 * field as its form labels it. No problems means complete.
 */
public record Kelengkapan(List<String> problems) {

    public Kelengkapan {
        problems = List.copyOf(problems);
    }

    public static Kelengkapan complete() {
        return new Kelengkapan(List.of());
    }

    public boolean isComplete() {
        return problems.isEmpty();
    }

    /** The problems one per line, as a form shows them; empty when complete. */
    public String asText() {
        return String.join("\n", problems);
    }
}
