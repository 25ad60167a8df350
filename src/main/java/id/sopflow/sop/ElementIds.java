package id.sopflow.sop;

/**
 * The id conventions every SOP diagram follows (GUIDE §3), in one place: a user task {@code userTask_x} has its
 * lateness timer {@code timer_xTerlambat}. Only tests and tools navigate by these ids; no behaviour depends on them.
 */
public final class ElementIds {

    private static final String USER_TASK = "userTask_";

    private ElementIds() {
    }

    /** The non-interrupting timer that marks the user task late. */
    public static String timerOf(String userTaskId) {
        if (!userTaskId.startsWith(USER_TASK)) {
            throw new IllegalArgumentException(userTaskId + " bukan id tugas pengguna (" + USER_TASK + "…)");
        }
        return "timer_" + userTaskId.substring(USER_TASK.length()) + "Terlambat";
    }
}
