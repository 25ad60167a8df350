package id.sopflow.sop.setwan;

import java.time.Instant;

/**
 * A scheduled moment of the periodic update and what sopflow did about it.
 *
 * @param processInstanceId the update case made for it, or the open one it was folded into; null for the start
 */
record UpdateSlot(String tenantId, Instant slotAt, Outcome outcome, String processInstanceId, Instant recordedAt) {

    enum Outcome {
        /** The schedule was first seen: counting starts here, nothing is owed yet. */
        MULAI,
        /** A new "Update data dan informasi berkala" task was made. */
        DIBUAT,
        /** An update was still open: no second task; the open one now covers this moment too. */
        DIGABUNG
    }
}
