package id.sopflow.sop.setwan;

import id.sopflow.reporting.SopStep;
import id.sopflow.sop.ElementIds;

/** Element ids of {@code processes/setwan-bapinanduan.bpmn} that code and tests refer to. */
public final class SetwanElements {

    public static final String START = "event_kegiatanDicatat";
    public static final String KUMPULKAN_DATA = "userTask_kumpulkanData";
    public static final String KOREKSI_MATERI = "userTask_koreksiMateri";
    public static final String PUBLIKASI_MEDSOS_OTOMATIS = "serviceTask_publikasiMedsos";
    public static final String PUBLIKASI_MEDSOS = "userTask_publikasiMedsos";
    public static final String PUBLIKASI_WEBSITE_OTOMATIS = "serviceTask_publikasiWebsite";
    public static final String PUBLIKASI_WEBSITE = "userTask_publikasiWebsite";
    public static final String CATAT_PUBLIKASI = "serviceTask_catatPublikasi";
    public static final String SELESAI = "event_informasiTerpublikasi";
    public static final String JADWAL_PEMBARUAN = "event_jadwalPembaruan";
    public static final String UPDATE_BERKALA = "userTask_updateBerkala";
    public static final String PEMBARUAN_SELESAI = "event_pembaruanSelesai";

    /** Error code thrown by the publishing delegate when someone must publish by hand and record the link. */
    public static final String ERROR_PUBLIKASI_MANUAL = "publikasiManual";

    /** The late-step timer of a user task, by the naming convention {@code timer_<step>Terlambat}. */
    public static String timerOf(String userTaskId) {
        return ElementIds.timerOf(userTaskId);
    }

    /** The step the periodic updates look for, by template or 'langkah' property rather than by a renamable id. */
    public static final SopStep STEP_UPDATE_BERKALA = new SopStep("updateBerkala", "id.sopflow.setwan.updateCheck",
            UPDATE_BERKALA);

    private SetwanElements() {
    }
}
