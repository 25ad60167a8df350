package id.sopflow.sop.sipa;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the SIPA BERMEDSOS process.
 *
 * @param fotoMaksBytes the largest photo a desa may upload, in bytes ({@code sopflow.sipa.foto-maks-bytes});
 *                      default 5 MB, well under what Facebook and Instagram accept
 * @param masaTanggapan how long after posting the public may still ask and complain ({@code 7d})
 * @param alamatPublik  the address citizens reach sopflow under ({@code sopflow.sipa.alamat-publik}, e.g.
 *                      {@code https://sipa.paringin.example}); the link to a report's public page is printed with its
 *                      post
 */
@ConfigurationProperties("sopflow.sipa")
public record SipaProperties(
        @DefaultValue("5242880") long fotoMaksBytes,
        @DefaultValue("7d") Duration masaTanggapan,
        @DefaultValue("http://localhost:8080") URI alamatPublik) {

    /** Path of the public pages of reports ({@code id.sopflow.feedback}); a report's page is below it by its code. */
    public static final String PUBLIC_PAGE_PATH = "/publik/sipa";

    public SipaProperties {
        if (fotoMaksBytes <= 0) {
            throw new IllegalArgumentException("sopflow.sipa.foto-maks-bytes harus lebih besar dari nol");
        }
        if (masaTanggapan == null || masaTanggapan.isNegative() || masaTanggapan.isZero()) {
            throw new IllegalArgumentException("sopflow.sipa.masa-tanggapan harus lebih lama dari nol");
        }
        if (alamatPublik == null || alamatPublik.getHost() == null
                || !List.of("http", "https").contains(String.valueOf(alamatPublik.getScheme()))) {
            throw new IllegalArgumentException("sopflow.sipa.alamat-publik harus alamat web lengkap, mis. "
                    + "https://sipa.paringin.example");
        }
    }

    /**
     * The line every post ends with: the way to the report's public page, where citizens read the whole report and
     * ask (SOP row 4). The code is printed as well: it is read aloud and typed from a printed post.
     */
    public String postFooter(String kodePublik) {
        return "\n\nLaporan lengkap, pertanyaan dan keluhan: " + publicPageUrl(kodePublik) + " (kode laporan "
                + kodePublik + ")";
    }

    /** The public page of a report, as printed with its post. */
    public String publicPageUrl(String kodePublik) {
        String base = alamatPublik.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + PUBLIC_PAGE_PATH + "/"
                + kodePublik;
    }
}
