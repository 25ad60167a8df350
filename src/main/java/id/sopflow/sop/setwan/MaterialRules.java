package id.sopflow.sop.setwan;

import java.util.List;
import java.util.Map;

import id.sopflow.verification.AttachmentType;
import id.sopflow.verification.KelengkapanCheck;
import id.sopflow.verification.UploadRule;
import id.sopflow.verification.UploadedFile;

/**
 * What row 1 must hand to the Kabag: a title, the konsep awal, the text to publish, and attachments that really are
 * scans or photos of a sensible size. Returns every problem at once, in Bahasa Indonesia.
 */
final class MaterialRules {

    static final int JUDUL_MAKS = 150;

    private final UploadRule attachment;

    MaterialRules(long maxAttachmentBytes) {
        this.attachment = UploadRule.of("hasil pindaian atau foto", maxAttachmentBytes, AttachmentType.PDF,
                AttachmentType.JPEG, AttachmentType.PNG, AttachmentType.WEBP);
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
        attachments.forEach((slot, file) -> check.upload("Lampiran " + slot, file, attachment));
        return check.result().problems();
    }
}
