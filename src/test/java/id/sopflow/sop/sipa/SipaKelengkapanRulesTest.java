package id.sopflow.sop.sipa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import org.springframework.mock.env.MockEnvironment;

import id.sopflow.PublicAddress;
import id.sopflow.verification.Kelengkapan;
import id.sopflow.verification.TestImages;
import id.sopflow.verification.UploadedFile;
import id.sopflow.testkit.PlainTest;

@PlainTest
class SipaKelengkapanRulesTest {

    private static final long FIVE_MB = 5L * 1024 * 1024;

    /** No address configured, no request: links are built on the local port (8080). */
    private static final PublicAddress ADDRESS = new PublicAddress(new MockEnvironment());
    private final SipaKelengkapanRules rules = new SipaKelengkapanRules(new SipaProperties(FIVE_MB, Duration.ofDays(7)),
            ADDRESS);
    /** The line to the public page every post ends with: "…: http://localhost:8080/publik/sipa/<12> (kode laporan <12>)". */
    private static final int FOOTER = SipaProperties.postFooter("http://localhost:8080/publik/sipa/" + "x".repeat(12),
            "x".repeat(12)).length();

    @Test
    void aCompleteActivityReportPasses() {
        Kelengkapan result = rules.check(new Draft().build());
        assertThat(result.problems()).isEmpty();
        assertThat(result.isComplete()).isTrue();
    }

    @Test
    void anEmptyReportGetsEveryProblemAtOnceInFormOrder() {
        Kelengkapan result = rules.check(new SipaReport(null, null, null, null, null, null, null, null, null,
                false, false, null));

        assertThat(result.isComplete()).isFalse();
        assertThat(result.problems()).containsExactly(
                "Jenis laporan wajib dipilih.",
                "Judul wajib diisi.",
                "Periode wajib diisi.",
                "Uraian wajib diisi.",
                "Lokasi wajib diisi.",
                "Teks konten wajib diisi.",
                "Pilih paling sedikit satu platform: Facebook atau Instagram.",
                "Foto 1 wajib diunggah (gambar JPEG, PNG atau WebP).");
        assertThat(result.asText().split("\n")).hasSize(8);
    }

    @Test
    void blankTextCountsAsMissing() {
        Draft draft = new Draft();
        draft.judul = "   ";
        draft.teksKonten = "\n";
        assertThat(rules.check(draft.build()).problems())
                .containsExactly("Judul wajib diisi.", "Teks konten wajib diisi.");
    }

    @Test
    void anUnknownKindOfReportNamesTheChoices() {
        Draft draft = new Draft();
        draft.jenisLaporan = "berita";
        assertThat(rules.check(draft.build()).problems()).containsExactly("Jenis laporan \"berita\" tidak dikenal; "
                + "pilih Kegiatan pembangunan, Realisasi APBDes atau Lainnya.");
    }

    @Test
    void everyKindOfReportTheSopNamesIsAccepted() {
        for (SipaVariables.JenisLaporan jenis : SipaVariables.JenisLaporan.values()) {
            Draft draft = new Draft().apbdes(10_000_000L, 9_000_000L);
            draft.jenisLaporan = jenis.code();
            assertThat(rules.check(draft.build()).problems()).as(jenis.code()).isEmpty();
        }
    }

    @Test
    void theTitleIsAtMost150Characters() {
        Draft draft = new Draft();
        draft.judul = "J".repeat(150);
        assertThat(rules.check(draft.build()).isComplete()).isTrue();
        draft.judul = "J".repeat(151);
        assertThat(rules.check(draft.build()).problems())
                .containsExactly("Judul terlalu panjang: 151 karakter, paling banyak 150 karakter.");
    }

    @Test
    void apbdesWithinBudgetPasses() {
        assertThat(rules.check(new Draft().apbdes(10_000_000L, 10_000_000L).build()).isComplete()).isTrue();
    }

    @Test
    void apbdesOverBudgetWithoutAReasonIsRefusedInRupiah() {
        assertThat(rules.check(new Draft().apbdes(10_000_000L, 12_500_000L).build()).problems()).containsExactly(
                "Realisasi (Rp 12.500.000) melebihi anggaran (Rp 10.000.000); isi alasan selisih.");
    }

    @Test
    void apbdesOverBudgetWithAReasonPasses() {
        Draft draft = new Draft().apbdes(10_000_000L, 12_500_000L);
        draft.alasanSelisih = "Harga semen naik; selisih ditutup dari SiLPA tahun lalu (Perdes Perubahan APBDes).";
        assertThat(rules.check(draft.build()).isComplete()).isTrue();

        draft.alasanSelisih = "  ";
        assertThat(rules.check(draft.build()).isComplete()).isFalse();
    }

    @Test
    void apbdesNeedsBothAmounts() {
        assertThat(rules.check(new Draft().apbdes(null, null).build()).problems())
                .containsExactly("Anggaran wajib diisi.", "Realisasi wajib diisi.");
    }

