package id.sopflow.security;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers for everything sopflow serves itself: its APIs, the REST API and the citizens' public pages. The
 * webapps under {@code /camunda} send their own (Camunda's header-security filter, configured in
 * {@code application.yaml}), whose policy their scripts need.
 */
class SecurityHeaders extends OncePerRequestFilter {

    private final SecurityProperties properties;

    SecurityHeaders(SecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", properties.contentSecurityPolicy());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (properties.strictTransport()) {
            response.setHeader("Strict-Transport-Security",
                    "max-age=" + properties.hstsMaxAgeSeconds() + "; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
