package id.sopflow.mutubaku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

@PlainTest
class WorkingWeekTest {

    @Test
    void civilServiceWeekIsThirtySevenAndAHalfHours() {
        assertThat(WorkingWeek.civilServiceDefault().weeklyTotal()).isEqualTo(Duration.ofMinutes(37 * 60 + 30));
    }

    @Test
    void civilServiceWeekHasFiveWorkingDaysOfSevenAndAHalfHours() {
        WorkingWeek week = WorkingWeek.civilServiceDefault();

        assertThat(week.workingDaysPerWeek()).isEqualTo(5);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            assertThat(week.periodsOn(day).stream().map(WorkingPeriod::length).reduce(Duration.ZERO, Duration::plus))
                    .as(day.name())
                    .isEqualTo(Duration.ofMinutes(7 * 60 + 30));
        }
        assertThat(week.periodsOn(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(week.periodsOn(DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void fridayStartsEarlyAndHasTheLongBreak() {
        assertThat(WorkingWeek.civilServiceDefault().periodsOn(DayOfWeek.FRIDAY))
                .containsExactly(WorkingPeriod.of("07:00", "11:30"), WorkingPeriod.of("13:00", "16:00"));
    }

    @Test
    void periodsAreSortedAndMissingDaysAreDaysOff() {
        WorkingWeek week = new WorkingWeek(Map.of(DayOfWeek.MONDAY,
                List.of(WorkingPeriod.of("13:00", "16:00"), WorkingPeriod.of("07:30", "12:00"))));

        assertThat(week.periodsOn(DayOfWeek.MONDAY))
                .containsExactly(WorkingPeriod.of("07:30", "12:00"), WorkingPeriod.of("13:00", "16:00"));
        assertThat(week.periodsOn(DayOfWeek.TUESDAY)).isEmpty();
    }

    @Test
    void adjacentPeriodsDoNotOverlap() {
        WorkingWeek week = new WorkingWeek(Map.of(DayOfWeek.MONDAY,
                List.of(WorkingPeriod.of("08:00", "12:00"), WorkingPeriod.of("12:00", "13:00"))));

        assertThat(week.weeklyTotal()).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void overlappingPeriodsAreRejectedInBahasaIndonesia() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WorkingWeek(Map.of(DayOfWeek.MONDAY,
                        List.of(WorkingPeriod.of("11:00", "13:00"), WorkingPeriod.of("07:30", "12:00")))))
                .withMessage("Jam kerja hari SENIN tumpang tindih: 07:30–12:00 dan 11:00–13:00");
    }

    @Test
    void periodMustEndAfterItStarts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WorkingPeriod.of("16:00", "07:30"))
                .withMessage("Jam kerja tidak sah: jam mulai 16:00 harus sebelum jam selesai 07:30");
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingPeriod.of("08:00", "08:00"));
    }

    @Test
    void periodStartIsInsideAndEndIsNot() {
        WorkingPeriod morning = WorkingPeriod.of("07:30", "12:00");

        assertThat(morning.contains(LocalTime.of(7, 30))).isTrue();
        assertThat(morning.contains(LocalTime.of(11, 59, 59))).isTrue();
        assertThat(morning.contains(LocalTime.NOON)).isFalse();
    }
}
