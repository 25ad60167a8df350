package id.sopflow;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The one address every link sopflow prints is built on: the public page of a report, the line under each post,
 * the Cockpit link in a late-step notice or mail.
 *
 * <p>In order: the configured address ({@code sopflow.public-url}, from {@code SOPFLOW_PUBLIC_URL}; the older
 * {@code sopflow.sipa.alamat-publik} and {@code sopflow.mutu-baku.mail.base-url} are still read, in that order, so
 * existing configurations keep working); else the address the current request reached the server at; else, in a
 * job or timer thread, {@code http://localhost:<port the server really listens on>}. So a demo moved to another
 * {@code SOPFLOW_PORT} prints working links without a second setting, and production names its public address once.
 *
 * <p>The request's own address is used only when nothing is configured: a forged {@code Host} header could otherwise
 * put a foreign address into posts and mail. Production sets {@code SOPFLOW_PUBLIC_URL}.
 */
@Component
public class PublicAddress {

    /** Where the address may be configured, most specific first; the first one set wins. */
    static final List<String> SETTINGS = List.of(
            "sopflow.public-url", "sopflow.sipa.alamat-publik", "sopflow.mutu-baku.mail.base-url");

    private final Optional<String> configured;
    private final String contextPath;
    private final String webappPath;
    private volatile int port;

    public PublicAddress(Environment environment) {
        this.configured = configured(environment);
        this.contextPath = trimSlashes(environment.getProperty("server.servlet.context-path", ""));
        this.webappPath = trimSlashes(environment.getProperty("camunda.bpm.webapp.application-path", "/camunda"));
        this.port = environment.getProperty("server.port", Integer.class, 8080);
    }

    /** The configured address of the given settings, checked; empty when none is set. */
    static Optional<String> configured(Environment environment) {
        for (String setting : SETTINGS) {
            String value = environment.getProperty(setting);
            if (value != null && !value.isBlank()) {
                return Optional.of(checked(setting, value.strip()));
            }
        }
        return Optional.empty();
    }

    private static String checked(String setting, String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()))) {
            throw new IllegalArgumentException(setting + " (SOPFLOW_PUBLIC_URL) harus alamat web lengkap, mis. "
                    + "https://sopflow.paringin.example; sekarang \"" + value + "\"");
        }
        return trimSlashes(value);
    }

    /** The port the embedded server really listens on (a random one in tests, {@code SOPFLOW_PORT} otherwise). */
    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /** The base address without a trailing slash, e.g. {@code https://sopflow.paringin.example}. */
    public String base() {
        if (configured.isPresent()) {
            return configured.get();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
            return trimSlashes(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        }
        return "http://localhost:" + port + contextPath;
    }

    /** An absolute link to a path of sopflow, e.g. {@code url("/publik/sipa/abc")}. */
    public String url(String path) {
        return base() + (path.startsWith("/") ? path : "/" + path);
    }

    /** The Cockpit page of a process instance, for notices and mail to supervisors. */
    public String cockpitInstance(String processInstanceId) {
        return url(webappPath + "/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime");
    }

    /** The Cockpit page of a process definition (a deployed SOP version), for process owners. */
    public String cockpitDefinition(String processDefinitionId) {
        return url(webappPath + "/app/cockpit/default/#/process-definition/" + processDefinitionId + "/runtime");
    }

    /** Whether an address is configured (else links follow the request or the local port). */
    public boolean isConfigured() {
        return configured.isPresent();
    }

    private static String trimSlashes(String value) {
        return value.replaceAll("/+$", "");
    }
}
