package id.sopflow.sop.ppid;

import id.sopflow.sop.ElementIds;

/** Element ids of {@code processes/ppid-penyebarluasan-informasi.bpmn} that code and tests refer to. */
public final class PpidElements {

    public static final String MULAI = "event_mulai";
    public static final String CATAT_BAHAN = "serviceTask_catatBahanInformasi";
    /** Row 2. */
    public static final String BERI_INSTRUKSI = "userTask_beriInstruksi";
    /** Row 3, and every revision after a refusal. */
    public static final String SUSUN_KONSEP = "userTask_susunKonsepMateri";
    /** Row 4. */
    public static final String PERIKSA_KONSEP = "userTask_periksaKonsepMateri";
    /** Row 5. */
    public static final String AJUKAN_PERSETUJUAN = "userTask_ajukanPersetujuan";
    /** Row 6. */
    public static final String SETUJUI_MATERI = "userTask_setujuiMateri";
    /** Row 7. */
    public static final String TENTUKAN_PLATFORM = "userTask_tentukanPlatform";
    /** Row 8. */
    public static final String TERIMA_MATERI = "userTask_terimaMateri";
    /** Row 9: the multi-instance subprocess, one instance per chosen platform. */
    public static final String UNGGAH_PER_PLATFORM = "subProcess_unggahPerPlatform";
    public static final String UNGGAH_OTOMATIS = "serviceTask_unggahOtomatis";
    public static final String UNGGAH_MANUAL = "userTask_unggahManualPlatform";
    /** Row 10. */
    public static final String LAPORKAN_TAUTAN = "userTask_laporkanTautan";
    public static final String SUSUN_LAPORAN = "serviceTask_susunLaporan";
    /** Row 11. */
    public static final String TERIMA_LAPORAN = "userTask_terimaLaporan";
    public static final String SELESAI = "event_selesai";

    /** Error code thrown by the posting delegate when the Admin Medsos must post by hand. */
    public static final String ERROR_UNGGAH_MANUAL = "unggahManual";

    /** The late-step timer of a user task, by the naming convention {@code timer_<step>Terlambat}. */
    public static String timerOf(String userTaskId) {
        return ElementIds.timerOf(userTaskId);
    }

    private PpidElements() {
    }
}
