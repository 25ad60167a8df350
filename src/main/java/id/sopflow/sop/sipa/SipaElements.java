package id.sopflow.sop.sipa;

import id.sopflow.reporting.SopStep;
import id.sopflow.sop.ElementIds;

/** Element ids of {@code processes/sipa-bermedsos.bpmn} that code and tests refer to. */
public final class SipaElements {

    public static final String START = "event_laporanMasuk";
    public static final String CATAT_LAPORAN_MASUK = "serviceTask_catatLaporanMasuk";
    public static final String PERIKSA_KELENGKAPAN = "serviceTask_periksaKelengkapan";
    public static final String PERBAIKI_LAPORAN = "userTask_perbaikiLaporan";
    public static final String VERIFIKASI_LAPORAN = "userTask_verifikasiLaporan";
    public static final String UNGGAH_MEDSOS = "serviceTask_unggahMedsos";
    public static final String UNGGAH_MANUAL = "userTask_unggahManual";
    public static final String BUKA_MASA_TANGGAPAN = "serviceTask_bukaMasaTanggapan";
    public static final String MASA_TANGGAPAN = "subProcess_masaTanggapan";
    public static final String MASA_TANGGAPAN_BERAKHIR = "timer_masaTanggapanBerakhir";
    public static final String PERTANYAAN_MASUK = "event_pertanyaanMasuk";
    public static final String TANGGAPI_PERTANYAAN = "userTask_tanggapiPertanyaan";
    public static final String SUSUN_LAPORAN_PERKEMBANGAN = "serviceTask_susunLaporanPerkembangan";
    public static final String PERIKSA_LAPORAN_PERKEMBANGAN = "userTask_periksaLaporanPerkembangan";
    public static final String BACA_LAPORAN_PERKEMBANGAN = "userTask_bacaLaporanPerkembangan";
    public static final String SELESAI = "event_laporanSelesai";

    /**
     * The steps history readers look for, found by template or by the extension property {@code langkah} rather than
     * by element id, which a process owner may rename in Modeler.
     */
    public static final SopStep STEP_VERIFIKASI_LAPORAN = new SopStep("verifikasiLaporan",
            "id.sopflow.reviewDecision", VERIFIKASI_LAPORAN);
    public static final SopStep STEP_PERBAIKI_LAPORAN = new SopStep("perbaikiLaporan",
            "id.sopflow.reworkWithHistory", PERBAIKI_LAPORAN);
    public static final SopStep STEP_UNGGAH_MEDSOS = new SopStep("unggahMedsos", "id.sopflow.sipa.publishing",
            UNGGAH_MEDSOS);
    public static final SopStep STEP_UNGGAH_MANUAL = new SopStep("unggahManual", "id.sopflow.sipa.postLinks",
            UNGGAH_MANUAL);
    public static final SopStep STEP_BUKA_MASA_TANGGAPAN = new SopStep("bukaMasaTanggapan",
            "id.sopflow.sipa.feedbackWindow", BUKA_MASA_TANGGAPAN);
    public static final SopStep STEP_TANGGAPI_PERTANYAAN = new SopStep("tanggapiPertanyaan", null,
            TANGGAPI_PERTANYAAN);

    /** Error code thrown by the posting delegate when the admin must post by hand. */
    public static final String ERROR_UNGGAH_MANUAL = "unggahManual";

    /** The late-step timer of a user task, by the naming convention {@code timer_<step>Terlambat}. */
    public static String timerOf(String userTaskId) {
        return ElementIds.timerOf(userTaskId);
    }

    private SipaElements() {
    }
}
