package id.sopflow.publishing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The places an SOP publishes to. The id doubles as the {@link PublishingChannel#id()} of the platform's automatic
 * adapter, so "post to Facebook" finds {@link FacebookPageChannel} when it serves the tenant and falls back to link
 * capture otherwise. The hosts are the platform's own domains, against which a captured link is checked; the
 * website has none of its own: each organisation's domain is configuration ({@link WebsiteProperties}).
 */
public enum Platform {

    WEBSITE("website", "Website"),
    FACEBOOK("facebook", "Facebook", "facebook.com", "fb.com", "fb.watch"),
    INSTAGRAM("instagram", "Instagram", "instagram.com"),
    YOUTUBE("youtube", "YouTube", "youtube.com", "youtu.be");

    private final String id;
    private final String label;
    private final List<String> hosts;

    Platform(String id, String label, String... hosts) {
        this.id = id;
        this.label = label;
        this.hosts = List.of(hosts);
    }

    /** Stable id, used in process variables, forms and as the channel id. */
    public String id() {
        return id;
    }

    /** The name users read. */
    public String label() {
        return label;
    }

    /** The platform's own domains; empty for {@link #WEBSITE}. */
    public List<String> hosts() {
        return hosts;
    }

    public static Optional<Platform> byId(String id) {
        return Arrays.stream(values()).filter(platform -> platform.id.equals(id)).findFirst();
    }
}
