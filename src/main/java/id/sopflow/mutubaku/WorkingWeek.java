package id.sopflow.mutubaku;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The office hours of each day of the week. Every day is present in {@link #periods()}, a day off with an empty
 * list; each day's periods are sorted by start and do not overlap.
 */
public record WorkingWeek(Map<DayOfWeek, List<WorkingPeriod>> periods) {

    public WorkingWeek {
        Objects.requireNonNull(periods, "Jam kerja mingguan wajib diisi");
        Map<DayOfWeek, List<WorkingPeriod>> checked = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingPeriod> ofDay = periods.getOrDefault(day, List.of());
            if (ofDay == null || ofDay.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("Jam kerja hari " + dayName(day) + " berisi nilai kosong");
            }
            List<WorkingPeriod> sorted = ofDay.stream().sorted(Comparator.comparing(WorkingPeriod::start)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                WorkingPeriod previous = sorted.get(i - 1);
                WorkingPeriod current = sorted.get(i);
                if (current.start().isBefore(previous.end())) {
                    throw new IllegalArgumentException(
                            "Jam kerja hari " + dayName(day) + " tumpang tindih: " + previous + " dan " + current);
                }
            }
            checked.put(day, sorted);
        }
        periods = Collections.unmodifiableMap(checked);
    }

    /**
     * Office hours of Indonesian local government: 37.5 hours over five days, the weekly total set for civil
     * servants. Friday starts half an hour early for the morning apel and senam, and its break is long enough for
     * the Friday prayer.
     */
    public static WorkingWeek civilServiceDefault() {
        List<WorkingPeriod> mondayToThursday = List.of(
                WorkingPeriod.of("07:30", "12:00"), WorkingPeriod.of("13:00", "16:00"));
        List<WorkingPeriod> friday = List.of(
                WorkingPeriod.of("07:00", "11:30"), WorkingPeriod.of("13:00", "16:00"));
        return new WorkingWeek(Map.of(
                DayOfWeek.MONDAY, mondayToThursday,
                DayOfWeek.TUESDAY, mondayToThursday,
                DayOfWeek.WEDNESDAY, mondayToThursday,
                DayOfWeek.THURSDAY, mondayToThursday,
                DayOfWeek.FRIDAY, friday));
    }

    public List<WorkingPeriod> periodsOn(DayOfWeek day) {
        return periods.get(day);
    }

    public Duration weeklyTotal() {
        return periods.values().stream()
                .flatMap(List::stream)
                .map(WorkingPeriod::length)
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** How many days of the week have office hours; a mutu-baku week ({@code P1W}) is that many working days. */
    public int workingDaysPerWeek() {
        return (int) periods.values().stream().filter(ofDay -> !ofDay.isEmpty()).count();
    }

    private static String dayName(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "SENIN";
            case TUESDAY -> "SELASA";
            case WEDNESDAY -> "RABU";
            case THURSDAY -> "KAMIS";
            case FRIDAY -> "JUMAT";
            case SATURDAY -> "SABTU";
            case SUNDAY -> "MINGGU";
        };
    }
}
