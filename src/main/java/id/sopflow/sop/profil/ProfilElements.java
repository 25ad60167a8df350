package id.sopflow.sop.profil;

import id.sopflow.reporting.SopStep;
import id.sopflow.sop.ElementIds;

/**
 * Element ids of {@code processes/profil-desa-kelurahan.bpmn} (the dinas's activity, rows 1–7 and 11–13) and
 * {@code processes/profil-desa-kelurahan-pendataan.bpmn} (one kampung/kelurahan's data collection, rows 8–10).
 */
public final class ProfilElements {

    // profil-desa-kelurahan
    public static final String START = "event_kegiatanDimulai";
    public static final String SIAPKAN_KEGIATAN = "serviceTask_siapkanKegiatan";
    public static final String TUGASKAN_KASI = "userTask_tugaskanKasi";
    public static final String SUSUN_KONSEP_SK = "userTask_susunKonsepSk";
    public static final String PERIKSA_KONSEP_SK = "userTask_periksaKonsepSk";
    public static final String PERIKSA_DRAFT_SK = "userTask_periksaDraftSk";
    public static final String SERAHKAN_SK = "userTask_serahkanSk";
    public static final String ARSIPKAN_SK = "userTask_arsipkanSkRapatPersiapan";
    public static final String SIMPAN_SK = "serviceTask_simpanSk";
    public static final String PENDATAAN_KAMPUNG = "callActivity_pendataanKampung";
    public static final String BUAT_LAPORAN = "userTask_buatLaporanKegiatan";
    public static final String SUSUN_LAPORAN_PDF = "serviceTask_susunLaporanKegiatan";
    public static final String TERIMA_LAPORAN = "userTask_terimaLaporanKegiatan";
    public static final String RAPAT_PENUTUPAN = "userTask_rapatPenutupan";
    public static final String SIMPAN_NOTULEN = "serviceTask_simpanNotulenPenutupan";
    public static final String SELESAI = "event_kegiatanSelesai";

    // profil-desa-kelurahan-pendataan
    public static final String PENDATAAN_START = "event_pendataanDimulai";
    public static final String ISI_PROFIL = "userTask_isiProfil";
    public static final String PERIKSA_KEWAJARAN = "serviceTask_periksaKewajaran";
    public static final String SERAHKAN_DATA = "userTask_serahkanData";
    public static final String VERIFIKASI_DATA = "userTask_verifikasiData";
    public static final String SIAPKAN_EKSPOR = "serviceTask_siapkanEksporProdeskel";
    public static final String INPUT_PRODESKEL = "userTask_inputProdeskel";
    public static final String PENDATAAN_SELESAI = "event_dataTerpublikasi";

    /** The late-step timer of a user task, by the naming convention {@code timer_<step>Terlambat}. */
    public static String timerOf(String userTaskId) {
        return ElementIds.timerOf(userTaskId);
    }

    /** Steps history readers look for, by template or 'langkah' property rather than by a renamable id. */
    public static final SopStep STEP_VERIFIKASI_DATA = new SopStep("verifikasiData", "id.sopflow.reviewDecision",
            VERIFIKASI_DATA);
    public static final SopStep STEP_SERAHKAN_DATA = new SopStep("serahkanData", null, SERAHKAN_DATA);

    private ProfilElements() {
    }
}
