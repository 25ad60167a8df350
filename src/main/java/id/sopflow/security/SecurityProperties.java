package id.sopflow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Hardening switches ({@code sopflow.security}); the {@code prod} profile turns all of them on.
 *
 * @param hideErrorDetails      error responses of the REST APIs carry no exception class names, and server errors
 *                              no engine internals (the details go to the log with a reference)
 * @param strictTransport       send HSTS: browsers then reach the application only through HTTPS (set only when it
 *                              runs behind TLS)
 * @param hstsMaxAgeSeconds     how long browsers remember HSTS
 * @param contentSecurityPolicy the Content-Security-Policy of sopflow's own pages and APIs (the webapps send their
 *                              own, configured under {@code camunda.bpm.webapp.header-security})
 */
@ConfigurationProperties("sopflow.security")
public record SecurityProperties(@DefaultValue("false") boolean hideErrorDetails,
        @DefaultValue("false") boolean strictTransport,
        @DefaultValue("31536000") long hstsMaxAgeSeconds,
        @DefaultValue("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'")
        String contentSecurityPolicy) {
}
