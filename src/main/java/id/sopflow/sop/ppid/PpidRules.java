package id.sopflow.sop.ppid;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.sopflow.publishing.Platform;
import id.sopflow.verification.KelengkapanCheck;
import id.sopflow.verification.UploadRule;

/**
 * What the PPID's inputs must satisfy, as plain rules without an engine: each returns every problem it finds, in
 * Bahasa Indonesia, so that staff fix everything at once. Empty means accepted.
 */
public final class PpidRules {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    static final int MAX_JUDUL = 150;
    /** An attachment of the bahan informasi: any document, scan or photo, at most 10 MB (as its form says). */
    static final UploadRule LAMPIRAN = UploadRule.anyType("lampiran", 10 * 1024 * 1024);
    /** An image of the konsep materi: what every platform we post to accepts, at most 5 MB (as its form says). */
    static final UploadRule GAMBAR = UploadRule.images("gambar", 5 * 1024 * 1024);
    /** Longest post text each platform accepts; the website has no limit of its own. */
    static final Map<Platform, Integer> MAX_TEKS = Map.of(
            Platform.INSTAGRAM, 2_200,
            Platform.FACEBOOK, 63_206,
            Platform.YOUTUBE, 5_000);

    private PpidRules() {
    }

    /**
     * An uploaded file as the rules see it: its name and MIME type as the browser claimed them, its whole size and
     * enough of its start to know its type.
     */
    public record Upload(String fileName, String mimeType, long size, byte[] head) {

        List<String> problems(String label, UploadRule rule) {
            return rule.problemsOf(label, fileName, mimeType, size, head);
        }
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
            file.problems("Lampiran", LAMPIRAN).forEach(check::problem);
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
            problems.addAll(image.problems("Gambar", GAMBAR));
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

}
