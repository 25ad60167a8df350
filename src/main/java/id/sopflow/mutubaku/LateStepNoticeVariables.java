package id.sopflow.mutubaku;

import static id.sopflow.ProcessVariable.string;

import id.sopflow.ProcessVariable;

/**
 * Every variable of the supervisor's late-step notice ({@link LateStepNotices}, the process
 * {@code src/main/resources/sopflow/pemberitahuan/sopflow-langkah-terlambat.bpmn} and its embedded form). A notice
 * gathers the late steps of one supervisor group in one desa while it is open; the form lists them from the
 * late-step record through the supervisors' API, so the notice is started with who is told and what its task is
 * called, nothing about each step. The supervisor closes it with an arahan per late step. The desa is copied in under
 * the shared case header's names ({@code id.sopflow.caseheader.CaseHeader}) for Tasklist's card.
 */
public final class LateStepNoticeVariables {

    public static final String PROCESS_KEY = "sopflow-langkah-terlambat";

    // Who is told, and the task's name and description
    /** The SOP's supervisor group (Camat, Ketua PPID, Kabag, Kadis): the notice's candidate group. */
    public static final ProcessVariable<String> PENGAWAS = string("pengawas");
    /** "Langkah terlambat — <desa>", the notice task's name. */
    public static final ProcessVariable<String> JUDUL_PEMBERITAHUAN = string("judulPemberitahuan");
    /** What the notice is, in a few lines: the notice task's description. */
    public static final ProcessVariable<String> RINGKASAN = string("ringkasan");
    /** The supervisors' API the form lists the notice's late steps from, with how late each is now. */
    public static final ProcessVariable<String> ALAMAT_API_TERLAMBAT = string("alamatApiTerlambat");

    /**
     * The supervisor's arahan, the form's only field: a JSON object from a late step's task id to the arahan on it,
     * {@code {"<task id>": "Selesaikan hari ini."}}; the server writes each as a comment on its step.
     */
    public static final ProcessVariable<String> ARAHAN_PER_LANGKAH = string("arahanPerLangkah");

    // Notices opened before notices gathered steps (one late step each) close with these
    /** The one late user task of an older notice. */
    public static final ProcessVariable<String> LANGKAH_TASK_ID = string("langkahTaskId");
    /** The late case of an older notice. */
    public static final ProcessVariable<String> KASUS_PROSES_ID = string("kasusProsesId");
    /** The arahan an older notice's form writes. */
    public static final ProcessVariable<String> ARAHAN = string("arahan");

    private LateStepNoticeVariables() {
    }
}
