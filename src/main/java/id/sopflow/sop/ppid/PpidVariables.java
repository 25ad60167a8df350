package id.sopflow.sop.ppid;

import static id.sopflow.ProcessVariable.bool;
import static id.sopflow.ProcessVariable.file;
import static id.sopflow.ProcessVariable.integer;
import static id.sopflow.ProcessVariable.string;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.FileValue;

import id.sopflow.ProcessVariable;
import id.sopflow.sop.UploadSlots;
import id.sopflow.publishing.Platform;

/**
 * Every variable of the SOP Penyebarluasan Informasi melalui Media Sosial ({@code
 * processes/ppid-penyebarluasan-informasi.bpmn}) and its forms. Names are Indonesian because process owners and forms
 * see them; flow-control variables start with {@code _}.
 */
public final class PpidVariables {

    public static final String PROCESS_KEY = "ppid-penyebarluasan-informasi";

    // Who and where — set by sopflow from the starter
    /** User id of the Ketua PPID who started the case (the start event's initiator). */
    public static final ProcessVariable<String> KETUA_PPID = string("ketuaPpid");

    // Row 1: bahan informasi kegiatan and the Ketua's disposisi (start form)
    public static final ProcessVariable<String> JUDUL = string("judul");
    /** ISO date {@code yyyy-MM-dd}, as the browser's date input gives it. */
    public static final ProcessVariable<String> TANGGAL_KEGIATAN = string("tanggalKegiatan");
    public static final ProcessVariable<String> RINGKASAN = string("ringkasan");
    public static final ProcessVariable<String> DISPOSISI = string("disposisi");
    /** Attachments of the bahan informasi (documents or photos); all optional. */
    public static final List<ProcessVariable<FileValue>> LAMPIRAN =
            List.of(file("lampiran1"), file("lampiran2"), file("lampiran3"));

    // Row 2: Seksi PDDI's instruction to the Admin Medsos
    public static final ProcessVariable<String> INSTRUKSI_SEKSI = string("instruksiSeksi");

    // Row 3: the konsep materi by the Admin Medsos
    /** The post text for each platform; a platform without text cannot be chosen at row 7. */
    public static final Map<Platform, ProcessVariable<String>> TEKS = perPlatform("teks");
    /** The approved images, slot by slot. */
    public static final List<ProcessVariable<FileValue>> GAMBAR =
            List.of(file("gambar1"), file("gambar2"), file("gambar3"));
    /**
     * Uploads of the draft form, slot by slot. Tasklist's file input cannot be bound to an image that already exists
     * (an untouched input would blank it), so the form always uploads here and {@link PpidDraftCheck} moves what was
     * uploaded into {@link #GAMBAR}.
     */
    public static final List<ProcessVariable<FileValue>> GAMBAR_BARU =
            List.of(file("gambarBaru1"), file("gambarBaru2"), file("gambarBaru3"));
    /** Slots to empty, from the draft form's "hapus gambar" boxes. */
    public static final List<ProcessVariable<Boolean>> HAPUS_GAMBAR =
            List.of(bool("hapusGambar1"), bool("hapusGambar2"), bool("hapusGambar3"));
    /** The images with the draft form's uploads and "hapus" boxes. */
    public static final UploadSlots GAMBAR_SLOTS = new UploadSlots(GAMBAR, GAMBAR_BARU, HAPUS_GAMBAR);

    // Row 4: Seksi PDDI's check
    public static final ProcessVariable<Boolean> KONSEP_SESUAI = bool("konsepSesuai");
    public static final ProcessVariable<String> ALASAN_KONSEP_TIDAK_SESUAI = string("alasanKonsepTidakSesuai");
    public static final ProcessVariable<Integer> PUTARAN_PEMERIKSAAN = integer("putaranPemeriksaan");

    // Row 5: forwarding to the Ketua PPID
    public static final ProcessVariable<String> CATATAN_PENGANTAR = string("catatanPengantar");

    // Row 6: the Ketua PPID's approval
    public static final ProcessVariable<Boolean> MATERI_DISETUJUI = bool("materiDisetujui");
    public static final ProcessVariable<String> ALASAN_MATERI_DITOLAK = string("alasanMateriDitolak");
    public static final ProcessVariable<Integer> PUTARAN_PERSETUJUAN = integer("putaranPersetujuan");

