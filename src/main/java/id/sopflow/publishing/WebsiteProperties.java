package id.sopflow.publishing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The website of each organisation ({@code sopflow.publishing.website.domains}), e.g. {@code ppid-bunder:
 * bunder.example.go.id}: a link captured for a website post must lie on that domain or one of its subdomains.
 *
 * @param domains website domain by tenant id (an organisation or one of its desa)
 */
@ConfigurationProperties("sopflow.publishing.website")
public record WebsiteProperties(Map<String, String> domains) {

    public WebsiteProperties {
        domains = domains == null ? Map.of() : domains.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        entry -> entry.getValue().trim().toLowerCase(Locale.ROOT)));
    }

    public Optional<String> domainOf(String tenantId) {
        return Optional.ofNullable(tenantId).map(domains::get);
    }
}
