package id.sopflow.sop.sipa;

import static id.sopflow.ProcessVariable.bool;
import static id.sopflow.ProcessVariable.date;
import static id.sopflow.ProcessVariable.file;
import static id.sopflow.ProcessVariable.integer;
import static id.sopflow.ProcessVariable.number;
import static id.sopflow.ProcessVariable.string;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.variable.value.FileValue;

import id.sopflow.ProcessVariable;
import id.sopflow.sop.UploadSlots;

/**
 * Every variable of the SIPA BERMEDSOS process ({@code processes/sipa-bermedsos.bpmn}) and its forms. Names are
 * Indonesian because process owners and forms see them; flow-control variables start with {@code _}.
 */
public final class SipaVariables {

    public static final String PROCESS_KEY = "sipa-bermedsos";

    // Who and where — set by sopflow from the starter, never typed by the desa
    /** Display name of the desa, e.g. "Desa Babayau (contoh)"; shown by the Tasklist filters. */
    public static final ProcessVariable<String> DESA = string("desa");
    /** The desa's tenant id, e.g. desa-babayau. */
    public static final ProcessVariable<String> DESA_ID = string("desaId");
    /** User id of the Pemerintah Desa user who reported. */
    public static final ProcessVariable<String> PELAPOR = string("pelapor");
    /** Unguessable public code of the report (also the business key); printed with the post. */
    public static final ProcessVariable<String> KODE_PUBLIK = string("kodePublik");
    /** Address of the report's public page (sopflow.sipa.alamat-publik + code), printed with the post. */
    public static final ProcessVariable<String> ALAMAT_HALAMAN_PUBLIK = string("alamatHalamanPublik");

    // Row 1: the report (start form, "Perbaiki laporan")
    /** One of {@link JenisLaporan#code()}. */
    public static final ProcessVariable<String> JENIS_LAPORAN = string("jenisLaporan");
    public static final ProcessVariable<String> JUDUL = string("judul");
    public static final ProcessVariable<String> PERIODE = string("periode");
    public static final ProcessVariable<String> URAIAN = string("uraian");
    public static final ProcessVariable<String> LOKASI = string("lokasi");
    /** Rupiah, for realisasi APBDes. */
    public static final ProcessVariable<Long> ANGGARAN = number("anggaran");
    /** Rupiah, for realisasi APBDes. */
    public static final ProcessVariable<Long> REALISASI = number("realisasi");
    /** Required when realisasi is above anggaran. */
    public static final ProcessVariable<String> ALASAN_SELISIH = string("alasanSelisih");
    /** The text to be posted. */
    public static final ProcessVariable<String> TEKS_KONTEN = string("teksKonten");
    public static final ProcessVariable<Boolean> PLATFORM_FACEBOOK = bool("platformFacebook");
    public static final ProcessVariable<Boolean> PLATFORM_INSTAGRAM = bool("platformInstagram");
    /** Photo slots; the first is required. */
    public static final List<ProcessVariable<FileValue>> FOTO = List.of(file("foto1"), file("foto2"), file("foto3"));
    /**
     * Replacement photos from "Perbaiki laporan", slot by slot. Tasklist's file input cannot be bound to a photo
     * that already exists (an untouched input would blank it), so the fix form uploads replacements and
     * "Catat laporan masuk" puts them in place.
     */
    public static final List<ProcessVariable<FileValue>> FOTO_PENGGANTI =
            List.of(file("fotoPengganti1"), file("fotoPengganti2"), file("fotoPengganti3"));
    /** The photos with their replacements from the fix form. */
    public static final UploadSlots FOTO_SLOTS = UploadSlots.of(FOTO, FOTO_PENGGANTI);

    // Automatic kelengkapan check
    /** Every problem found, one per line, in Bahasa Indonesia; empty when complete. */
    public static final ProcessVariable<String> MASALAH_KELENGKAPAN = string("masalahKelengkapan");
    public static final ProcessVariable<Boolean> LAPORAN_LENGKAP = bool("_laporanLengkap");

    // Row 2: verification by Admin / Tim SIPA
    public static final ProcessVariable<Boolean> TERVERIFIKASI = bool("terverifikasi");
    /** Required when not verified; shown to the desa. */
    public static final ProcessVariable<String> ALASAN_PENOLAKAN = string("alasanPenolakan");
    public static final ProcessVariable<Integer> PUTARAN_VERIFIKASI = integer("putaranVerifikasi");

