package id.sopflow.sop.sipa.feedback;

import java.time.Instant;

/**
 * A citizen's question as its tracking code shows it: the question, when it arrived, and the answer once given.
 * Never the name or contact the citizen left, nor who answered.
 */
public record TrackedQuestion(String isi, Instant received, String tanggapan, Instant answeredAt) {

    public boolean answered() {
        return tanggapan != null;
    }
}
