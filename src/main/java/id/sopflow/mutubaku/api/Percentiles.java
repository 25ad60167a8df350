package id.sopflow.mutubaku.api;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Nearest-rank percentiles: the p-th percentile of n sorted values is the value at rank ⌈p/100 × n⌉ (1-based). It is
 * always a duration that really occurred, and the median of an even count is the lower of the two middle values —
 * "half of the steps took at most this long".
 */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * @param percentile in (0, 100]
     * @return empty when there are no values
     */
    static Optional<Duration> nearestRank(Collection<Duration> values, int percentile) {
        if (percentile <= 0 || percentile > 100) {
            throw new IllegalArgumentException("Persentil harus di antara 1 dan 100, bukan " + percentile);
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = values.stream().sorted().toList();
        // ⌈p × n / 100⌉ in integers: floating point would make 90 % of 20 rank 19 instead of 18
        long rank = ((long) percentile * sorted.size() + 99) / 100;
        return Optional.of(sorted.get((int) rank - 1));
    }

    static Optional<Duration> median(Collection<Duration> values) {
        return nearestRank(values, 50);
    }
}
