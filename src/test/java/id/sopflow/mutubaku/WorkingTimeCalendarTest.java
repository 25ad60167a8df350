package id.sopflow.mutubaku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import id.sopflow.testkit.PlainTest;

@PlainTest
class WorkingTimeCalendarTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final LocalDate PROKLAMASI_2026 = LocalDate.of(2026, 8, 17);

    private final WorkingTimeCalendar calendar =
            new WorkingTimeCalendar(WITA, WorkingWeek.civilServiceDefault(), Set.of(PROKLAMASI_2026));

    private static Instant wita(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WITA).toInstant();
    }

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }

    @Nested
    class WorkingTime {

        @Test
        void oneHourFromFridayAfternoonEndsOnMondayMorning() {
            assertThat(calendar.addWorkingTime(wita("2026-03-06T15:30"), "PT1H")).isEqualTo(wita("2026-03-09T08:00"));
        }

        @Test
        void fridayPrayerBreakDoesNotCount() {
            assertThat(calendar.addWorkingTime(wita("2026-03-06T11:00"), "PT1H")).isEqualTo(wita("2026-03-06T13:30"));
        }

        @Test
        void weekdayLunchBreakDoesNotCount() {
            assertThat(calendar.addWorkingTime(wita("2026-03-04T11:15"), "PT1H")).isEqualTo(wita("2026-03-04T13:15"));
        }

        @Test
        void startDuringLunchBreakCountsFromOneOClock() {
            assertThat(calendar.addWorkingTime(wita("2026-03-04T12:20"), "PT30M")).isEqualTo(wita("2026-03-04T13:30"));
        }

        @Test
        void startOnSaturdayCountsFromMonday() {
            assertThat(calendar.addWorkingTime(wita("2026-03-07T10:00"), "PT1H")).isEqualTo(wita("2026-03-09T08:30"));
        }

        @Test
        void holidayInTheMiddleIsSkipped() {
            assertThat(calendar.addWorkingTime(wita("2026-08-14T15:30"), "PT1H")).isEqualTo(wita("2026-08-18T08:00"));
        }

        @Test
        void tenMinutesAcrossTheEndOfTheDay() {
            assertThat(calendar.addWorkingTime(wita("2026-03-03T15:55"), "PT10M")).isEqualTo(wita("2026-03-04T07:35"));
        }

        @Test
        void eightHoursIsMoreThanOneWorkingDay() {
            assertThat(calendar.addWorkingTime(wita("2026-03-02T07:30"), "PT8H")).isEqualTo(wita("2026-03-03T08:00"));
        }

        @Test
        void workEndingWithThePeriodIsDueAtItsEnd() {
            assertThat(calendar.addWorkingTime(wita("2026-03-02T07:30"), "PT4H30M"))
                    .isEqualTo(wita("2026-03-02T12:00"));
            assertThat(calendar.addWorkingTime(wita("2026-03-02T07:30"), "PT7H30M"))
                    .isEqualTo(wita("2026-03-02T16:00"));
        }

        @Test
        void secondsAndFractionsCount() {
            assertThat(calendar.addWorkingTime(wita("2026-03-02T11:59:59"), "PT1.5S"))
                    .isEqualTo(wita("2026-03-02T13:00:00.5"));
        }

        @Test
        void zeroDurationGivesTheNextWorkingMoment() {
            assertThat(calendar.addWorkingTime(wita("2026-03-07T10:00"), "PT0S")).isEqualTo(wita("2026-03-09T07:30"));
            assertThat(calendar.addWorkingTime(wita("2026-03-04T09:10"), "P0D")).isEqualTo(wita("2026-03-04T09:10"));
        }

        @Test
        void lowerCaseIsAccepted() {
            assertThat(calendar.addWorkingTime(wita("2026-03-04T09:00"), "pt1h")).isEqualTo(wita("2026-03-04T10:00"));
        }
    }

    @Nested
    class WorkingDays {

        @Test
        void oneDayFromThursdayIsFriday() {
            assertThat(calendar.addWorkingTime(wita("2026-03-05T10:00"), "P1D")).isEqualTo(wita("2026-03-06T10:00"));
        }

        @Test
        void oneDayFromFridayIsMonday() {
            assertThat(calendar.addWorkingTime(wita("2026-03-06T10:00"), "P1D")).isEqualTo(wita("2026-03-09T10:00"));
        }

        @Test
        void holidayIsNotAWorkingDay() {
            assertThat(calendar.addWorkingTime(wita("2026-08-14T10:00"), "P1D")).isEqualTo(wita("2026-08-18T10:00"));
        }

        @Test
        void timeOfDayBeforeTheTargetDayOpensMovesToItsStart() {
            assertThat(calendar.addWorkingTime(wita("2026-03-06T07:10"), "P1D")).isEqualTo(wita("2026-03-09T07:30"));
        }

        @Test
        void timeOfDayInTheTargetDaysBreakMovesToTheAfternoon() {
            assertThat(calendar.addWorkingTime(wita("2026-03-05T11:45"), "P1D")).isEqualTo(wita("2026-03-06T13:00"));
        }

        @Test
        void startOutsideOfficeHoursFirstMovesToTheNextWorkingMoment() {
            assertThat(calendar.addWorkingTime(wita("2026-03-07T10:00"), "P1D")).isEqualTo(wita("2026-03-10T07:30"));
            assertThat(calendar.addWorkingTime(wita("2026-03-04T17:00"), "P1D")).isEqualTo(wita("2026-03-06T07:30"));
        }

        @Test
        void aWeekIsFiveWorkingDays() {
            assertThat(calendar.addWorkingTime(wita("2026-03-04T10:00"), "P1W")).isEqualTo(wita("2026-03-11T10:00"));
            assertThat(calendar.addWorkingTime(wita("2026-08-12T10:00"), "P1W")).isEqualTo(wita("2026-08-20T10:00"));
        }

        @Test
        void daysThenWorkingTime() {
            assertThat(calendar.addWorkingTime(wita("2026-03-05T15:00"), "P1DT2H")).isEqualTo(wita("2026-03-09T08:30"));
        }
    }

    @Nested
    class CalendarMonths {

        @Test
        void endOfJanuaryPlusOneMonthIsEndOfFebruary() {
            assertThat(calendar.addWorkingTime(wita("2025-01-31T10:00"), "P1M")).isEqualTo(wita("2025-02-28T10:00"));
            assertThat(calendar.addWorkingTime(wita("2024-01-31T10:00"), "P1M")).isEqualTo(wita("2024-02-29T10:00"));
        }

        @Test
        void endOfFebruaryOnAWeekendMovesToMonday() {
            assertThat(calendar.addWorkingTime(wita("2026-01-31T10:00"), "P1M")).isEqualTo(wita("2026-03-02T07:30"));
        }

        @Test
        void monthEndingOnSundayMovesToMondayMorning() {
            assertThat(calendar.addWorkingTime(wita("2026-04-17T10:00"), "P1M")).isEqualTo(wita("2026-05-18T07:30"));
        }

        @Test
        void monthEndingInTheLunchBreakMovesToTheAfternoon() {
            assertThat(calendar.addWorkingTime(wita("2026-03-02T12:30"), "P1M")).isEqualTo(wita("2026-04-02T13:00"));
        }

        @Test
        void yearsAreCalendarYears() {
            assertThat(calendar.addWorkingTime(wita("2025-03-04T10:00"), "P1Y")).isEqualTo(wita("2026-03-04T10:00"));
        }

        @Test
        void monthThenDaysThenTime() {
            assertThat(calendar.addWorkingTime(wita("2026-03-02T15:30"), "P1M1DT1H"))
                    .isEqualTo(wita("2026-04-06T08:00"));
        }
    }

    @Nested
    class TimeZones {

        @Test
        void sameInstantInWibAndWitaIsTheSameDueInstantOneHourApartOnTheWall() {
            Instant start = Instant.parse("2026-03-04T02:00:00Z");
            WorkingTimeCalendar jakarta = new WorkingTimeCalendar(WIB, WorkingWeek.civilServiceDefault(), Set.of());

            Instant dueWib = jakarta.addWorkingTime(start, "PT1H");
            Instant dueWita = calendar.addWorkingTime(start, "PT1H");

            assertThat(dueWib).isEqualTo(wib("2026-03-04T10:00"));
            assertThat(dueWita).isEqualTo(wita("2026-03-04T11:00"));
            assertThat(dueWita).isEqualTo(dueWib);
        }

        @Test
        void officeHoursAreReadInTheOfficesOwnZone() {
            Instant fridayAfternoon = wita("2026-03-06T15:30");
            WorkingTimeCalendar jakarta = new WorkingTimeCalendar(WIB, WorkingWeek.civilServiceDefault(), Set.of());

            assertThat(jakarta.addWorkingTime(fridayAfternoon, "PT1H")).isEqualTo(wib("2026-03-06T15:30"));
            assertThat(calendar.addWorkingTime(fridayAfternoon, "PT1H")).isEqualTo(wita("2026-03-09T08:00"));
        }
    }

    @Nested
    class NextWorkingMoment {

        @Test
        void periodStartIsAWorkingMoment() {
            assertThat(calendar.nextWorkingMoment(wita("2026-03-04T07:30"))).isEqualTo(wita("2026-03-04T07:30"));
        }

        @Test
        void periodEndIsNot() {
            assertThat(calendar.nextWorkingMoment(wita("2026-03-04T12:00"))).isEqualTo(wita("2026-03-04T13:00"));
            assertThat(calendar.nextWorkingMoment(wita("2026-03-06T16:00"))).isEqualTo(wita("2026-03-09T07:30"));
        }

        @Test
        void beforeOfficeOpens() {
            assertThat(calendar.nextWorkingMoment(wita("2026-03-06T06:00"))).isEqualTo(wita("2026-03-06T07:00"));
        }

        @Test
        void holidaysAndWeekendsAreNotWorkingDays() {
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 14))).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 15))).isFalse();
            assertThat(calendar.isWorkingDay(PROKLAMASI_2026)).isFalse();
        }
    }

    @Nested
    class WorkingTimeBetween {

        @Test
        void acrossAWeekend() {
            assertThat(calendar.workingTimeBetween(wita("2026-03-06T15:00"), wita("2026-03-09T09:00")))
                    .isEqualTo(Duration.ofMinutes(150));
        }

        @Test
        void acrossTheLunchBreak() {
            assertThat(calendar.workingTimeBetween(wita("2026-03-04T11:00"), wita("2026-03-04T14:00")))
                    .isEqualTo(Duration.ofHours(2));
        }

        @Test
        void aWholeWeekWithAHoliday() {
            assertThat(calendar.workingTimeBetween(wita("2026-08-17T00:00"), wita("2026-08-24T00:00")))
                    .isEqualTo(Duration.ofMinutes(30 * 60));
        }

        @Test
        void zeroWhenNotAfter() {
            Instant t = wita("2026-03-04T10:00");
            assertThat(calendar.workingTimeBetween(t, t)).isZero();
            assertThat(calendar.workingTimeBetween(t, t.minusSeconds(3600))).isZero();
        }

        @ParameterizedTest
        @ValueSource(strings = {"PT10M", "PT1H", "PT3H", "PT8H", "PT37H30M", "PT100H"})
        void measuresBackWhatWasAdded(String duration) {
            Instant start = wita("2026-08-13T14:20");
            Instant due = calendar.addWorkingTime(start, duration);
            assertThat(calendar.workingTimeBetween(start, due)).isEqualTo(Duration.parse(duration));
        }
    }

    @Nested
    class InvalidInput {

        @ParameterizedTest
        @ValueSource(strings = {"1 jam", "P", "PT", "P1DT", "PT1H30", "P1H", "T1H", "PT1.5H", "P1D2M"})
        void malformedDurationIsRejectedInBahasaIndonesia(String text) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.addWorkingTime(wita("2026-03-04T10:00"), text))
                    .withMessageStartingWith("Durasi mutu baku '" + text + "' tidak sah: bukan durasi ISO 8601")
                    .withMessageContaining("PT1H");
        }

        @Test
        void negativeDurationIsRejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.addWorkingTime(wita("2026-03-04T10:00"), "P-1D"))
                    .withMessageStartingWith("Durasi mutu baku 'P-1D' tidak sah: tidak boleh negatif");
        }

        @Test
        void emptyDurationIsRejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.addWorkingTime(wita("2026-03-04T10:00"), ""))
                    .withMessageStartingWith("Durasi mutu baku '' tidak sah: kosong");
        }

        @Test
        void hugeNumberIsRejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.addWorkingTime(wita("2026-03-04T10:00"), "PT99999999999999999999H"))
                    .withMessageContaining("terlalu besar");
        }

        @Test
        void weekWithoutOfficeHoursIsRefused() {
            WorkingWeek none = new WorkingWeek(Map.of(DayOfWeek.MONDAY, List.of()));
            assertThatIllegalStateException()
                    .isThrownBy(() -> new WorkingTimeCalendar(WITA, none, Set.of()))
                    .withMessageContaining("tidak memiliki jam kerja");
        }
    }
}
