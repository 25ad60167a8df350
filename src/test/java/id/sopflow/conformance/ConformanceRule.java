package id.sopflow.conformance;

/** The SOP conventions of GUIDE §3 that {@link SopConformance} checks, one constant per rule. */
enum ConformanceRule {
    READABLE_FILE,
    EXECUTABLE,
    HISTORY_TIME_TO_LIVE,
    PROCESS_DOCUMENTATION,
    CANDIDATE_GROUPS,
    FORM,
    DUE_DATE,
    LATE_TIMER,
    TASK_DOCUMENTATION,
    GATEWAY,
    DELEGATE,
    TEMPLATE,
    READABLE_ID,
    DIAGRAM
}
