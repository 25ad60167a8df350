package id.sopflow.sop.setwan;

import static id.sopflow.ProcessVariable.bool;
import static id.sopflow.ProcessVariable.date;
import static id.sopflow.ProcessVariable.file;
import static id.sopflow.ProcessVariable.integer;
import static id.sopflow.ProcessVariable.string;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.FileValue;

import id.sopflow.ProcessVariable;
import id.sopflow.sop.UploadSlots;
import id.sopflow.publishing.Platform;

/**
 * Every variable of the SOP Bapinanduan process ({@code processes/setwan-bapinanduan.bpmn}) and its forms. Names are
 * Indonesian because process owners and forms see them; flow-control variables start with {@code _}.
 */
public final class SetwanVariables {

    public static final String PROCESS_KEY = "setwan-bapinanduan";
    /** Message that starts a periodic update (row 4); only sopflow's schedule sends it. */
    public static final String MESSAGE_PEMBARUAN = "SetwanPembaruanBerkala";

    // Who and where
    /** User id of the Staf who recorded the activity. */
    public static final ProcessVariable<String> STAF = string("staf");

    // Start and row 1: the activity and the collected material
    public static final ProcessVariable<String> JUDUL = string("judul");
    /** One of {@code dprd}, {@code sekretariat}. */
    public static final ProcessVariable<String> JENIS_KEGIATAN = string("jenisKegiatan");
    /** The day of the activity as the form sends it (yyyy-MM-dd). */
    public static final ProcessVariable<String> TANGGAL_KEGIATAN = string("tanggalKegiatan");
    /** Members of the Tim Bapinanduan who collected the data with the Staf. */
    public static final ProcessVariable<String> TIM_BAPINANDUAN = string("timBapinanduan");
    /** The konsep awal: what happened, who, where, results. */
    public static final ProcessVariable<String> URAIAN = string("uraian");
    /** The text to publish; the Kabag may perfect it. */
    public static final ProcessVariable<String> NASKAH_PUBLIKASI = string("naskahPublikasi");
    /** Attachment slots: scanned documents, newspaper clippings, photos. */
    public static final List<ProcessVariable<FileValue>> LAMPIRAN =
            List.of(file("lampiran1"), file("lampiran2"), file("lampiran3"));
    /**
     * What the form uploads, slot by slot. Tasklist's file input cannot be bound to a file that already exists (an
     * untouched input would blank it), so uploads land here and {@link SetwanMaterialCheck} puts them in place.
     */
    public static final List<ProcessVariable<FileValue>> LAMPIRAN_BARU =
            List.of(file("lampiranBaru1"), file("lampiranBaru2"), file("lampiranBaru3"));
    /** The attachments with the form's uploads. */
    public static final UploadSlots LAMPIRAN_SLOTS = UploadSlots.of(LAMPIRAN, LAMPIRAN_BARU);

    // Row 2: the Kabag's correction and direction
    public static final ProcessVariable<Boolean> MATERI_DITERIMA = bool("materiDiterima");
    /** The Kabag's corrections; required when the material is not accepted. */
    public static final ProcessVariable<String> KOREKSI_KABAG = string("koreksiKabag");
    public static final ProcessVariable<Integer> PUTARAN_KOREKSI = integer("putaranKoreksi");
    /** The Kabag's direction for publishing (output of row 3: "Disposisi/arahan Kabag"). */
    public static final ProcessVariable<String> ARAHAN_KABAG = string("arahanKabag");
    public static final ProcessVariable<Boolean> PLATFORM_FACEBOOK = bool("platformFacebook");
    public static final ProcessVariable<Boolean> PLATFORM_INSTAGRAM = bool("platformInstagram");
    public static final ProcessVariable<Boolean> PLATFORM_YOUTUBE = bool("platformYoutube");

