package id.sopflow.sop.ppid;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.sopflow.publishing.Platform;
import id.sopflow.verification.ImageType;
import id.sopflow.verification.KelengkapanCheck;

/**
 * What the PPID's inputs must satisfy, as plain rules without an engine: each returns every problem it finds, in
 * Bahasa Indonesia, so that staff fix everything at once. Empty means accepted.
 */
public final class PpidRules {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    static final int MAX_JUDUL = 150;
    /** Per attachment of the bahan informasi (documents, scans, photos). */
    static final long MAX_LAMPIRAN_BYTES = 10_000_000;
    /** Per image of the konsep materi; what every platform we post to accepts. */
    static final long MAX_GAMBAR_BYTES = 5_000_000;
    /** Longest post text each platform accepts; the website has no limit of its own. */
    static final Map<Platform, Integer> MAX_TEKS = Map.of(
            Platform.INSTAGRAM, 2_200,
            Platform.FACEBOOK, 63_206,
            Platform.YOUTUBE, 5_000);

    private PpidRules() {
    }

    /** An uploaded file as the rules see it. */
    public record Upload(String fileName, long size, byte[] head) {
    }

    /** Row 1: the bahan informasi kegiatan and the disposisi. */
    public static List<String> bahanInformasi(String judul, String tanggalKegiatan, String ringkasan,
                                              String disposisi, List<Upload> lampiran) {
        KelengkapanCheck check = new KelengkapanCheck();
        if (check.required("Judul kegiatan", judul) && judul.strip().length() > MAX_JUDUL) {
            check.problem("Judul kegiatan paling panjang " + MAX_JUDUL + " karakter.");
        }
        if (check.required("Tanggal kegiatan", tanggalKegiatan) && date(tanggalKegiatan) == null) {
            check.problem("Tanggal kegiatan \"" + tanggalKegiatan.strip() + "\" tidak dikenali; tulis sebagai "
                    + "tahun-bulan-tanggal, misalnya 2026-11-20.");
        }
        check.required("Ringkasan kegiatan", ringkasan);
        check.required("Disposisi kepada Seksi Pengolahan Data dan Dokumentasi Informasi", disposisi);
        for (Upload file : lampiran) {
            if (file.size() > MAX_LAMPIRAN_BYTES) {
                check.problem("Lampiran \"" + file.fileName() + "\" terlalu besar (" + megabytes(file.size())
                        + "); paling besar " + megabytes(MAX_LAMPIRAN_BYTES) + ".");
            }
        }
        return check.result().problems();
    }

    /** Row 3: the konsep materi: a text for at least one platform, each within its limit, and 1–3 images. */
    public static List<String> konsepMateri(Map<Platform, String> texts, List<Upload> images) {
        List<String> problems = new ArrayList<>();
        if (texts.values().stream().allMatch(PpidRules::blank)) {
            problems.add("Tulis teks unggahan untuk paling sedikit satu platform (website, Instagram, Facebook "
                    + "atau YouTube).");
        }
        texts.forEach((platform, text) -> {
            Integer max = MAX_TEKS.get(platform);
            if (max != null && !blank(text) && text.strip().length() > max) {
                problems.add("Teks " + platform.label() + " terlalu panjang: " + text.strip().length()
                        + " karakter, paling banyak " + String.format(INDONESIAN, "%,d", max) + ".");
            }
        });
        if (images.isEmpty()) {
            problems.add("Unggah paling sedikit satu gambar untuk materi medsos.");
        }
        for (Upload image : images) {
            if (ImageType.ofContent(image.head()).isEmpty()) {
                problems.add("Berkas \"" + image.fileName() + "\" bukan gambar JPEG, PNG atau WebP.");
            }
            if (image.size() > MAX_GAMBAR_BYTES) {
                problems.add("Gambar \"" + image.fileName() + "\" terlalu besar (" + megabytes(image.size())
                        + "); paling besar " + megabytes(MAX_GAMBAR_BYTES) + ".");
            }
        }
        return problems;
    }

    /** Row 7: at least one platform, and only platforms the approved konsep has a text for. */
    public static List<String> platformChoice(Set<Platform> chosen, Map<Platform, String> texts) {
        List<String> problems = new ArrayList<>();
        if (chosen.isEmpty()) {
            problems.add("Pilih paling sedikit satu platform: website, Instagram, Facebook atau YouTube.");
        }
        for (Platform platform : Platform.values()) {
            if (chosen.contains(platform) && blank(texts.get(platform))) {
                problems.add("Konsep materi yang disetujui tidak memuat teks untuk " + platform.label()
                        + "; pilih platform yang teksnya sudah disetujui Ketua PPID.");
            }
        }
        return problems;
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String megabytes(long bytes) {
        return String.format(INDONESIAN, "%.1f MB", bytes / 1_000_000.0);
    }
}
