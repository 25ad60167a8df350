package id.sopflow.verification;

import java.util.List;

import id.sopflow.InputRefusedException;

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

    /**
     * Refuses the input when anything is missing: the problems joined by {@code separator}, as the user reads them.
     *
     * @throws InputRefusedException when not complete; the whole command is rolled back and the task stays open
     */
    public void refuseIfIncomplete(String separator) {
        if (!isComplete()) {
            throw new InputRefusedException(String.join(separator, problems));
        }
    }

    /** The problems one per line, as a form shows them; empty when complete. */
    public String asText() {
        return String.join("\n", problems);
    }
}
