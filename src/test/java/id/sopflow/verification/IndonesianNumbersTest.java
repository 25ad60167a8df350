package id.sopflow.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

@PlainTest
class IndonesianNumbersTest {

    @Test
    void rupiahGroupsThousandsWithDots() {
        assertThat(IndonesianNumbers.rupiah(12_500_000)).isEqualTo("Rp 12.500.000");
        assertThat(IndonesianNumbers.rupiah(999)).isEqualTo("Rp 999");
        assertThat(IndonesianNumbers.rupiah(0)).isEqualTo("Rp 0");
        assertThat(IndonesianNumbers.rupiah(-1_000)).isEqualTo("-Rp 1.000");
        assertThat(IndonesianNumbers.rupiah(Long.MIN_VALUE)).isEqualTo("-Rp 9.223.372.036.854.775.808");
    }

    @Test
    void megabytesUseADecimalCommaAndNeverMakeALargerFileLookEqual() {
        assertThat(IndonesianNumbers.megabytes(5L * 1024 * 1024, false)).isEqualTo("5 MB");
        assertThat(IndonesianNumbers.megabytes(5L * 1024 * 1024 + 1, true)).isEqualTo("5,1 MB");
        assertThat(IndonesianNumbers.megabytes(6_500_000, true)).isEqualTo("6,2 MB");
        assertThat(IndonesianNumbers.megabytes(5_000_000, false)).isEqualTo("4,7 MB");
        assertThat(IndonesianNumbers.megabytes(512 * 1024, false)).isEqualTo("0,5 MB");
    }
}
