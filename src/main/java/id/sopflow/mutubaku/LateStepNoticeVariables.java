package id.sopflow.mutubaku;

import static id.sopflow.ProcessVariable.string;

import id.sopflow.ProcessVariable;

/**
 * Every variable of the supervisor's late-step notice ({@link LateStepNotices}, the process
 * {@code src/main/resources/sopflow/pemberitahuan/sopflow-langkah-terlambat.bpmn} and its embedded form): the facts
 * sopflow starts it with, which the form shows, and the supervisor's arahan, the form's only field. The late case's
 * header ({@code id.sopflow.caseheader.CaseHeader}) is copied in too, under the shared header's names.
 */
public final class LateStepNoticeVariables {

    public static final String PROCESS_KEY = "sopflow-langkah-terlambat";

    // Who is told, and the task's name and description
    /** The SOP's supervisor group (Camat, Ketua PPID, Kabag, Kadis): the notice's candidate group. */
    public static final ProcessVariable<String> PENGAWAS = string("pengawas");
    /** "Langkah terlambat: <langkah> — <desa>", the notice task's name. */
    public static final ProcessVariable<String> JUDUL_PEMBERITAHUAN = string("judulPemberitahuan");
    /** The whole story in a few lines (also the mail's text), the notice task's description. */
    public static final ProcessVariable<String> RINGKASAN = string("ringkasan");

    // The late step, as the form shows it
    /** The late step's name. */
    public static final ProcessVariable<String> LANGKAH = string("langkah");
    /** The late step's element id, to find its row in the supervisors' API. */
    public static final ProcessVariable<String> LANGKAH_ID = string("langkahId");
    /** The late user task: the arahan is written on it as a comment. */
    public static final ProcessVariable<String> LANGKAH_TASK_ID = string("langkahTaskId");
    /** The late case. */
    public static final ProcessVariable<String> KASUS_PROSES_ID = string("kasusProsesId");
    /** The step's actors as the organisation file names them, comma-separated. */
    public static final ProcessVariable<String> PELAKSANA = string("pelaksana");
    /** Who holds the step, or "belum diambil siapa pun". */
    public static final ProcessVariable<String> PENANGGUNG_JAWAB = string("penanggungJawab");
    /** The step's mutu baku in words, "1 jam kerja". */
    public static final ProcessVariable<String> MUTU_BAKU_TEKS = string("mutuBakuTeks");
    /** The due date in words, in the organisation's time zone. */
    public static final ProcessVariable<String> JATUH_TEMPO_TEKS = string("jatuhTempoTeks");
    /** The late case in Cockpit. */
    public static final ProcessVariable<String> TAUTAN_COCKPIT = string("tautanCockpit");
    /** The supervisors' API the form asks how late the step is now. */
    public static final ProcessVariable<String> ALAMAT_API_TERLAMBAT = string("alamatApiTerlambat");

    /** The supervisor's direction: the only variable the notice's form writes. */
    public static final ProcessVariable<String> ARAHAN = string("arahan");

    private LateStepNoticeVariables() {
    }
}
