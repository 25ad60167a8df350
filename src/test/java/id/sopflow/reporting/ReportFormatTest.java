package id.sopflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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

    @Test
    void mutuBakuReadsAsTheSopWritesIt() {
        assertThat(ReportFormat.mutuBaku("PT1H")).isEqualTo("1 jam");
        assertThat(ReportFormat.mutuBaku("PT8H")).isEqualTo("8 jam");
        assertThat(ReportFormat.mutuBaku("PT10M")).isEqualTo("10 menit");
        assertThat(ReportFormat.mutuBaku("PT1H30M")).isEqualTo("1 jam 30 menit");
        assertThat(ReportFormat.mutuBaku("P1D")).isEqualTo("1 hari kerja");
        assertThat(ReportFormat.mutuBaku("P1M")).isEqualTo("1 bulan");
        assertThat(ReportFormat.mutuBaku("P1DT3H")).isEqualTo("1 hari kerja 3 jam");
    }

    @Test
    void aMutuBakuThatIsNotADurationIsShownAsWritten() {
        assertThat(ReportFormat.mutuBaku("${batasWaktu}")).isEqualTo("${batasWaktu}");
        assertThat(ReportFormat.mutuBaku("P")).isEqualTo("P");
        assertThat(ReportFormat.mutuBaku("PT")).isEqualTo("PT");
        assertThat(ReportFormat.mutuBaku(null)).isEqualTo("-");
    }
}
