package id.sopflow.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request to sopflow's own API on the engine, so that the engine's authorization and tenant checks
 * apply to whatever the request queries. A caller proves who they are with HTTP Basic (checked against the engine's
 * users) or by already being logged in to Cockpit or Tasklist in the same browser session. Groups and tenants are
 * read afresh from the identity service on every request, so a membership an administrator removed stops counting
 * at once, not when the webapp's cached login expires.
 *
 * <p>Generic on purpose: it is registered only for the paths that need it (see where it is registered), leaving
 * other paths — a later public page — free.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String REALM = "sopflow";

    private static final String BASIC = "basic ";

    private final Supplier<ProcessEngine> engine;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param engine looked up per request: filters are created while the web server starts, before the engine
     *               may be built
     */
    public ApiAuthenticationFilter(Supplier<ProcessEngine> engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProcessEngine processEngine = engine.get();
        IdentityService identityService = processEngine.getIdentityService();
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        Optional<String> webappUser = header == null ? webappLogin(request) : Optional.empty();
        // The password check and the two look-ups in one engine command: one transaction instead of three, on every
        // request to every API behind this filter (about 1 ms each under load on the kabupaten data set).
        Caller caller = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(context -> {
                    Optional<String> userId = header != null ? basicCredentials(identityService, header) : webappUser;
                    if (userId.isEmpty()) {
                        return null;
                    }
                    String user = userId.get();
                    return new Caller(user,
                            identityService.createGroupQuery().groupMember(user).list().stream()
                                    .map(Group::getId).toList(),
                            identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true)
                                    .list().stream().map(Tenant::getId).toList());
                });
        if (caller == null) {
            refuse(response, header != null ? "Silakan masuk: nama pengguna atau kata sandi salah."
                    : "Silakan masuk: kirim nama pengguna dan kata sandi sopflow (HTTP Basic), "
                            + "atau masuk lebih dulu ke Cockpit atau Tasklist di peramban yang sama.");
            return;
        }
        String user = caller.userId();
        List<String> groupIds = caller.groupIds();
        List<String> tenantIds = caller.tenantIds();
        identityService.setAuthentication(user, groupIds, tenantIds);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The user id when the header carries Basic credentials the engine accepts. */
    private static Optional<String> basicCredentials(IdentityService identityService, String header) {
        if (!header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        return identityService.checkPassword(user, decoded.substring(colon + 1)) ? Optional.of(user) : Optional.empty();
    }

    /** The user logged in to the Camunda webapps in this session, if any; never creates a session. */
    private Optional<String> webappLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentication login = AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine(engine.get().getName());
        if (login == null || login == Authentication.ANONYMOUS || login.getIdentityId() == null) {
            return Optional.empty();
        }
        return Optional.of(login.getIdentityId());
    }

    private record Caller(String userId, List<String> groupIds, List<String> tenantIds) {
    }

    private void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), Map.of("pesan", message));
    }
}