    // Row 3: publishing
    /** Local input of the publishing steps: {@code website} or {@code medsos}. */
    public static final ProcessVariable<String> KANAL = string("kanal");
    public static final ProcessVariable<String> TAUTAN_WEBSITE = string("tautanWebsite");
    public static final ProcessVariable<String> TAUTAN_FACEBOOK = string("tautanFacebook");
    public static final ProcessVariable<String> TAUTAN_INSTAGRAM = string("tautanInstagram");
    public static final ProcessVariable<String> TAUTAN_YOUTUBE = string("tautanYoutube");
    /** Why the website must be published by hand, for Team Website's task. */
    public static final ProcessVariable<String> ALASAN_MANUAL_WEBSITE = string("alasanManualWebsite");
    /** Why (some) social media must be published by hand, for the Staf's task. */
    public static final ProcessVariable<String> ALASAN_MANUAL_MEDSOS = string("alasanManualMedsos");
    /** Every link, one per line: the output of row 3. */
    public static final ProcessVariable<String> TAUTAN_PUBLIKASI = string("tautanPublikasi");

    // Row 4: periodic update
    /** The scheduled moment this update is for. */
    public static final ProcessVariable<Date> JADWAL_PEMBARUAN = date("jadwalPembaruan");
    /** Later scheduled moments that arrived while this update was still open (no second task was made). */
    public static final ProcessVariable<Integer> JADWAL_TERGABUNG = integer("jadwalTergabung");
    /** The latest of those moments. */
    public static final ProcessVariable<Date> JADWAL_TERAKHIR = date("jadwalTerakhir");
    /** {@link #JADWAL_PEMBARUAN} as the form shows it, e.g. "Senin, 23 November 2026 08.00 WITA". */
    public static final ProcessVariable<String> JADWAL_PEMBARUAN_TEKS = string("jadwalPembaruanTeks");
    /** {@link #JADWAL_TERAKHIR} as the form shows it. */
    public static final ProcessVariable<String> JADWAL_TERAKHIR_TEKS = string("jadwalTerakhirTeks");
    /** What is currently published, as Markdown lines for the form. */
    public static final ProcessVariable<String> DAFTAR_PUBLIKASI = string("daftarPublikasi");
    public static final ProcessVariable<Integer> JUMLAH_PUBLIKASI = integer("jumlahPublikasi");
    /** What the Staf updated (required). */
    public static final ProcessVariable<String> CATATAN_PEMBARUAN = string("catatanPembaruan");
    /** Links of updated or new posts, one per line (optional). */
    public static final ProcessVariable<String> TAUTAN_PEMBARUAN = string("tautanPembaruan");

    /** The link variable of each platform. */
    public static final Map<Platform, ProcessVariable<String>> TAUTAN = Map.of(
            Platform.WEBSITE, TAUTAN_WEBSITE,
            Platform.FACEBOOK, TAUTAN_FACEBOOK,
            Platform.INSTAGRAM, TAUTAN_INSTAGRAM,
            Platform.YOUTUBE, TAUTAN_YOUTUBE);

    /** The social-media platforms the Kabag can choose, in the order forms and reports show them. */
    public static final Map<Platform, ProcessVariable<Boolean>> PILIHAN_MEDSOS = Map.of(
            Platform.FACEBOOK, PLATFORM_FACEBOOK,
            Platform.INSTAGRAM, PLATFORM_INSTAGRAM,
            Platform.YOUTUBE, PLATFORM_YOUTUBE);

    public static final List<Platform> MEDSOS = List.of(Platform.FACEBOOK, Platform.INSTAGRAM, Platform.YOUTUBE);

    /**
     * What the process computes itself: the starter, the organisation, the attachments moved in from the uploads,
     * correction rounds, the publishing channel and results, and the periodic update's schedule and listing. The form
     * contract refuses them from outside, whatever a form declares.
     */
    public static final List<ProcessVariable<?>> COMPUTED = computed();

    private static List<ProcessVariable<?>> computed() {
        List<ProcessVariable<?>> computed = new ArrayList<>(List.of(STAF, PUTARAN_KOREKSI, KANAL,
                ALASAN_MANUAL_WEBSITE, ALASAN_MANUAL_MEDSOS, TAUTAN_PUBLIKASI, JADWAL_PEMBARUAN, JADWAL_TERGABUNG,
                JADWAL_TERAKHIR, JADWAL_PEMBARUAN_TEKS, JADWAL_TERAKHIR_TEKS, DAFTAR_PUBLIKASI, JUMLAH_PUBLIKASI));
        computed.addAll(LAMPIRAN);
        return List.copyOf(computed);
    }

    private SetwanVariables() {
    }
}
