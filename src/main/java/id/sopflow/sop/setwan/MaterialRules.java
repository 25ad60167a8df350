package id.sopflow.sop.setwan;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.sopflow.verification.AttachmentType;
import id.sopflow.verification.KelengkapanCheck;
import id.sopflow.verification.UploadedFile;

/**
 * What row 1 must hand to the Kabag: a title, the konsep awal, the text to publish, and attachments that really are
 * scans or photos of a sensible size. Returns every problem at once, in Bahasa Indonesia.
 */
final class MaterialRules {

    static final int JUDUL_MAKS = 150;

    private final long maxAttachmentBytes;

    MaterialRules(long maxAttachmentBytes) {
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    /**
     * @param attachments the non-empty uploads by slot number (1-based)
     * @return the problems, empty when the material may go to the Kabag
     */
    List<String> problems(String judul, String uraian, String naskah, Map<Integer, UploadedFile> attachments) {
        KelengkapanCheck check = new KelengkapanCheck();
        if (check.required("Judul kegiatan", judul) && judul.strip().length() > JUDUL_MAKS) {
            check.problem("Judul kegiatan paling banyak " + JUDUL_MAKS + " karakter.");
        }
        check.required("Uraian kegiatan (konsep awal)", uraian);
        check.required("Naskah publikasi", naskah);
        attachments.forEach((slot, file) -> {
            String name = "Lampiran " + slot + " (" + file.fileName() + ")";
            if (AttachmentType.ofContent(file.content()).isEmpty()) {
                check.problem(name + " bukan PDF, JPEG, PNG atau WebP; unggah hasil pindaian atau foto.");
            }
            if (file.size() > maxAttachmentBytes) {
                check.problem(name + " berukuran " + megabytes(file.size()) + ", melebihi batas "
                        + megabytes(maxAttachmentBytes) + ".");
            }
        });
        return check.result().problems();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }
}
