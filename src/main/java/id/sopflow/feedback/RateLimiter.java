package id.sopflow.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key within a sliding window, kept in memory. Keys whose events all left the
 * window are forgotten, so a flood of addresses does not grow the map for ever.
 */
final class RateLimiter {

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    RateLimiter(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Records an event for the key and tells whether it is within the limit; a refused event is not counted. */
    boolean tryAcquire(String key, Instant now) {
        Instant oldestKept = now.minus(window);
        boolean[] allowed = {false};
        events.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            while (!kept.isEmpty() && !kept.peekFirst().isAfter(oldestKept)) {
                kept.pollFirst();
            }
            if (kept.size() < limit) {
                kept.addLast(now);
                allowed[0] = true;
            }
            return kept;
        });
        if (events.size() > 10_000) {
            forgetIdle(oldestKept);
        }
        return allowed[0];
    }

    /** Takes back an event recorded at {@code at}: a post that was refused afterwards does not count. */
    void release(String key, Instant at) {
        events.computeIfPresent(key, (k, times) -> {
            times.removeLastOccurrence(at);
            return times;
        });
    }

    private void forgetIdle(Instant oldestKept) {
        for (String key : events.keySet()) {
            events.computeIfPresent(key, (k, times) -> {
                Instant last = times.peekLast();
                return last == null || !last.isAfter(oldestKept) ? null : times;
            });
        }
    }
}
