package id.sopflow.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

@PlainTest
class KelengkapanCheckTest {

    private static final long PHOTO_LIMIT = 5L * 1024 * 1024;
    private static final UploadRule PHOTO = UploadRule.images("foto", PHOTO_LIMIT);

    private final KelengkapanCheck check = new KelengkapanCheck();

    @Test
    void nothingCheckedIsComplete() {
        Kelengkapan result = check.result();
        assertThat(result.isComplete()).isTrue();
        assertThat(result.asText()).isEmpty();
    }

    @Test
    void blankTextIsMissing() {
        assertThat(check.required("Judul", null)).isFalse();
        assertThat(check.required("Uraian", " \n\t")).isFalse();
        assertThat(check.required("Lokasi", "RT 02 Desa Babayau")).isTrue();

        assertThat(check.result().problems()).containsExactly("Judul wajib diisi.", "Uraian wajib diisi.");
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String fiveEmoji = "🌾🌾🌾🌾🌾";
        assertThat(check.maxLength("Judul", fiveEmoji, 5)).isTrue();
        assertThat(check.maxLength("Judul", fiveEmoji + "x", 5)).isFalse();
        assertThat(check.maxLength("Judul", null, 5)).isTrue();

        assertThat(check.result().problems())
                .containsExactly("Judul terlalu panjang: 6 karakter, paling banyak 5 karakter.");
    }

    @Test
    void lengthsAreWrittenTheIndonesianWay() {
        check.maxLength("Teks konten untuk Instagram", "a".repeat(2_201), 2_200);
        assertThat(check.result().problems())
                .containsExactly("Teks konten untuk Instagram terlalu panjang: 2.201 karakter, paling banyak 2.200 karakter.");
    }

    @Test
    void numbers() {
        assertThat(check.notNegative("Jumlah penerima", 0L)).isTrue();
        assertThat(check.notNegative("Jumlah penerima", -1L)).isFalse();
        assertThat(check.positive("Anggaran", 1L)).isTrue();
        assertThat(check.positive("Anggaran", 0L)).isFalse();
        assertThat(check.positive("Realisasi", null)).isTrue();
        assertThat(check.requiredNumber("Realisasi", null)).isFalse();

        assertThat(check.result().problems()).containsExactly(
                "Jumlah penerima tidak boleh negatif.",
                "Anggaran harus lebih besar dari nol.",
                "Realisasi wajib diisi.");
    }

    @Test
    void photosAreJudgedByContentNotByName() {
        assertThat(check.upload("Foto 1", new UploadedFile("balai.jpg", "image/jpeg", TestImages.png()), PHOTO))
                .isTrue();
        assertThat(check.upload("Foto 2", new UploadedFile("jalan.webp", "image/webp", TestImages.webp()), PHOTO))
                .isTrue();
        assertThat(check.upload("Foto 3", new UploadedFile("jembatan.jpg", "image/jpeg", TestImages.jpeg()), PHOTO))
                .isTrue();
        assertThat(check.result().isComplete()).isTrue();

        assertThat(check.upload("Foto 1", new UploadedFile("kwitansi.jpg", "image/jpeg", TestImages.pdf()), PHOTO))
                .isFalse();
        assertThat(check.result().problems()).containsExactly(
                "Foto 1 (\"kwitansi.jpg\") bukan gambar JPEG, PNG atau WebP; unggah foto dalam salah satu format itu.");
    }

    @Test
    void aMissingOrGenericMimeTypeIsLeftToTheContent() {
        assertThat(check.upload("Foto 1", new UploadedFile("foto", null, TestImages.png()), PHOTO)).isTrue();
        assertThat(check.upload("Foto 2", new UploadedFile("foto", "", TestImages.jpeg()), PHOTO)).isTrue();
        assertThat(check.upload("Foto 3", new UploadedFile("foto", "application/octet-stream", TestImages.png()),
                PHOTO)).isTrue();
    }

    @Test
    void anImageClaimingToBeSomethingElseIsRefused() {
        assertThat(check.upload("Foto 2", new UploadedFile("galeri.html", "text/html", TestImages.png()), PHOTO))
                .isFalse();
        assertThat(check.result().problems()).containsExactly("Foto 2 (\"galeri.html\") dikirim sebagai text/html, "
                + "bukan sebagai gambar JPEG, PNG atau WebP; unggah ulang fotonya.");
    }

    @Test
    void anEmptyFileIsNoPhoto() {
        assertThat(check.upload("Foto 1", new UploadedFile(null, "image/png", null), PHOTO)).isFalse();
        assertThat(check.result().problems())
                .containsExactly("Foto 1 bukan gambar JPEG, PNG atau WebP; unggah foto dalam salah satu format itu.");
    }

    @Test
    void size() {
        assertThat(check.upload("Foto 1", png("a.png", PHOTO_LIMIT), PHOTO)).isTrue();
        assertThat(check.upload("Foto 1", png("a.png", PHOTO_LIMIT + 1), PHOTO)).isFalse();
        assertThat(check.result().problems())
                .containsExactly("Foto 1 (\"a.png\") berukuran 5,1 MB; paling besar 5 MB.");
    }

    @Test
    void aRequiredUploadLeftEmptyIsMissingAndNamesTheFormats() {
        UploadRule scans = UploadRule.of("hasil pindaian", PHOTO_LIMIT, AttachmentType.PDF, AttachmentType.PNG);
        assertThat(check.requiredUpload("Berkas SK", null, scans)).isFalse();
        assertThat(check.requiredUpload("Notulen", new UploadedFile("kosong.pdf", "application/pdf", null), scans))
                .isFalse();
        assertThat(check.requiredUpload("Pindaian", new UploadedFile("sk.pdf", "application/pdf", TestImages.pdf()),
                scans)).isTrue();
        assertThat(check.upload("Lampiran", null, scans)).isTrue();
        assertThat(check.result().problems()).containsExactly("Berkas SK wajib diunggah (PDF atau PNG).",
                "Notulen wajib diunggah (PDF atau PNG).");
    }

    @Test
    void ownSentencesKeepTheirOrder() {
        check.required("Judul", "");
        check.problem("Pilih paling sedikit satu platform: Facebook atau Instagram.");
        check.required("Periode", null);
        assertThat(check.result().asText()).isEqualTo("Judul wajib diisi.\n"
                + "Pilih paling sedikit satu platform: Facebook atau Instagram.\nPeriode wajib diisi.");
    }

    @Test
    void orListJoinsTheIndonesianWay() {
        assertThat(KelengkapanCheck.orList(List.of("Facebook"))).isEqualTo("Facebook");
        assertThat(KelengkapanCheck.orList(List.of("Facebook", "Instagram"))).isEqualTo("Facebook atau Instagram");
        assertThat(KelengkapanCheck.orList(List.of("a", "b", "c"))).isEqualTo("a, b atau c");
    }

    private static UploadedFile png(String name, long size) {
        byte[] content = new byte[(int) size];
        byte[] png = TestImages.png();
        System.arraycopy(png, 0, content, 0, Math.min(png.length, content.length));
        return new UploadedFile(name, "image/png", content);
    }
}