    @Test
    void apbdesAmountsMustBePositiveAndAreNotComparedThen() {
        assertThat(rules.check(new Draft().apbdes(0L, -5_000L).build()).problems()).containsExactly(
                "Anggaran harus lebih besar dari nol.", "Realisasi harus lebih besar dari nol.");
        assertThat(rules.check(new Draft().apbdes(-1L, 12_500_000L).build()).problems())
                .containsExactly("Anggaran harus lebih besar dari nol.");
    }

    @Test
    void otherReportsNeedNoAmountsButGivenAmountsMustBeSensible() {
        Draft draft = new Draft();
        draft.anggaran = 10_000_000L;
        draft.realisasi = 12_500_000L;
        assertThat(rules.check(draft.build()).isComplete()).as("over budget is an APBDes rule").isTrue();

        draft.anggaran = -1L;
        assertThat(rules.check(draft.build()).problems()).containsExactly("Anggaran harus lebih besar dari nol.");
    }

    @Test
    void atLeastOnePlatform() {
        Draft draft = new Draft();
        draft.facebook = false;
        draft.instagram = false;
        assertThat(rules.check(draft.build()).problems())
                .containsExactly("Pilih paling sedikit satu platform: Facebook atau Instagram.");
        draft.instagram = true;
        assertThat(rules.check(draft.build()).isComplete()).isTrue();
    }

    @Test
    void textLongerThanAnInstagramCaptionIsFineForFacebookOnly() {
        Draft draft = new Draft();
        draft.teksKonten = "a".repeat(SipaKelengkapanRules.INSTAGRAM_MAX_CHARACTERS - FOOTER + 1);
        draft.facebook = true;
        draft.instagram = false;
        assertThat(rules.check(draft.build()).isComplete()).isTrue();

        draft.instagram = true;
        assertThat(rules.check(draft.build()).problems()).containsExactly(
                "Teks konten untuk Instagram bersama tautan halaman laporan terlalu panjang: 2.201 karakter, "
                        + "paling banyak 2.200 karakter.");

        draft.facebook = false;
        draft.teksKonten = "a".repeat(SipaKelengkapanRules.INSTAGRAM_MAX_CHARACTERS - FOOTER);
        assertThat(rules.check(draft.build()).isComplete()).isTrue();
    }

    @Test
    void facebookHasItsOwnLimit() {
        Draft draft = new Draft();
        draft.instagram = false;
        draft.teksKonten = "a".repeat(SipaKelengkapanRules.FACEBOOK_MAX_CHARACTERS - FOOTER);
        assertThat(rules.check(draft.build()).isComplete()).isTrue();
        draft.teksKonten += "a";
        assertThat(rules.check(draft.build()).problems()).containsExactly(
                "Teks konten untuk Facebook bersama tautan halaman laporan terlalu panjang: 63.207 karakter, "
                        + "paling banyak 63.206 karakter.");
    }

    @Test
    void theLimitsAreThePlatforms() {
        assertThat(SipaKelengkapanRules.FACEBOOK_MAX_CHARACTERS).isEqualTo(63_206);
        assertThat(SipaKelengkapanRules.INSTAGRAM_MAX_CHARACTERS).isEqualTo(2_200);
    }

    @Test
    void thePhotoSlotsTakeJpegPngAndWebp() {
        Draft draft = new Draft();
        draft.foto = Arrays.asList(
                new UploadedFile("a.jpg", "image/jpeg", TestImages.jpeg()),
                new UploadedFile("b.png", "image/png", TestImages.png()),
                new UploadedFile("c.webp", "image/webp", TestImages.webp()));
        assertThat(rules.check(draft.build()).isComplete()).isTrue();
    }

    @Test
    void aPngRenamedJpgIsAPhoto() {
        Draft draft = new Draft();
        draft.foto = List.of(new UploadedFile("gotong-royong.jpg", "image/jpeg", TestImages.png()));
        assertThat(rules.check(draft.build()).isComplete()).isTrue();
    }

    @Test
    void aPdfRenamedJpgIsRefused() {
        Draft draft = new Draft();
        draft.foto = Arrays.asList(new UploadedFile("balai-desa.jpg", "image/jpeg", TestImages.png()),
                new UploadedFile("kwitansi.jpg", "image/jpeg", TestImages.pdf()));
        assertThat(rules.check(draft.build()).problems()).containsExactly("Foto 2 (\"kwitansi.jpg\") bukan gambar "
                + "JPEG, PNG atau WebP; unggah foto dalam salah satu format itu.");
    }

    @Test
    void thePhotoSizeLimitIsConfigurable() {
        Draft draft = new Draft();
        draft.foto = List.of(new UploadedFile("drone.png", "image/png", padded(TestImages.png(), FIVE_MB + 1)));
        assertThat(rules.check(draft.build()).problems())
                .containsExactly("Foto 1 (\"drone.png\") berukuran 5,1 MB; paling besar 5 MB.");

        draft.foto = List.of(new UploadedFile("drone.png", "image/png", padded(TestImages.png(), FIVE_MB)));
        assertThat(rules.check(draft.build()).isComplete()).isTrue();

        SipaKelengkapanRules strict = new SipaKelengkapanRules(new SipaProperties(1024 * 1024, Duration.ofDays(7)),
                ADDRESS);
        draft.foto = List.of(new UploadedFile("drone.png", "image/png", padded(TestImages.png(), 2 * 1024 * 1024)));
        assertThat(strict.check(draft.build()).problems())
                .containsExactly("Foto 1 (\"drone.png\") berukuran 2 MB; paling besar 1 MB.");
    }

