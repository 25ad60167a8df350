package id.sopflow.sop.setwan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

@PlainTest
class UpdateScheduleTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final UpdateSchedule WEEKLY = UpdateSchedule.of("0 0 8 * * MON", WITA);

    @Test
    void theDefaultIsEveryMonday0800InTheOrganisationsZone() {
        Instant friday = wita(2026, 11, 20, 10, 0);
        assertThat(WEEKLY.next(friday)).contains(wita(2026, 11, 23, 8, 0));
        assertThat(WEEKLY.next(wita(2026, 11, 23, 8, 0))).contains(wita(2026, 11, 30, 8, 0));
        assertThat(wita(2026, 11, 23, 8, 0)).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void nothingIsDueBeforeTheMomentAndTheMomentItselfIsDue() {
        Instant friday = wita(2026, 11, 20, 10, 0);
        assertThat(WEEKLY.latestDue(friday, wita(2026, 11, 23, 7, 59))).isEmpty();
        assertThat(WEEKLY.latestDue(friday, wita(2026, 11, 23, 8, 0))).contains(wita(2026, 11, 23, 8, 0));
    }

    @Test
    void missedMomentsAreNotMadeUpOneByOne() {
        Instant lastServed = wita(2026, 11, 23, 8, 0);
        assertThat(WEEKLY.latestDue(lastServed, wita(2026, 12, 16, 10, 0))).contains(wita(2026, 12, 14, 8, 0));
    }

    @Test
    void anotherScheduleIsOneSettingAway() {
        UpdateSchedule workdays = UpdateSchedule.of("0 30 7 * * MON-FRI", WITA);
        assertThat(workdays.next(wita(2026, 11, 20, 10, 0))).contains(wita(2026, 11, 23, 7, 30));
        UpdateSchedule monthly = UpdateSchedule.of("0 0 9 1 * *", ZoneId.of("Asia/Jakarta"));
        assertThat(monthly.next(Instant.parse("2026-11-20T00:00:00Z")))
                .contains(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneId.of("Asia/Jakarta")).toInstant());
    }

    @Test
    void settingsAreCheckedAtStartup() {
        assertThatThrownBy(() -> new SetwanProperties.PembaruanBerkala(true, "setiap senin", Duration.ofMinutes(1)))
                .hasMessageContaining("bukan ekspresi cron yang sah");
        assertThatThrownBy(() -> new SetwanProperties.PembaruanBerkala(true, "0 0 8 * * MON", Duration.ZERO))
                .hasMessageContaining("periksa-setiap");
        assertThatThrownBy(() -> new SetwanProperties(0, new SetwanProperties.PembaruanBerkala(true, "0 0 8 * * MON",
                Duration.ofMinutes(1)))).hasMessageContaining("lampiran-maks-bytes");
    }

    @Test
    void theTaskShowsTheMomentAsStaffReadIt() {
        assertThat(SetwanPeriodicUpdates.label(wita(2026, 11, 23, 8, 0), WITA)).isEqualTo("Senin, 23 November 2026 08.00 WITA");
        assertThat(SetwanPeriodicUpdates.label(Instant.parse("2026-11-23T01:00:00Z"), ZoneId.of("Asia/Jakarta")))
                .isEqualTo("Senin, 23 November 2026 08.00 WIB");
    }

    private static Instant wita(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, WITA).toInstant();
    }
}
