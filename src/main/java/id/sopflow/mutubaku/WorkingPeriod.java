package id.sopflow.mutubaku;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One stretch of office hours within a day, such as 07:30–12:00. The start is a working moment, the end is not:
 * at 12:00 the office is already on its break.
 */
public record WorkingPeriod(LocalTime start, LocalTime end) {

    public WorkingPeriod {
        Objects.requireNonNull(start, "Jam mulai kerja wajib diisi");
        Objects.requireNonNull(end, "Jam selesai kerja wajib diisi");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException(
                    "Jam kerja tidak sah: jam mulai " + start + " harus sebelum jam selesai " + end);
        }
    }

    /** Parses both times as {@code HH:mm}, which is how office hours are written in configuration. */
    public static WorkingPeriod of(String start, String end) {
        return new WorkingPeriod(LocalTime.parse(start), LocalTime.parse(end));
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    /** Written as on an office notice board, because this text ends up in validation messages. */
    @Override
    public String toString() {
        return start + "–" + end;
    }
}