    // Row 7: platforms chosen by Seksi PDDI
    public static final Map<Platform, ProcessVariable<Boolean>> PLATFORM = perPlatformChoice();
    /** The chosen platforms' names, e.g. "Website, Instagram", for forms and the report. */
    public static final ProcessVariable<String> PLATFORM_DIPILIH = string("platformDipilih");

    // Row 8: the Admin Medsos receives the approved material
    public static final ProcessVariable<Boolean> MATERI_DITERIMA = bool("materiDiterima");

    // Row 9: one posting per chosen platform (multi-instance); the first three are local to each posting
    /** The platform id of one posting (the multi-instance element variable). */
    public static final ProcessVariable<String> PLATFORM_UNGGAH = string("platform");
    /** Why the posting is manual, for the Admin Medsos's task. */
    public static final ProcessVariable<String> ALASAN_UNGGAH_MANUAL = string("alasanUnggahManual");
    /** The link the Admin Medsos captures in the manual task. */
    public static final ProcessVariable<String> TAUTAN = string("tautan");
    /** The output of row 9: the link of each platform's post. */
    public static final Map<Platform, ProcessVariable<String>> TAUTAN_PLATFORM = perPlatform("tautan");
    /** How each platform was posted: {@code otomatis} or {@code manual}. */
    public static final Map<Platform, ProcessVariable<String>> SALURAN_PLATFORM = perPlatform("saluran");
    /** Every link so far, one "- Platform: link" per line (a Markdown list for the Camunda Forms). */
    public static final ProcessVariable<String> DAFTAR_TAUTAN = string("daftarTautan");

    // Row 10: Seksi PDDI reports the links
    public static final ProcessVariable<String> CATATAN_LAPORAN = string("catatanLaporan");

    // Row 11: the report
    public static final ProcessVariable<String> LAPORAN_ID = string("laporanPenyebarluasanId");
    public static final ProcessVariable<String> LAPORAN_URL = string("laporanPenyebarluasanUrl");
    public static final ProcessVariable<Boolean> LAPORAN_DITERIMA = bool("laporanDiterima");

    /**
     * What the process computes itself: who and where, the images moved in from the uploads, review rounds, the
     * posting results and the report. The form contract refuses them from outside, whatever a form declares
     * (flow-control variables starting with {@code _} are refused without being listed).
     */
    public static final List<ProcessVariable<?>> COMPUTED = computed();

    private static List<ProcessVariable<?>> computed() {
        List<ProcessVariable<?>> computed = new ArrayList<>(List.of(KETUA_PPID, PUTARAN_PEMERIKSAAN,
                PUTARAN_PERSETUJUAN, PLATFORM_DIPILIH, PLATFORM_UNGGAH, ALASAN_UNGGAH_MANUAL, DAFTAR_TAUTAN, LAPORAN_ID,
                LAPORAN_URL));
        computed.addAll(GAMBAR);
        computed.addAll(TAUTAN_PLATFORM.values());
        computed.addAll(SALURAN_PLATFORM.values());
        return List.copyOf(computed);
    }

    /** Variable name for a platform, e.g. {@code teks} + Instagram = {@code teksInstagram}. */
    static String nameFor(String prefix, Platform platform) {
        return prefix + Character.toUpperCase(platform.id().charAt(0)) + platform.id().substring(1);
    }

    private static Map<Platform, ProcessVariable<String>> perPlatform(String prefix) {
        Map<Platform, ProcessVariable<String>> variables = new EnumMap<>(Platform.class);
        for (Platform platform : Platform.values()) {
            variables.put(platform, string(nameFor(prefix, platform)));
        }
        return Collections.unmodifiableMap(variables);
    }

    private static Map<Platform, ProcessVariable<Boolean>> perPlatformChoice() {
        Map<Platform, ProcessVariable<Boolean>> variables = new EnumMap<>(Platform.class);
        for (Platform platform : Platform.values()) {
            variables.put(platform, bool(nameFor("platform", platform)));
        }
        return Collections.unmodifiableMap(variables);
    }

    private PpidVariables() {
    }
}
