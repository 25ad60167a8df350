package id.sopflow.sop.setwan;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * Settings of the SOP Bapinanduan process ({@code sopflow.setwan}).
 *
 * @param lampiranMaksBytes the largest attachment (scan, clipping, photo) a Staf may upload, in bytes; default 10 MB
 * @param pembaruanBerkala  the periodic update of row 4
 */
@ConfigurationProperties("sopflow.setwan")
public record SetwanProperties(
        @DefaultValue("10485760") long lampiranMaksBytes,
        @DefaultValue PembaruanBerkala pembaruanBerkala) {

    public SetwanProperties {
        if (lampiranMaksBytes <= 0) {
            throw new IllegalArgumentException("sopflow.setwan.lampiran-maks-bytes harus lebih besar dari nol");
        }
    }

    /**
     * When the "Update data dan informasi berkala" task is due.
     *
     * @param aktif         false switches the schedule off (no update tasks are made)
     * @param jadwal        Spring cron expression (second minute hour day month weekday) in the organisation's time
     *                      zone from the organisation file; default {@code 0 0 8 * * MON}: every Monday 08:00
     * @param periksaSetiap how often sopflow checks whether the schedule is due; an update starts at most this late
     */
    public record PembaruanBerkala(
            @DefaultValue("true") boolean aktif,
            @DefaultValue("0 0 8 * * MON") String jadwal,
            @DefaultValue("PT1M") Duration periksaSetiap) {

        public PembaruanBerkala {
            if (jadwal == null || !CronExpression.isValidExpression(jadwal)) {
                throw new IllegalArgumentException("sopflow.setwan.pembaruan-berkala.jadwal \"" + jadwal
                        + "\" bukan ekspresi cron yang sah (detik menit jam tanggal bulan hari, mis. \"0 0 8 * * MON\")");
            }
            if (periksaSetiap == null || periksaSetiap.isNegative() || periksaSetiap.isZero()) {
                throw new IllegalArgumentException("sopflow.setwan.pembaruan-berkala.periksa-setiap harus lebih lama dari nol");
            }
        }
    }
}
