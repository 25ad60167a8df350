package id.sopflow.sop.sipa;

import static id.sopflow.verification.IndonesianNumbers.rupiah;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.stereotype.Service;

import id.sopflow.PublicAddress;
import id.sopflow.sop.sipa.SipaVariables.JenisLaporan;
import id.sopflow.verification.Kelengkapan;
import id.sopflow.verification.KelengkapanCheck;
import id.sopflow.verification.UploadRule;

/**
 * What a SIPA BERMEDSOS report must carry before anyone at the kecamatan sees it (SOP row 1: "Laporan (konten)";
 * row 2's Peringatan: verification is mandatory). Every problem is reported at once, so the desa fixes the report
 * in one go.
 */
@Service
public class SipaKelengkapanRules {

    /**
     * Facebook's limit for a post's text, 63,206 characters: the limit Facebook set for posts in November 2011,
     * when it raised it from 5,000.
     */
    public static final int FACEBOOK_MAX_CHARACTERS = 63_206;

    /**
     * Instagram's limit for a caption, 2,200 characters: Instagram Graph API reference, IG User Media,
     * {@code POST /<IG_USER_ID>/media}, parameter {@code caption}.
     */
    public static final int INSTAGRAM_MAX_CHARACTERS = 2_200;

    public static final int JUDUL_MAX_CHARACTERS = 150;

    /** The fields as the report form labels them. */
    public static final class Label {
        public static final String JENIS_LAPORAN = "Jenis laporan";
        public static final String JUDUL = "Judul";
        public static final String PERIODE = "Periode";
        public static final String URAIAN = "Uraian";
        public static final String LOKASI = "Lokasi";
        public static final String ANGGARAN = "Anggaran";
        public static final String REALISASI = "Realisasi";
        public static final String TEKS_KONTEN = "Teks konten";
        public static final String FOTO = "Foto";

        private Label() {
        }
    }

    /** Photos the desa's report posts: images every platform accepts, at most {@code foto-maks-bytes}. */
    private final UploadRule photo;
    private final PublicAddress publicAddress;

    public SipaKelengkapanRules(SipaProperties properties, PublicAddress publicAddress) {
        this.photo = UploadRule.images("foto", properties.fotoMaksBytes());
        this.publicAddress = publicAddress;
    }

    public Kelengkapan check(SipaReport report) {
        KelengkapanCheck check = new KelengkapanCheck();
        Optional<JenisLaporan> jenis = jenisLaporan(report, check);
        if (check.required(Label.JUDUL, report.judul())) {
            check.maxLength(Label.JUDUL, report.judul(), JUDUL_MAX_CHARACTERS);
        }
        check.required(Label.PERIODE, report.periode());
        check.required(Label.URAIAN, report.uraian());
        check.required(Label.LOKASI, report.lokasi());
        money(report, jenis.orElse(null), check);
        content(report, check);
        photos(report, check);
        return check.result();
    }

    private static Optional<JenisLaporan> jenisLaporan(SipaReport report, KelengkapanCheck check) {
        if (KelengkapanCheck.isBlank(report.jenisLaporan())) {
            check.problem(Label.JENIS_LAPORAN + " wajib dipilih.");
            return Optional.empty();
        }
        Optional<JenisLaporan> jenis = JenisLaporan.of(report.jenisLaporan());
        if (jenis.isEmpty()) {
            check.problem(Label.JENIS_LAPORAN + " \"" + report.jenisLaporan() + "\" tidak dikenal; pilih "
                    + KelengkapanCheck.orList(Arrays.stream(JenisLaporan.values()).map(JenisLaporan::label).toList())
                    + ".");
        }
        return jenis;
    }

    /**
     * The money of a realisasi APBDes is required and the realisation may exceed the budget only with a reason.
     * Amounts given on another kind of report are published too, so they must at least be sensible.
     */
    private static void money(SipaReport report, JenisLaporan jenis, KelengkapanCheck check) {
        boolean apbdes = jenis == JenisLaporan.REALISASI_APBDES;
        boolean anggaranValid = (!apbdes || check.requiredNumber(Label.ANGGARAN, report.anggaran()))
                && check.positive(Label.ANGGARAN, report.anggaran());
        boolean realisasiValid = (!apbdes || check.requiredNumber(Label.REALISASI, report.realisasi()))
                && check.positive(Label.REALISASI, report.realisasi());
        if (apbdes && anggaranValid && realisasiValid && report.realisasi() > report.anggaran()
                && KelengkapanCheck.isBlank(report.alasanSelisih())) {
            check.problem(Label.REALISASI + " (" + rupiah(report.realisasi()) + ") melebihi anggaran ("
                    + rupiah(report.anggaran()) + "); isi alasan selisih.");
        }
    }

    /** The text as it is posted: with the line to the report's public page, which counts against the limit too. */
    private void content(SipaReport report, KelengkapanCheck check) {
        boolean textPresent = check.required(Label.TEKS_KONTEN, report.teksKonten());
        if (!report.platformFacebook() && !report.platformInstagram()) {
            check.problem("Pilih paling sedikit satu platform: Facebook atau Instagram.");
        }
        if (!textPresent) {
            return;
        }
        String code = "x".repeat(SipaPublicCode.CODE_LENGTH);
        String posted = report.teksKonten().stripTrailing()
                + SipaProperties.postFooter(publicAddress.url(SipaProperties.publicPagePath(code)), code);
        if (report.platformFacebook()) {
            check.maxLength(Label.TEKS_KONTEN + " untuk Facebook bersama tautan halaman laporan", posted,
                    FACEBOOK_MAX_CHARACTERS);
        }
        if (report.platformInstagram()) {
            check.maxLength(Label.TEKS_KONTEN + " untuk Instagram bersama tautan halaman laporan", posted,
                    INSTAGRAM_MAX_CHARACTERS);
        }
    }

    private void photos(SipaReport report, KelengkapanCheck check) {
        check.requiredUpload(Label.FOTO + " 1", report.foto().isEmpty() ? null : report.foto().get(0), photo);
        for (int slot = 1; slot < report.foto().size(); slot++) {
            check.upload(Label.FOTO + " " + (slot + 1), report.foto().get(slot), photo);
        }
    }
}
