package id.sopflow.sop.profil;

import static id.sopflow.ProcessVariable.bool;
import static id.sopflow.ProcessVariable.file;
import static id.sopflow.ProcessVariable.integer;
import static id.sopflow.ProcessVariable.number;
import static id.sopflow.ProcessVariable.string;

import java.util.List;

import org.camunda.bpm.engine.variable.value.FileValue;

import id.sopflow.ProcessVariable;

/**
 * Every variable of the two profil processes and their forms. Names are Indonesian because process owners and
 * forms see them; flow-control variables start with {@code _}. The profile instrument's own fields are listed in
 * {@link ProfilInstrument}.
 */
public final class ProfilVariables {

    public static final String PROCESS_KEY = "profil-desa-kelurahan";
    public static final String PENDATAAN_PROCESS_KEY = "profil-desa-kelurahan-pendataan";

    /** User id of the Kadis who gave the order (the start event's initiator). */
    public static final ProcessVariable<String> PEMBERI_PERINTAH = string("pemberiPerintah");

    // Row 1 (Kadis, start form)
    public static final ProcessVariable<String> JUDUL_KEGIATAN = string("judulKegiatan");
    public static final ProcessVariable<Long> TAHUN_DATA = number("tahunData");
    public static final ProcessVariable<String> AGENDA_KERJA = string("agendaKerja");
    /** The disposisi of each hand-over (rows 1, 2, 6, 12), as its form records it. */
    public static final ProcessVariable<String> DISPOSISI_KADIS = string("disposisiKadis");
    public static final ProcessVariable<String> DISPOSISI_KABID = string("disposisiKabid");
    public static final ProcessVariable<String> DISPOSISI_SERAHKAN_SK = string("disposisiSerahkanSk");
    public static final ProcessVariable<String> DISPOSISI_KADIS_LAPORAN = string("disposisiKadisLaporan");
    public static final ProcessVariable<Boolean> SK_DISERAHKAN = bool("skDiserahkan");
    /** Shown by the Tasklist filters of every SOP. */
    public static final ProcessVariable<String> JUDUL = string("judul");
    /** JSON list [{"id": ..., "nama": ...}] of the organisation's kampung/kelurahan, for the Kasi's checklist. */
    public static final ProcessVariable<String> PILIHAN_KAMPUNG = string("pilihanKampung");

    // Rows 3–5: the SK draft and its two reviews
    public static final ProcessVariable<String> KONSEP_SK = string("konsepSk");
    public static final ProcessVariable<Boolean> SK_DISETUJUI = bool("skDisetujui");
    public static final ProcessVariable<String> ALASAN_PENOLAKAN_SK = string("alasanPenolakanSk");
    /** Review rounds of the Kabid's and the Kadis's check of the SK (template field "putaran"). */
    public static final ProcessVariable<Integer> PUTARAN_PERIKSA_KABID = integer("putaranPeriksaKabid");
    public static final ProcessVariable<Integer> PUTARAN_PERIKSA_KADIS = integer("putaranPeriksaKadis");

    // Row 7: the signed SK and the preparation meeting
    public static final ProcessVariable<String> NOMOR_SK = string("nomorSk");
    public static final ProcessVariable<String> TANGGAL_SK = string("tanggalSk");
    public static final ProcessVariable<FileValue> SK_DITANDATANGANI = file("skDitandatangani");
    public static final ProcessVariable<String> TANGGAL_RAPAT_PERSIAPAN = string("tanggalRapatPersiapan");
    public static final ProcessVariable<String> NOTULEN_RAPAT_PERSIAPAN = string("notulenRapatPersiapan");
    /** The kampung/kelurahan tenant ids chosen at the preparation meeting, comma-separated. */
    public static final ProcessVariable<String> KAMPUNG_DIPILIH = string("kampungDipilih");
    public static final ProcessVariable<String> SK_ARSIP_URL = string("skArsipUrl");