    // Row 3: posting
    /** The post links, one per line: the output of row 3. */
    public static final ProcessVariable<String> TAUTAN_PUBLIKASI = string("tautanPublikasi");
    /** Which channel posted: facebook, manual. */
    public static final ProcessVariable<String> SALURAN_PUBLIKASI = string("saluranPublikasi");
    /** Why the automatic channel was not used, for the admin's manual task. */
    public static final ProcessVariable<String> ALASAN_UNGGAH_MANUAL = string("alasanUnggahManual");

    // Row 4: the feedback window and each question (question variables are local to its event subprocess)
    public static final ProcessVariable<Date> AKHIR_MASA_TANGGAPAN = date("_akhirMasaTanggapan");
    public static final String MESSAGE_PERTANYAAN = "PertanyaanMasyarakat";
    public static final ProcessVariable<String> PERTANYAAN_ID = string("pertanyaanId");
    public static final ProcessVariable<String> PERTANYAAN_NAMA = string("pertanyaanNama");
    public static final ProcessVariable<String> PERTANYAAN_KONTAK = string("pertanyaanKontak");
    public static final ProcessVariable<String> PERTANYAAN_ISI = string("pertanyaanIsi");
    public static final ProcessVariable<Date> PERTANYAAN_DITERIMA = date("pertanyaanDiterima");
    public static final ProcessVariable<String> TANGGAPAN = string("tanggapan");
    /**
     * The Facebook comment a question came from (local to the question like the others; null for questions from the
     * public page or the staff API): the answer is replied to it when replies are switched on.
     */
    public static final ProcessVariable<String> PERTANYAAN_KOMENTAR_ID = string("pertanyaanKomentarId");

    // Row 5: report to the Camat
    /** Id of the archived PDF "Laporan Perkembangan SIPA BERMEDSOS". */
    public static final ProcessVariable<String> LAPORAN_PERKEMBANGAN_ID = string("laporanPerkembanganId");
    /** Download link of that PDF, shown in the Kasi's and the Camat's forms. */
    public static final ProcessVariable<String> LAPORAN_PERKEMBANGAN_URL = string("laporanPerkembanganUrl");
    /** The Kasi confirms having checked the progress report before it goes to the Camat. */
    public static final ProcessVariable<Boolean> LAPORAN_DIPERIKSA = bool("laporanDiperiksa");
    public static final ProcessVariable<String> ARAHAN_CAMAT = string("arahanCamat");

    /**
     * What the process computes itself: the form contract refuses these from anyone but the engine's own code and
     * administrators, whatever a form declares ({@code id.sopflow.formcontract}). Not {@link #TAUTAN_PUBLIKASI}:
     * the admin types the links in "Unggah manual" when automatic posting was not possible.
     */
    public static final List<ProcessVariable<?>> COMPUTED = List.of(DESA, DESA_ID, PELAPOR, KODE_PUBLIK,
            ALAMAT_HALAMAN_PUBLIK, MASALAH_KELENGKAPAN, PUTARAN_VERIFIKASI, SALURAN_PUBLIKASI, ALASAN_UNGGAH_MANUAL,
            PERTANYAAN_ID, PERTANYAAN_NAMA, PERTANYAAN_KONTAK, PERTANYAAN_ISI, PERTANYAAN_DITERIMA,
            PERTANYAAN_KOMENTAR_ID, LAPORAN_PERKEMBANGAN_ID, LAPORAN_PERKEMBANGAN_URL);

    /** The kinds of report the SOP names. */
    public enum JenisLaporan {
        KEGIATAN_PEMBANGUNAN("kegiatan-pembangunan", "Kegiatan pembangunan"),
        REALISASI_APBDES("realisasi-apbdes", "Realisasi APBDes"),
        LAINNYA("lainnya", "Lainnya");

        private final String code;
        private final String label;

        JenisLaporan(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public static java.util.Optional<JenisLaporan> of(String code) {
            return java.util.Arrays.stream(values()).filter(j -> j.code.equals(code)).findFirst();
        }
    }

    private SipaVariables() {
    }
}
