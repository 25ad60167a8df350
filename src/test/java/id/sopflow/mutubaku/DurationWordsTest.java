package id.sopflow.mutubaku;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

@PlainTest
class DurationWordsTest {

    @Test
    void mutuBakuReadsAsTheSopWritesItInWorkingTime() {
        assertThat(DurationWords.mutuBaku("PT1H")).isEqualTo("1 jam kerja");
        assertThat(DurationWords.mutuBaku("PT8H")).isEqualTo("8 jam kerja");
        assertThat(DurationWords.mutuBaku("PT10M")).isEqualTo("10 menit kerja");
        assertThat(DurationWords.mutuBaku("PT2H15M")).isEqualTo("2 jam 15 menit kerja");
        assertThat(DurationWords.mutuBaku("P3D")).isEqualTo("3 hari kerja");
        assertThat(DurationWords.mutuBaku("P1W")).isEqualTo("1 minggu kerja");
        assertThat(DurationWords.mutuBaku("P1DT3H")).isEqualTo("1 hari 3 jam kerja");
        assertThat(DurationWords.mutuBaku("pt1h")).isEqualTo("1 jam kerja");
    }

    @Test
    void calendarMonthsAreNotWorkingTime() {
        assertThat(DurationWords.mutuBaku("P1M")).isEqualTo("1 bulan");
        assertThat(DurationWords.mutuBaku("P1Y2M")).isEqualTo("1 tahun 2 bulan");
        assertThat(DurationWords.mutuBaku("P1MT2H")).isEqualTo("1 bulan 2 jam kerja");
    }

    @Test
    void aMutuBakuThatIsNotADurationIsShownAsWritten() {
        assertThat(DurationWords.mutuBaku("${batasWaktu}")).isEqualTo("${batasWaktu}");
        assertThat(DurationWords.mutuBaku("P")).isEqualTo("P");
        assertThat(DurationWords.mutuBaku("PT")).isEqualTo("PT");
        assertThat(DurationWords.mutuBaku(null)).isEqualTo("-");
        assertThat(DurationWords.mutuBaku(" ")).isEqualTo("-");
    }

    @Test
    void measuredWorkingTimeInHoursAndMinutes() {
        assertThat(DurationWords.workingTime(Duration.ofMinutes(135))).isEqualTo("2 jam 15 menit kerja");
        assertThat(DurationWords.workingTime(Duration.ofHours(1))).isEqualTo("1 jam kerja");
        assertThat(DurationWords.workingTime(Duration.ofHours(30))).isEqualTo("30 jam kerja");
        assertThat(DurationWords.workingTime(Duration.ofSeconds(20))).isEqualTo("kurang dari 1 menit kerja");
        assertThat(DurationWords.workingTime(Duration.ZERO)).isEqualTo("0 menit kerja");
        assertThat(DurationWords.workingTime(null)).isEqualTo("-");
    }

    @Test
    void measuredWorkingTimeCountsWholeWorkingDaysOfTheCalendar() {
        WorkingTimeCalendar calendar = new WorkingTimeCalendar(
                ZoneId.of("Asia/Makassar"), WorkingWeek.civilServiceDefault(), Set.of());
        assertThat(calendar.averageWorkingDay()).isEqualTo(Duration.ofMinutes(450));
        assertThat(calendar.words(Duration.ofMinutes(3 * 450))).isEqualTo("3 hari kerja");
        assertThat(calendar.words(Duration.ofHours(9))).isEqualTo("1 hari 1 jam 30 menit kerja");
        assertThat(calendar.words(Duration.ofMinutes(135))).isEqualTo("2 jam 15 menit kerja");
    }
}
