package id.sopflow.publishing;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.sopflow.InputRefusedException;
import id.sopflow.verification.WebAddress;

/**
 * Checks links that staff capture after posting by hand: each must be a web address, and for a given platform it
 * must lie on that platform's own domain (a subdomain counts: {@code m.facebook.com}, {@code www.youtube.com}); a
 * website link must lie on the organisation's configured website domain. The messages are what staff read.
 */
@Component
public class PlatformLinks {

    private final WebsiteProperties websites;

    public PlatformLinks(WebsiteProperties websites) {
        this.websites = websites;
    }

    /**
     * Refuses a link that is not a web address on the platform's domain.
     *
     * @param tenantId the tenant whose website domain applies to {@link Platform#WEBSITE}
     * @throws InputRefusedException with a message in Bahasa Indonesia
     */
    public void requireOnPlatform(Platform platform, String tenantId, String link) {
        if (link == null || link.isBlank()) {
            throw new InputRefusedException("Tautan " + platform.label() + " wajib diisi.");
        }
        String trimmed = link.trim();
        Optional<String> host = WebAddress.host(trimmed);
        if (host.isEmpty()) {
            throw new InputRefusedException(WebAddress.notAWebAddress(trimmed));
        }
        List<String> domains = domainsOf(platform, tenantId);
        if (domains.isEmpty()) {
            throw new InputRefusedException("Domain situs web organisasi belum diatur "
                    + "(sopflow.publishing.website.domains); hubungi administrator.");
        }
        if (domains.stream().noneMatch(domain -> onDomain(host.get(), domain))) {
            throw new InputRefusedException("Tautan \"" + trimmed + "\" bukan alamat " + platform.label()
                    + ": tautan " + platform.label() + " harus berada di " + String.join(" atau ", domains) + ".");
        }
    }

    /** The domains a link for the platform may lie on; empty for a website whose domain is not configured. */
    public List<String> domainsOf(Platform platform, String tenantId) {
        if (platform == Platform.WEBSITE) {
            return websites.domainOf(tenantId).map(List::of).orElse(List.of());
        }
        return platform.hosts();
    }

    private static boolean onDomain(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }
}
