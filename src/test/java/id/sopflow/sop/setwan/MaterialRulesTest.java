package id.sopflow.sop.setwan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.sopflow.verification.AttachmentType;
import id.sopflow.verification.TestImages;
import id.sopflow.verification.UploadedFile;
import id.sopflow.testkit.PlainTest;

@PlainTest
class MaterialRulesTest {

    private final MaterialRules rules = new MaterialRules(1024 * 1024);

    @Test
    void completeMaterialWithScansAndPhotosPasses() {
        assertThat(rules.problems("Rapat Paripurna", "Uraian", "Naskah", Map.of(
                1, new UploadedFile("foto.jpg", "image/jpeg", TestImages.jpeg()),
                2, new UploadedFile("kliping.pdf", "application/pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)))))
                .isEmpty();
    }

    @Test
    void everyProblemIsListedAtOnce() {
        byte[] big = new byte[1_572_864];
        System.arraycopy(TestImages.png(), 0, big, 0, 8);
        assertThat(rules.problems(" ", null, "", Map.of(
                1, new UploadedFile("surat.pdf", "application/pdf", "bukan pdf".getBytes(StandardCharsets.US_ASCII)),
                3, new UploadedFile("besar.png", "image/png", big))))
                .containsExactlyInAnyOrder(
                        "Judul kegiatan wajib diisi.",
                        "Uraian kegiatan (konsep awal) wajib diisi.",
                        "Naskah publikasi wajib diisi.",
                        "Lampiran 1 (\"surat.pdf\") bukan PDF, JPEG, PNG atau WebP; unggah hasil pindaian atau foto "
                                + "dalam salah satu format itu.",
                        "Lampiran 3 (\"besar.png\") berukuran 1,5 MB; paling besar 1 MB.");
    }

    @Test
    void aTitleLongerThanAPostHeadlineIsRefused() {
        assertThat(rules.problems("x".repeat(151), "Uraian", "Naskah", Map.of()))
                .containsExactly("Judul kegiatan paling banyak 150 karakter.");
    }

    @Test
    void onlyImagesGoToSocialMediaAsPhotos() {
        assertThat(AttachmentType.ofContent("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).contains(AttachmentType.PDF);
        assertThat(AttachmentType.PDF.image()).isFalse();
        assertThat(AttachmentType.ofContent(TestImages.png())).contains(AttachmentType.PNG);
        assertThat(AttachmentType.ofContent(TestImages.jpeg()).map(AttachmentType::image)).contains(true);
        assertThat(AttachmentType.ofContent(new byte[0])).isEmpty();
    }
}
