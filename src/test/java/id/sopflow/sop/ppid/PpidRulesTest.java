package id.sopflow.sop.ppid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.sopflow.publishing.Platform;
import id.sopflow.sop.ppid.PpidRules.Upload;
import id.sopflow.testkit.PlainTest;

@PlainTest
class PpidRulesTest {

    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Upload PHOTO = new Upload("foto.png", "image/png", 2_000, PNG_HEAD);

    @Test
    void completeBahanIsAccepted() {
        assertThat(PpidRules.bahanInformasi("Musyawarah", "2026-11-20", "Ringkasan", "Disposisi",
                List.of(new Upload("notulen.pdf", "application/pdf", 9_000_000, new byte[0])))).isEmpty();
    }

    @Test
    void everyMissingPartOfTheBahanIsNamed() {
        assertThat(PpidRules.bahanInformasi(" ", null, "", null, List.of())).containsExactly(
                "Judul kegiatan wajib diisi.", "Tanggal kegiatan wajib diisi.", "Ringkasan kegiatan wajib diisi.",
                "Disposisi kepada Seksi Pengolahan Data dan Dokumentasi Informasi wajib diisi.");
    }

    @Test
    void aLongTitleAWrongDateAndAHugeAttachmentAreRefused() {
        assertThat(PpidRules.bahanInformasi("x".repeat(151), "2026-02-30", "R", "D",
                List.of(new Upload("video.mp4", "video/mp4", 10 * 1024 * 1024 + 1, new byte[0]))))
                .containsExactly("Judul kegiatan paling panjang 150 karakter.",
                        "Tanggal kegiatan \"2026-02-30\" tidak dikenali; tulis sebagai tahun-bulan-tanggal, misalnya "
                                + "2026-11-20.",
                        "Lampiran (\"video.mp4\") berukuran 10,1 MB; paling besar 10 MB.");
    }

    @Test
    void aKonsepNeedsOneTextAndOneRealImage() {
        assertThat(PpidRules.konsepMateri(texts(Platform.WEBSITE, "Berita"), List.of(PHOTO))).isEmpty();
        assertThat(PpidRules.konsepMateri(texts(Platform.WEBSITE, "  "), List.of())).containsExactly(
                "Tulis teks unggahan untuk paling sedikit satu platform (website, Instagram, Facebook atau YouTube).",
                "Unggah paling sedikit satu gambar untuk materi medsos.");
    }

    @Test
    void eachPlatformsTextLimitAndEachImagesTypeAndSizeAreChecked() {
        Map<Platform, String> texts = texts(Platform.INSTAGRAM, "i".repeat(2_201));
        texts.put(Platform.YOUTUBE, "y".repeat(5_000));
        texts.put(Platform.FACEBOOK, "f".repeat(63_207));
        texts.put(Platform.WEBSITE, "w".repeat(100_000));

        assertThat(PpidRules.konsepMateri(texts, List.of(new Upload("foto.gif", "image/gif", 10, "GIF89a".getBytes()),
                new Upload("besar.png", null, 5 * 1024 * 1024 + 1, PNG_HEAD)))).containsExactlyInAnyOrder(
                "Teks Instagram terlalu panjang: 2201 karakter, paling banyak 2.200.",
                "Teks Facebook terlalu panjang: 63207 karakter, paling banyak 63.206.",
                "Gambar (\"foto.gif\") bukan gambar JPEG, PNG atau WebP; unggah gambar dalam salah satu format itu.",
                "Gambar (\"besar.png\") berukuran 5,1 MB; paling besar 5 MB.");
    }

    @Test
    void anImageTheBrowserSendsAsSomethingElseIsRefused() {
        assertThat(PpidRules.konsepMateri(texts(Platform.WEBSITE, "Berita"),
                List.of(new Upload("galeri.png", "text/html", 2_000, PNG_HEAD)))).containsExactly(
                "Gambar (\"galeri.png\") dikirim sebagai text/html, bukan sebagai gambar JPEG, PNG atau WebP; unggah "
                        + "ulang gambarnya.");
    }

    @Test
    void platformsMustBeChosenAndHaveAnApprovedText() {
        Map<Platform, String> texts = texts(Platform.WEBSITE, "Berita");
        texts.put(Platform.FACEBOOK, "Kiriman");

        assertThat(PpidRules.platformChoice(EnumSet.of(Platform.WEBSITE, Platform.FACEBOOK), texts)).isEmpty();
        assertThat(PpidRules.platformChoice(EnumSet.noneOf(Platform.class), texts))
                .containsExactly("Pilih paling sedikit satu platform: website, Instagram, Facebook atau YouTube.");
        assertThat(PpidRules.platformChoice(EnumSet.of(Platform.WEBSITE, Platform.YOUTUBE), texts))
                .containsExactly("Konsep materi yang disetujui tidak memuat teks untuk YouTube; pilih platform yang "
                        + "teksnya sudah disetujui Ketua PPID.");
    }

    private static Map<Platform, String> texts(Platform platform, String text) {
        Map<Platform, String> texts = new EnumMap<>(Platform.class);
        texts.put(platform, text);
        return texts;
    }
}
