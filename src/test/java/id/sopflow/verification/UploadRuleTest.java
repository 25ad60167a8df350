package id.sopflow.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import id.sopflow.testkit.PlainTest;

@PlainTest
class UploadRuleTest {

    private static final UploadRule SCANS = UploadRule.of("hasil pindaian", 1024 * 1024, AttachmentType.PDF,
            AttachmentType.JPEG, AttachmentType.PNG);

    @Test
    void aTypeTheSlotDoesNotListIsRefusedEvenIfAnotherSlotTakesIt() {
        assertThat(SCANS.problemsOf("Berkas SK", new UploadedFile("sk.webp", "image/webp", TestImages.webp())))
                .containsExactly("Berkas SK (\"sk.webp\") bukan PDF, JPEG atau PNG; unggah hasil pindaian dalam salah "
                        + "satu format itu.");
        assertThat(SCANS.typeOf(TestImages.webp())).isEmpty();
        assertThat(SCANS.typeOf(TestImages.pdf())).contains(AttachmentType.PDF);
    }

    @Test
    void theBrowsersClaimMustNameAnAcceptedType() {
        assertThat(SCANS.problemsOf("Berkas SK", new UploadedFile("sk.pdf", "application/PDF", TestImages.pdf())))
                .isEmpty();
        assertThat(SCANS.problemsOf("Berkas SK", new UploadedFile("sk.png", "image/jpeg", TestImages.png())))
                .isEmpty();
        assertThat(SCANS.problemsOf("Berkas SK", new UploadedFile("sk.html", "text/html", TestImages.pdf())))
                .containsExactly("Berkas SK (\"sk.html\") dikirim sebagai text/html, bukan sebagai PDF, JPEG atau PNG; "
                        + "unggah ulang hasil pindaiannya.");
    }

    @Test
    void typeAndSizeAreReportedTogether() {
        byte[] big = new byte[3 * 1024 * 1024];
        assertThat(SCANS.problemsOf("Notulen", new UploadedFile(" ", null, big))).containsExactly(
                "Notulen bukan PDF, JPEG atau PNG; unggah hasil pindaian dalam salah satu format itu.",
                "Notulen berukuran 3 MB; paling besar 1 MB.");
    }

    @Test
    void aSlotForAnyFileLimitsOnlyTheSize() {
        UploadRule any = UploadRule.anyType("lampiran", 1024 * 1024);
        byte[] text = "notulen rapat".getBytes(StandardCharsets.UTF_8);
        assertThat(any.problemsOf("Lampiran", new UploadedFile("notulen.txt", "text/plain", text))).isEmpty();
        assertThat(any.problemsOf("Lampiran", "video.mp4", null, 1024 * 1024 + 1, new byte[0]))
                .containsExactly("Lampiran (\"video.mp4\") berukuran 1,1 MB; paling besar 1 MB.");
        assertThat(any.missing("Lampiran")).isEqualTo("Lampiran wajib diunggah.");
    }

    @Test
    void aLimitMustBePositive() {
        assertThatThrownBy(() -> UploadRule.anyType("lampiran", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
