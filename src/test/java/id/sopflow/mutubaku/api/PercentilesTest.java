package id.sopflow.mutubaku.api;

import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

@PlainTest
class PercentilesTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(Percentiles.median(List.of(ofMinutes(45), ofMinutes(20), ofMinutes(120), ofMinutes(30),
                ofMinutes(90)))).contains(ofMinutes(45));
    }

    @Test
    void medianOfAnEvenCountIsTheLowerMiddleValueNotAnAverage() {
        assertThat(Percentiles.median(List.of(ofMinutes(30), ofMinutes(120), ofMinutes(45), ofMinutes(90))))
                .contains(ofMinutes(45));
    }

    @Test
    void ninetiethPercentileOfFewValuesIsTheLargest() {
        assertThat(Percentiles.nearestRank(List.of(ofMinutes(30), ofMinutes(45), ofMinutes(90), ofMinutes(120)), 90))
                .contains(ofMinutes(120));
    }

    @Test
    void ninetiethPercentileOfTwentyValuesIsTheEighteenth() {
        List<Duration> oneToTwentyMinutes = IntStream.rangeClosed(1, 20).mapToObj(Duration::ofMinutes).toList();
        assertThat(Percentiles.nearestRank(oneToTwentyMinutes, 90)).contains(ofMinutes(18));
    }

    @Test
    void ninetiethPercentileOfTenValuesIsTheNinth() {
        List<Duration> oneToTenMinutes = IntStream.rangeClosed(1, 10).mapToObj(Duration::ofMinutes).toList();
        assertThat(Percentiles.nearestRank(oneToTenMinutes, 90)).contains(ofMinutes(9));
    }

    @Test
    void oneValueIsEveryPercentile() {
        assertThat(Percentiles.nearestRank(List.of(ofMinutes(7)), 1)).contains(ofMinutes(7));
        assertThat(Percentiles.nearestRank(List.of(ofMinutes(7)), 100)).contains(ofMinutes(7));
    }

    @Test
    void noValuesHaveNoPercentile() {
        assertThat(Percentiles.median(List.of())).isEmpty();
    }

    @Test
    void percentileOutsideOneToHundredIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.nearestRank(List.of(ofMinutes(1)), 0));
        assertThatIllegalArgumentException().isThrownBy(() -> Percentiles.nearestRank(List.of(ofMinutes(1)), 101));
    }
}
