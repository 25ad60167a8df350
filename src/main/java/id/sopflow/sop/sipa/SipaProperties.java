package id.sopflow.sop.sipa;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the SIPA BERMEDSOS process.
 *
 * @param fotoMaksBytes the largest photo a desa may upload, in bytes ({@code sopflow.sipa.foto-maks-bytes});
 *                      default 5 MB, well under what Facebook and Instagram accept
 * @param masaTanggapan how long after posting the public may still ask and complain ({@code 7d})
 */
@ConfigurationProperties("sopflow.sipa")
public record SipaProperties(
        @DefaultValue("5242880") long fotoMaksBytes,
        @DefaultValue("7d") Duration masaTanggapan) {

    public SipaProperties {
        if (fotoMaksBytes <= 0) {
            throw new IllegalArgumentException("sopflow.sipa.foto-maks-bytes harus lebih besar dari nol");
        }
        if (masaTanggapan == null || masaTanggapan.isNegative() || masaTanggapan.isZero()) {
            throw new IllegalArgumentException("sopflow.sipa.masa-tanggapan harus lebih lama dari nol");
        }
    }
}
