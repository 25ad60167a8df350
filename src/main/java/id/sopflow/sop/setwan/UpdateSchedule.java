package id.sopflow.sop.setwan;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.scheduling.support.CronExpression;

/**
 * The moments a periodic update is due: a cron expression read in the organisation's time zone ("every Monday
 * 08:00" is 08:00 WITA in Balangan whatever the server's zone).
 */
record UpdateSchedule(CronExpression cron, ZoneId zone) {

    static UpdateSchedule of(String cron, ZoneId zone) {
        return new UpdateSchedule(CronExpression.parse(cron), zone);
    }

    /** The first scheduled moment strictly after the given one; empty when the expression never fires again. */
    Optional<Instant> next(Instant after) {
        ZonedDateTime next = cron.next(after.atZone(zone));
        return Optional.ofNullable(next).map(ZonedDateTime::toInstant);
    }

    /**
     * The latest scheduled moment after {@code after} and not after {@code now}: the one update owed now. Earlier
     * moments in between (the application was down) are skipped, as the engine skips missed timer cycles: one
     * overdue update covers them.
     */
    Optional<Instant> latestDue(Instant after, Instant now) {
        Optional<Instant> candidate = next(after).filter(moment -> !moment.isAfter(now));
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        Instant latest = candidate.get();
        for (Optional<Instant> following = next(latest); following.isPresent() && !following.get().isAfter(now);
                following = next(latest)) {
            latest = following.get();
        }
        return Optional.of(latest);
    }
}
