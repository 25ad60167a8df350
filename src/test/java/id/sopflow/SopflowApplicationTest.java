package id.sopflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.testkit.SharedContextTest;

/** The application as a user meets it: webapps, login, which apps a login opens, who may start an SOP. */
@SharedContextTest
class SopflowApplicationTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    private String deploymentId;

    @BeforeEach
    void deployStandInForSipa() {
        deploymentId = engine.getRepositoryService().createDeployment()
                .addClasspathResource("bpmn/uji-sipa-mulai.bpmn").deploy().getId();
    }

    @AfterEach
    void removeStandIn() {
        engine.getIdentityService().clearAuthentication();
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }

    @Test
    void servesTasklistCockpitAdminAndTheRestApi() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            HttpResponse<String> page = client.send(get("/camunda/app/" + app + "/default/"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(app).isEqualTo(200);
            assertThat(page.body()).as(app).containsIgnoringCase("<html");
        }
        assertThat(client.send(get("/engine-rest/engine"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("the REST API asks for a login").isEqualTo(401);
        HttpResponse<String> health = client.send(get("/actuator/health"), HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("processEngine").contains("db");
    }

    @Test
    void staffLogInToTasklistOnly() throws Exception {
        assertThat(authorizedApps("pemdes-babayau", "demo")).contains("tasklist").doesNotContain("cockpit", "admin");
        assertThat(authorizedApps("seksi-pddi", "demo")).contains("tasklist").doesNotContain("cockpit", "admin");
    }

    @Test
    void supervisorsAndProcessOwnersAlsoOpenCockpitAndAdministratorsAdmin() throws Exception {
        assertThat(authorizedApps("camat-paringin", "demo")).contains("tasklist", "cockpit").doesNotContain("admin");
        assertThat(authorizedApps("penyusun-sop", "demo")).contains("tasklist", "cockpit").doesNotContain("admin");
        assertThat(authorizedApps("admin", "admin")).contains("tasklist", "cockpit", "admin");
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        // a failed login locks the user for a while: use one no other test logs in with
        assertThat(login(client, "website-setwan", "salah").statusCode()).isEqualTo(401);
    }

    @Test
    void onlyTheStartingActorsGroupMayStartAnSop() {
        var identity = engine.getIdentityService();
        identity.setAuthentication("pemdes-babayau", List.of("sipa-pemerintah-desa"), List.of("desa-babayau"));
        assertThat(engine.getRuntimeService().startProcessInstanceByKey("sipa-bermedsos").getId()).isNotBlank();

        identity.setAuthentication("admin-sipa", List.of("sipa-admin"), List.of("kec-paringin"));
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("sipa-bermedsos"))
                .isInstanceOf(AuthorizationException.class);

        identity.setAuthentication("ketua-ppid", List.of("ppid-ketua", "pengawas"), List.of("ppid-bunder"));
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("sipa-bermedsos"))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void engineKeepsFullHistoryForYearsAndCleansUpAtNight() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        // full, less the rows that repeat what history holds (HistoryWorthKeeping)
        assertThat(configuration.getHistoryLevel().getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
        assertThat(configuration.getHistoryLevel()).isInstanceOf(HistoryWorthKeeping.FullWithoutRepeats.class);
        assertThat(configuration.getHistoryTimeToLive()).isEqualTo("1825");
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.isEnableExceptionsAfterUnhandledBpmnError()).isTrue();
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.getGeneralResourceWhitelistPattern()).isEqualTo("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(OrganisationDirectory.ADMIN_GROUP).matches(configuration.getGeneralResourceWhitelistPattern());
    }

    private List<String> authorizedApps(String user, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> response = login(client, user, password);
        assertThat(response.statusCode()).as("login of " + user).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.get("userId").asText()).isEqualTo(user);
        return new ObjectMapper().convertValue(body.get("authorizedApps"),
                new com.fasterxml.jackson.core.type.TypeReference<List<String>>() { });
    }

    /** Tasklist's own login: fetch the XSRF cookie from a page, then post the credentials with it. */
    private HttpResponse<String> login(HttpClient client, String user, String password)
            throws IOException, InterruptedException {
        client.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.discarding());
        CookieManager cookies = (CookieManager) client.cookieHandler().orElseThrow();
        String xsrf = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-XSRF-TOKEN", xsrf)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
