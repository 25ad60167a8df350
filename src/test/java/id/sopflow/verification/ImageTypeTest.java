package id.sopflow.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

@PlainTest
class ImageTypeTest {

    @Test
    void recognisesEachFormatByItsContent() {
        assertThat(ImageType.ofContent(TestImages.jpeg())).contains(ImageType.JPEG);
        assertThat(ImageType.ofContent(TestImages.png())).contains(ImageType.PNG);
        assertThat(ImageType.ofContent(TestImages.webp())).contains(ImageType.WEBP);
    }

    @Test
    void otherContentIsNoImage() {
        assertThat(ImageType.ofContent(TestImages.pdf())).isEmpty();
        assertThat(ImageType.ofContent(new byte[0])).isEmpty();
        assertThat(ImageType.ofContent(null)).isEmpty();
        assertThat(ImageType.ofContent("<html><img src=x onerror=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ImageType.ofContent(gif)).isEmpty();
    }

    @Test
    void aRiffFileThatIsNotWebpIsNoImage() {
        byte[] wave = TestImages.webp();
        System.arraycopy("WAVE".getBytes(StandardCharsets.US_ASCII), 0, wave, 8, 4);
        assertThat(ImageType.ofContent(wave)).isEmpty();
    }

    @Test
    void aTruncatedSignatureIsNoImage() {
        assertThat(ImageType.ofContent(Arrays.copyOf(TestImages.png(), 7))).isEmpty();
        assertThat(ImageType.ofContent(Arrays.copyOf(TestImages.webp(), 11))).isEmpty();
    }

    @Test
    void mimeTypesIgnoreCaseAndParameters() {
        assertThat(ImageType.ofMimeType("image/JPEG; charset=binary")).contains(ImageType.JPEG);
        assertThat(ImageType.ofMimeType("image/jpg")).contains(ImageType.JPEG);
        assertThat(ImageType.ofMimeType("image/webp")).contains(ImageType.WEBP);
        assertThat(ImageType.ofMimeType("image/gif")).isEmpty();
        assertThat(ImageType.ofMimeType(null)).isEmpty();
    }
}
