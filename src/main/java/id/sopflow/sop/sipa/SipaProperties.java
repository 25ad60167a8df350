package id.sopflow.sop.sipa;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the SIPA BERMEDSOS process. The address a report's public page is printed under is
 * {@link id.sopflow.PublicAddress} (which still reads the old setting {@code sopflow.sipa.alamat-publik}).
 *
 * @param fotoMaksBytes the largest photo a desa may upload, in bytes ({@code sopflow.sipa.foto-maks-bytes});
 *                      default 5 MB, well under what Facebook and Instagram accept
 * @param masaTanggapan how long after posting the public may still ask and complain ({@code 7d})
 */
@ConfigurationProperties("sopflow.sipa")
public record SipaProperties(
        @DefaultValue("5242880") long fotoMaksBytes,
        @DefaultValue("7d") Duration masaTanggapan) {

    /**
     * Path of the public pages of reports ({@code id.sopflow.sop.sipa.feedback}); a report's page is below it by its
     * code.
     */
    public static final String PUBLIC_PAGE_PATH = "/publik/sipa";

    public SipaProperties {
        if (fotoMaksBytes <= 0) {
            throw new IllegalArgumentException("sopflow.sipa.foto-maks-bytes harus lebih besar dari nol");
        }
        if (masaTanggapan == null || masaTanggapan.isNegative() || masaTanggapan.isZero()) {
            throw new IllegalArgumentException("sopflow.sipa.masa-tanggapan harus lebih lama dari nol");
        }
    }

    /**
     * The line every post ends with: the way to the report's public page, where citizens read the whole report and
     * ask (SOP row 4). The code is printed as well: it is read aloud and typed from a printed post.
     */
    public static String postFooter(String publicPageUrl, String kodePublik) {
        return "\n\nLaporan lengkap, pertanyaan dan keluhan: " + publicPageUrl + " (kode laporan " + kodePublik + ")";
    }

    /** The path of a report's public page, below {@link id.sopflow.PublicAddress}. */
    public static String publicPagePath(String kodePublik) {
        return PUBLIC_PAGE_PATH + "/" + kodePublik;
    }
}
