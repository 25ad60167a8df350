package id.sopflow.soptable;

import java.util.List;

/**
 * A table that cannot become a {@link SopTable}: every problem found, each a sentence in Bahasa Indonesia naming its
 * row, column or cell, so a process owner fixes them all in one round. Nothing is read when there is any.
 */
public class SopTableProblems extends RuntimeException {

    private final String source;
    private final List<String> problems;

    public SopTableProblems(String source, List<String> problems) {
        super(message(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file name the table came from. */
    public String source() {
        return source;
    }

    /** One sentence per problem, in the order of the table (Identitas, Pelaksana, Langkah, then the flow). */
    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        StringBuilder text = new StringBuilder("Tabel SOP ").append(source).append(" belum dapat dipakai (")
                .append(problems.size()).append(" masalah):");
        problems.forEach(problem -> text.append("\n- ").append(problem));
        return text.toString();
    }
}
