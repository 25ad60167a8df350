package id.sopflow.reporting;

import java.time.Duration;
import java.time.Instant;

/**
 * One user task of a case measured against its mutu baku.
 *
 * @param taskId       the task
 * @param stepId       its element id, e.g. {@code userTask_verifikasiLaporan}
 * @param name         its name as the SOP row says it
 * @param start        when it was created
 * @param end          when it was completed or cancelled, null while open
 * @param due          its due date (the mutu baku counted in working time from its start, or as extended)
 * @param mutuBaku     the allowed time as written in the diagram ({@code camunda:dueDate}), e.g. {@code PT1H}
 * @param workingTime  working time from start to end (to the time of the report while open)
 * @param state        done, open or cancelled
 * @param onTime       whether it was (or still can be) done by its due date; null when that cannot be said
 * @param recordedLate whether its lateness was recorded when its mutu-baku timer fired
 */
public record StepRecord(
        String taskId,
        String stepId,
        String name,
        Instant start,
        Instant end,
        Instant due,
        String mutuBaku,
        Duration workingTime,
        State state,
        Boolean onTime,
        boolean recordedLate) {

    public enum State { DONE, OPEN, CANCELLED }

    /** The "Tepat waktu" column of a report. */
    public String onTimeLabel() {
        return switch (state) {
            case CANCELLED -> "Dibatalkan";
            case OPEN -> Boolean.FALSE.equals(onTime) ? "Tidak (belum selesai)" : "Belum selesai";
            case DONE -> onTime == null ? "-" : onTime ? "Ya" : "Tidak";
        };
    }
}
