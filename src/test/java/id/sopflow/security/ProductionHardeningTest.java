package id.sopflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import id.sopflow.SopflowApplication;
import id.sopflow.StartupProblem;

/**
 * The {@code prod} profile as an attacker and an auditor meet it over HTTP (H2 here; PostgresProfileTest runs the
 * same profile on PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.admin-user.password=${SOPFLOW_ADMIN_PASSWORD:}",
        "SOPFLOW_ADMIN_PASSWORD=" + ProductionHardeningTest.ADMIN_PASSWORD })
@ActiveProfiles("prod")
class ProductionHardeningTest {

    static final String ADMIN_PASSWORD = "Kunci-Kantor-2026!";
    static final String REST = "/engine-rest";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    StaffClient admin() {
        return StaffClient.basic(port, "admin", ADMIN_PASSWORD);
    }

    ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    @Test
    void adminSetupPageCreatesNoAdministrator() {
        AdminSetupAttempt.assertNoAdministratorCanBeCreated(port, engine);
    }

    @Test
    void noDemoUsersExist() {
        assertThat(engine.getIdentityService().createUserQuery().list()).extracting(User::getId)
                .containsExactly("admin");
    }

    @Test
    void weakPasswordsAreRefused() {
        assertThat(configuration().isEnablePasswordPolicy()).isTrue();
        HttpResponse<String> weak = admin().post(REST + "/user/create",
                "{\"profile\":{\"id\":\"staf-baru\",\"firstName\":\"Staf\",\"lastName\":\"Baru\"},"
                        + "\"credentials\":{\"password\":\"demo\"}}");
        assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
        assertThat(weak.body()).contains("kebijakan kata sandi");
        assertThat(engine.getIdentityService().createUserQuery().userId("staf-baru").count()).isZero();
    }

    @Test
    void failedLoginsSlowDownTheNextAttemptEvenWithTheRightPassword() {
        assertThat(configuration().getLoginMaxAttempts()).isEqualTo(10);
        assertThat(configuration().getLoginDelayBase()).isEqualTo(3);
        HttpResponse<String> created = admin().post(REST + "/user/create",
                "{\"profile\":{\"id\":\"uji-login\",\"firstName\":\"Uji\",\"lastName\":\"Login\"},"
                        + "\"credentials\":{\"password\":\"Benar-Sekali-77\"}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
        assertThat(StaffClient.basic(port, "uji-login", "salah").get(REST + "/task?maxResults=1").statusCode())
                .isEqualTo(401);
        assertThat(StaffClient.basic(port, "uji-login", "Benar-Sekali-77").get(REST + "/task?maxResults=1")
                .statusCode()).as("within the delay after a failure").isEqualTo(401);
    }

    @Test
    void sessionAndCsrfCookiesAreSecureAndSameSiteStrict() {
        StaffClient anonymous = StaffClient.anonymous(port);
        HttpResponse<String> page = anonymous.get("/camunda/app/tasklist/default/");
        String xsrfCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
        assertThat(xsrfCookie).contains("Secure").containsIgnoringCase("SameSite=Strict");
        String xsrf = xsrfCookie.substring("XSRF-TOKEN=".length(), xsrfCookie.indexOf(';'));
        String session = page.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).orElseThrow();
        HttpResponse<String> login = anonymous.exchange(HttpRequest.newBuilder(
                        anonymous.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session + "; XSRF-TOKEN=" + xsrf)
                .header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD)));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure").containsIgnoringCase("SameSite=Strict")
                        .containsIgnoringCase("HttpOnly"));
    }

    @Test
    void pagesCarryHstsAndAContentSecurityPolicy() {
        for (String path : List.of("/actuator/health", "/camunda/app/tasklist/default/", REST + "/engine")) {
            HttpResponse<String> response = StaffClient.anonymous(port).get(path);
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path)
                    .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000"));
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(value -> assertThat(value).contains("default-src 'self'"));
        }
    }

    @Test
    void errorResponsesNameNoExceptionClass() {
        for (HttpResponse<String> error : List.of(
                admin().get(REST + "/task/tidak-ada/variables"),
                admin().post(REST + "/process-definition/key/tidak-ada/start", "{}"),
                admin().post(REST + "/task", "{\"orQueries\":[{\"dueBeforeExpression\":\"${now()}\"}]}"),
                StaffClient.anonymous(port).get("/api/mutu-baku/terlambat"),
                admin().get("/tidak-ada"))) {
            assertThat(error.statusCode()).as(error.uri().toString()).isBetween(400, 499);
            assertThat(error.body()).as(error.uri().toString())
                    .doesNotContain("Exception", "org.camunda", "java.", "\tat ", "trace");
        }
    }

    /**
     * Issue 13 §3: in prod, the error pages of sopflow's own pages (the citizens' {@code /publik/**}) carry no class
     * name, no stack trace and no engine message, whatever goes wrong — for a browser (HTML) and a script (JSON)
     * alike. The server error comes from a test page that fails as the engine does under concurrent writes.
     */
    @Test
    void publicPagesErrorPagesNameNoClass() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String base = "http://localhost:" + port;
        List<HttpRequest.Builder> requests = List.of(
                HttpRequest.newBuilder(java.net.URI.create(base + "/publik/sipa/tidakada123")).GET(),
                HttpRequest.newBuilder(java.net.URI.create(base + "/publik/sipa/tidakada123/foto/9")).GET(),
                HttpRequest.newBuilder(java.net.URI.create(base + "/publik/sipa/tidakada123/pertanyaan"))
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("isi")),
                HttpRequest.newBuilder(java.net.URI.create(base + "/publik/sipa/tidakada123/pertanyaan"))
                        .header("Content-Type", "multipart/form-data; boundary=x")
                        .POST(HttpRequest.BodyPublishers.ofString("--x\r\nrusak")),
                HttpRequest.newBuilder(java.net.URI.create(base + "/publik/sipa/tidakada123/pertanyaan"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("token=x&isi=%ZZ%FF")),
                HttpRequest.newBuilder(java.net.URI.create(base + "/publik/sipa/tidakada123"))
                        .DELETE(),
                HttpRequest.newBuilder(java.net.URI.create(base + "/publik/sipa/%E0%A4/x")).GET(),
                HttpRequest.newBuilder(java.net.URI.create(base + "/publik/tidak/ada/sama/sekali")).GET(),
                HttpRequest.newBuilder(java.net.URI.create(base + FailingPublicPage.PATH)).GET());
        for (HttpRequest.Builder request : requests) {
            for (String accept : List.of("text/html", "application/json")) {
                HttpResponse<String> error = http.send(request.copy().header("Accept", accept).build(),
                        HttpResponse.BodyHandlers.ofString());
                String what = error.request().method() + " " + error.uri() + " (" + accept + ") → "
                        + error.statusCode();
                assertThat(error.statusCode()).as(what).isBetween(400, 599);
                assertThat(error.body()).as(what).doesNotContain("Exception", "org.", "java.", "jakarta.",
                        "springframework", "\tat ", "trace", "ENGINE-", "Whitelabel", "Apache Tomcat");
            }
        }
        HttpResponse<String> serverError = http.send(HttpRequest.newBuilder(java.net.URI.create(base
                + FailingPublicPage.PATH)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(serverError.statusCode()).isEqualTo(500);
        assertThat(serverError.body()).contains("<html lang=\"id\"");
    }

    /** A citizens' page that fails with an exception naming classes, as an engine conflict would. */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    @org.springframework.context.annotation.Import(FailingPublicPage.class)
    static class FailingPublicPageConfiguration {
    }

    @org.springframework.web.bind.annotation.RestController
    static class FailingPublicPage {

        static final String PATH = "/publik/uji-galat";

        @org.springframework.web.bind.annotation.GetMapping(PATH)
        String fail() {
            throw new IllegalStateException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity[1]' failed: "
                    + "org.camunda.bpm.engine.OptimisticLockingException at java.base/java.lang.Thread.run");
        }
    }

    @Test
    void deserializationOfUnexpectedTypesIsValidatedAndTheRestApiHasNoWadl() {
        assertThat(configuration().isDeserializationTypeValidationEnabled()).isTrue();
        assertThat(configuration().isJavaSerializationFormatEnabled()).isFalse();
        StaffClient admin = admin();
        for (String accept : List.of("application/vnd.sun.wadl+xml", "application/xml", "*/*")) {
            HttpResponse<String> wadl = admin.exchange(HttpRequest.newBuilder(admin.uri(REST + "/application.wadl"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            ("admin:" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .header("Accept", accept));
            assertThat(wadl.statusCode()).as(accept).isEqualTo(404);
            assertThat(wadl.body()).doesNotContain("<application");
        }
    }

    @Test
    void authenticatedQueriesMustPageButSopflowsOwnApisStillAnswer() {
        assertThat(configuration().getQueryMaxResultsLimit()).isEqualTo(2000);
        assertThat(admin().get(REST + "/task").statusCode()).isEqualTo(400);
        assertThat(admin().get(REST + "/task?firstResult=0&maxResults=50").statusCode()).isEqualTo(200);
        assertThat(admin().get(REST + "/task?maxResults=5000").statusCode()).isEqualTo(400);
        assertThat(admin().get("/api/mutu-baku/terlambat").statusCode()).isEqualTo(200);
        assertThat(admin().get("/api/mutu-baku/kepatuhan?dari=2026-01-01&sampai=2026-12-31").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theAdministratorPasswordComesOnlyFromTheEnvironmentAndMeetsThePolicy() {
        assertThatThrownBy(() -> start("--SOPFLOW_ADMIN_PASSWORD=", "--camunda.bpm.admin-user.password=Dari-Berkas-2026!"))
                .rootCause().isInstanceOf(StartupProblem.class)
                .hasMessageContaining("hanya menerima kata sandi administrator dari variabel lingkungan");
        assertThatThrownBy(() -> start("--SOPFLOW_ADMIN_PASSWORD=admin12345",
                "--camunda.bpm.admin-user.password=${SOPFLOW_ADMIN_PASSWORD:}"))
                .rootCause().isInstanceOf(StartupProblem.class)
                .hasMessageContaining("tidak memenuhi kebijakan kata sandi")
                .hasMessageContaining("huruf besar").hasMessageContaining("karakter khusus");
    }

    private void start(String... arguments) {
        List<String> all = new java.util.ArrayList<>(List.of(arguments));
        all.add("--server.port=0");
        all.add("--camunda.bpm.process-engine-name=prod-refused");
        new SpringApplicationBuilder(SopflowApplication.class).profiles("prod").run(all.toArray(String[]::new))
                .close();
    }
}