    // Row 11–12: the report
    public static final ProcessVariable<String> RINGKASAN_LAPORAN = string("ringkasanLaporan");
    public static final ProcessVariable<String> KENDALA = string("kendala");
    public static final ProcessVariable<String> LAPORAN_KEGIATAN_ID = string("laporanKegiatanId");
    public static final ProcessVariable<String> LAPORAN_KEGIATAN_URL = string("laporanKegiatanUrl");
    public static final ProcessVariable<String> EKSPOR_GABUNGAN_URL = string("eksporProdeskelGabunganUrl");

    // Row 13: closing meeting
    public static final ProcessVariable<String> TANGGAL_RAPAT_PENUTUPAN = string("tanggalRapatPenutupan");
    public static final ProcessVariable<String> NOTULEN_RAPAT_PENUTUPAN = string("notulenRapatPenutupan");
    public static final ProcessVariable<FileValue> BERKAS_NOTULEN_PENUTUPAN = file("berkasNotulenPenutupan");
    public static final ProcessVariable<String> NOTULEN_ARSIP_URL = string("notulenArsipUrl");

    // The per-kampung data collection (called process)
    /** The kampung/kelurahan's tenant id, handed in by the call activity. */
    public static final ProcessVariable<String> KAMPUNG_ID = string("kampungId");
    /** Its name, shown by the Tasklist filters (the shared column is called "desa"). */
    public static final ProcessVariable<String> DESA = string("desa");
    /** The dinas's case that called this one. */
    public static final ProcessVariable<String> KASUS_INDUK_ID = string("kasusIndukId");
    public static final ProcessVariable<Boolean> DATA_WAJAR = bool("_dataWajar");
    public static final ProcessVariable<String> MASALAH_DATA = string("masalahData");
    public static final ProcessVariable<String> LAPORAN_PENDATAAN = string("laporanPendataan");
    public static final ProcessVariable<Boolean> DATA_TERVERIFIKASI = bool("dataTerverifikasi");
    public static final ProcessVariable<String> CATATAN_VERIFIKASI = string("catatanVerifikasi");
    /** Review rounds of the Tim's verification of one kampung (template field "putaran"). */
    public static final ProcessVariable<Integer> PUTARAN_VERIFIKASI_DATA = integer("putaranVerifikasiData");
    /** The profile instrument the Pokja fills in, one variable per field ({@link ProfilInstrument}). */
    public static final List<ProcessVariable<Object>> INSTRUMEN = ProfilInstrument.FIELDS.stream()
            .map(ProfilInstrument.Field::variable).toList();
    public static final ProcessVariable<String> EKSPOR_PRODESKEL_URL = string("eksporProdeskelUrl");
    public static final ProcessVariable<String> TANGGAL_INPUT_PRODESKEL = string("tanggalInputProdeskel");
    public static final ProcessVariable<String> CATATAN_INPUT_PRODESKEL = string("catatanInputProdeskel");

    /**
     * What the dinas's process computes itself: the starter, the case title, the kampung choices offered, the
     * archive links and the activity report. The form contract refuses them from outside, whatever a form declares.
     */
    public static final List<ProcessVariable<?>> COMPUTED = List.of(PEMBERI_PERINTAH, JUDUL, PILIHAN_KAMPUNG,
            SK_ARSIP_URL, NOTULEN_ARSIP_URL, LAPORAN_KEGIATAN_ID, LAPORAN_KEGIATAN_URL, EKSPOR_GABUNGAN_URL,
            PUTARAN_PERIKSA_KABID, PUTARAN_PERIKSA_KADIS);

    private ProfilVariables() {
    }

    /**
     * The per-kampung data collection ({@value #PROCESS_KEY}) as the form contract sees it: what its call activity
     * hands in and what its checks compute.
     */
    public static final class PendataanVariables {

        public static final String PROCESS_KEY = PENDATAAN_PROCESS_KEY;
        /** The unit whose tenant the called case belongs to ({@code StarterTenantIdProvider}). */
        public static final ProcessVariable<String> UNIT_TENANT_ID = string("unitTenantId");

        public static final List<ProcessVariable<?>> COMPUTED = List.of(UNIT_TENANT_ID, KAMPUNG_ID, DESA,
                KASUS_INDUK_ID, JUDUL, MASALAH_DATA, EKSPOR_PRODESKEL_URL, PUTARAN_VERIFIKASI_DATA);

        private PendataanVariables() {
        }
    }
}