    @Test
    void theFirstPhotoIsRequiredEvenWhenOthersAreThere() {
        Draft draft = new Draft();
        draft.foto = Arrays.asList(null, new UploadedFile("b.png", "image/png", TestImages.png()), null);
        assertThat(rules.check(draft.build()).problems())
                .containsExactly("Foto 1 wajib diunggah (gambar JPEG, PNG atau WebP).");
    }

    @Test
    void aFileThatIsBothWrongAndTooLargeGetsBothProblems() {
        Draft draft = new Draft();
        draft.foto = List.of(new UploadedFile("video.jpg", "image/jpeg", new byte[(int) FIVE_MB + 1]));
        assertThat(rules.check(draft.build()).problems()).containsExactly(
                "Foto 1 (\"video.jpg\") bukan gambar JPEG, PNG atau WebP; unggah foto dalam salah satu format itu.",
                "Foto 1 (\"video.jpg\") berukuran 5,1 MB; paling besar 5 MB.");
    }

    @Test
    void everyProblemOfABadApbdesReportAtOnce() {
        Draft draft = new Draft().apbdes(10_000_000L, 12_500_000L);
        draft.judul = "J".repeat(151);
        draft.periode = "";
        draft.lokasi = null;
        draft.teksKonten = "a".repeat(2_300 - FOOTER);
        draft.instagram = true;
        draft.foto = Arrays.asList(new UploadedFile("kwitansi.jpg", "image/jpeg", TestImages.pdf()), null,
                new UploadedFile("besar.webp", "image/webp", padded(TestImages.webp(), 6_500_000)));

        assertThat(rules.check(draft.build()).problems()).containsExactly(
                "Judul terlalu panjang: 151 karakter, paling banyak 150 karakter.",
                "Periode wajib diisi.",
                "Lokasi wajib diisi.",
                "Realisasi (Rp 12.500.000) melebihi anggaran (Rp 10.000.000); isi alasan selisih.",
                "Teks konten untuk Instagram bersama tautan halaman laporan terlalu panjang: 2.300 karakter, "
                        + "paling banyak 2.200 karakter.",
                "Foto 1 (\"kwitansi.jpg\") bukan gambar JPEG, PNG atau WebP; unggah foto dalam salah satu format itu.",
                "Foto 3 (\"besar.webp\") berukuran 6,2 MB; paling besar 5 MB.");
    }

    @Test
    void theSettingsDefaultToFiveMegabytesAndSevenDays() {
        SipaProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("sopflow.sipa", SipaProperties.class);
        assertThat(defaults.fotoMaksBytes()).isEqualTo(FIVE_MB);
        assertThat(defaults.masaTanggapan()).isEqualTo(Duration.ofDays(7));

        SipaProperties configured = new Binder(new MapConfigurationPropertySource(Map.of(
                "sopflow.sipa.foto-maks-bytes", "1048576", "sopflow.sipa.masa-tanggapan", "14d")))
                .bindOrCreate("sopflow.sipa", SipaProperties.class);
        assertThat(configured.fotoMaksBytes()).isEqualTo(1024 * 1024);
        assertThat(configured.masaTanggapan()).isEqualTo(Duration.ofDays(14));
    }

    private static byte[] padded(byte[] image, long size) {
        return Arrays.copyOf(image, (int) size);
    }

    /** A complete report of a development activity, to be spoilt field by field. */
    private static final class Draft {
        String jenisLaporan = SipaVariables.JenisLaporan.KEGIATAN_PEMBANGUNAN.code();
        String judul = "Pengecoran jalan usaha tani RT 03";
        String periode = "Minggu ke-2 Maret 2026";
        String uraian = "Pengecoran sepanjang 120 m oleh TPK bersama warga.";
        String lokasi = "RT 03 Desa Babayau";
        Long anggaran;
        Long realisasi;
        String alasanSelisih;
        String teksKonten = "Alhamdulillah, jalan usaha tani RT 03 sudah dicor. #DesaBabayau";
        boolean facebook = true;
        boolean instagram;
        List<UploadedFile> foto = List.of(new UploadedFile("jalan.png", "image/png", TestImages.png()));

        Draft apbdes(Long anggaran, Long realisasi) {
            jenisLaporan = SipaVariables.JenisLaporan.REALISASI_APBDES.code();
            this.anggaran = anggaran;
            this.realisasi = realisasi;
            return this;
        }

        SipaReport build() {
            return new SipaReport(jenisLaporan, judul, periode, uraian, lokasi, anggaran, realisasi, alasanSelisih,
                    teksKonten, facebook, instagram, foto == null ? null : new ArrayList<>(foto));
        }
    }
}
