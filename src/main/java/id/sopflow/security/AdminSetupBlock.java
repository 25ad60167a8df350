package id.sopflow.security;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Camunda Admin's first-run setup page ({@code /camunda/api/admin/setup/...}) creates an administrator without
 * logging in, as long as the engine believes none exists; in 7.24.0 Community that check can be bypassed
 * (CVE-2026-77226). sopflow never needs the page: its administrator comes from {@code camunda.bpm.admin-user} in
 * every profile. So every request to it is refused, whatever the method, before Camunda sees it.
 */
class AdminSetupBlock extends OncePerRequestFilter {

    static final String PATH = "/camunda/api/admin/setup";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"Halaman penyiapan awal Admin dimatikan: "
                + "administrator sopflow dibuat dari konfigurasi (camunda.bpm.admin-user).\"}");
    }
}
