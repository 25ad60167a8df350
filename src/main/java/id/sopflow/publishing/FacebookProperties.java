package id.sopflow.publishing;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Posting to Facebook Pages through the Graph API ({@code sopflow.publishing.facebook}).
 *
 * @param graphUrl base URL of the Graph API, with its version
 * @param timeout  connect and response timeout of each Graph API call
 * @param pages    the Page of each tenant (desa) that posts automatically, by tenant id
 */
@ConfigurationProperties("sopflow.publishing.facebook")
public record FacebookProperties(@DefaultValue("https://graph.facebook.com/v21.0") URI graphUrl,
        @DefaultValue("30s") Duration timeout, Map<String, Page> pages) {

    public FacebookProperties {
        pages = pages == null ? Map.of() : Map.copyOf(pages);
    }

    /** The tenant's Page, when both its id and a token are set. */
    public Optional<Page> pageOf(String tenantId) {
        return Optional.ofNullable(tenantId).map(pages::get).filter(Page::configured);
    }

    /**
     * A Facebook Page.
     *
     * @param pageId      the Page's numeric id
     * @param accessToken a Page access token with {@code pages_manage_posts}; only from the environment
     */
    public record Page(String pageId, String accessToken) {

        boolean configured() {
            return pageId != null && !pageId.isBlank() && accessToken != null && !accessToken.isBlank();
        }

        @Override
        public String toString() {
            return "Page[pageId=" + pageId + ", accessToken=" + (accessToken == null || accessToken.isBlank()
                    ? "(none)" : "(set)") + "]";
        }
    }
}
