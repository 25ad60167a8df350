package id.sopflow.mutubaku;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail to supervisors about late steps; sent only when {@code spring.mail.host} is configured.
 *
 * @param from    sender address
 * @param baseUrl where supervisors reach sopflow, for the Cockpit link in the mail
 */
@ConfigurationProperties("sopflow.mutu-baku.mail")
public record MutuBakuMailProperties(String from, String baseUrl) {

    public MutuBakuMailProperties {
        from = from == null ? "sopflow@localhost" : from;
        baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    }
}
