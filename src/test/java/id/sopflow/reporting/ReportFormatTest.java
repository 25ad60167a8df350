package id.sopflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

@PlainTest
class ReportFormatTest {

    @Test
    void rupiahAreGroupedWithDots() {
        assertThat(ReportFormat.rupiah(12_500_000)).isEqualTo("Rp 12.500.000");
        assertThat(ReportFormat.rupiah(750)).isEqualTo("Rp 750");
        assertThat(ReportFormat.rupiah(0)).isEqualTo("Rp 0");
        assertThat(ReportFormat.rupiah(-1_250_000)).isEqualTo("-Rp 1.250.000");
    }

    @Test
    void percentagesUseADecimalComma() {
        assertThat(ReportFormat.percent(0.94)).isEqualTo("94,0%");
    }
}
