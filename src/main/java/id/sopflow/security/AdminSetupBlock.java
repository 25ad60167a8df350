package id.sopflow.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import jakarta.servlet.ServletException;

/**
 * Camunda Admin's first-run setup page ({@code /camunda/api/admin/setup/...}) creates an administrator without
 * logging in, as long as the engine believes none exists; in 7.24.0 Community that check can be bypassed
 * (CVE-2026-77226). sopflow never needs the page: its administrator comes from {@code camunda.bpm.admin-user} in
 * every profile. So every request to it is refused with 403, whatever the method, before Camunda sees it.
 *
 * <p>A valve of the embedded Tomcat rather than a servlet filter: it answers before any filter chain is built, so
 * the refusal is the same clean 403 in every profile, also when the webapps' own filters are in a state in which
 * they fail (seen as a 500 on PostgreSQL/prod, where this page was then not refused by sopflow's words).
 */
class AdminSetupBlock extends ValveBase {

    static final String PATH = "/camunda/api/admin/setup";
    static final String MESSAGE = "Halaman penyiapan awal Admin dimatikan: administrator sopflow dibuat dari "
            + "konfigurasi (camunda.bpm.admin-user).";

    AdminSetupBlock() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (!isSetupPage(request)) {
            getNext().invoke(request, response);
            return;
        }
        response.setStatus(403);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(("{\"type\":\"Forbidden\",\"message\":\"" + MESSAGE + "\",\"pesan\":\""
                + MESSAGE + "\"}").getBytes(StandardCharsets.UTF_8));
        response.finishResponse();
    }

    /** By the decoded path without path parameters: {@code ;x=y}, {@code %2F} or a trailing slash do not slip by. */
    static boolean isSetupPage(Request request) {
        String uri = request.getDecodedRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        if (uri == null || !uri.startsWith(context)) {
            return false;
        }
        String path = uri.substring(context.length()).replaceAll("/{2,}", "/").toLowerCase(java.util.Locale.ROOT);
        return path.equals(PATH) || path.startsWith(PATH + "/") || path.startsWith(PATH + ";");
    }
}
