package id.sopflow.mutubaku;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail to supervisors about late steps; sent only when {@code spring.mail.host} is configured.
 *
 * The Cockpit link in the mail follows {@link id.sopflow.PublicAddress} (which still reads the old setting
 * {@code sopflow.mutu-baku.mail.base-url}).
 *
 * @param from sender address
 */
@ConfigurationProperties("sopflow.mutu-baku.mail")
public record MutuBakuMailProperties(String from) {

    public MutuBakuMailProperties {
        from = from == null ? "sopflow@localhost" : from;
    }
}
