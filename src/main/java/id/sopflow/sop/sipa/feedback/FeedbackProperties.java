package id.sopflow.sop.sipa.feedback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public page where citizens read a desa's report and ask or complain ({@code sopflow.feedback}).
 *
 * @param formSecret     key of the form tokens (HMAC); only from the environment. Blank: a random key per start, so
 *                       a form opened before a restart must be reloaded
 * @param formValidity   how long a page's form may be sent after the page was opened
 * @param rateLimit      how many questions one address and one report may send
 */
@ConfigurationProperties("sopflow.feedback")
public record FeedbackProperties(
        String formSecret,
        @DefaultValue("2h") Duration formValidity,
        @DefaultValue RateLimit rateLimit) {

    public FeedbackProperties {
        if (formValidity == null || formValidity.isNegative() || formValidity.isZero()) {
            throw new IllegalArgumentException("sopflow.feedback.form-validity harus lebih lama dari nol");
        }
    }

    /**
     * Limits on questions sent through the public form, counted in memory per application instance.
     *
     * @param perAddress       questions one client address may send within {@code perAddressWindow}
     * @param perAddressWindow the window of {@code perAddress}
     * @param perReport        questions one report may receive within {@code perReportWindow}, from all addresses
     * @param perReportWindow  the window of {@code perReport}
     * @param perAddressPerReport how many of one report's {@code perReport} questions one address may use within
     *                         {@code perReportWindow}, so that one sender cannot use up a report's budget
     */
    public record RateLimit(
            @DefaultValue("5") int perAddress,
            @DefaultValue("10m") Duration perAddressWindow,
            @DefaultValue("30") int perReport,
            @DefaultValue("1h") Duration perReportWindow,
            @DefaultValue("5") int perAddressPerReport) {

        public RateLimit {
            if (perAddress < 1 || perReport < 1 || perAddressPerReport < 1) {
                throw new IllegalArgumentException("sopflow.feedback.rate-limit: batas harus paling sedikit 1");
            }
            if (perAddressPerReport > perReport) {
                throw new IllegalArgumentException("sopflow.feedback.rate-limit.per-address-per-report tidak boleh "
                        + "melebihi per-report: satu pengirim tidak boleh menghabiskan jatah satu laporan");
            }
        }
    }
}
