package id.sopflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * CVE-2026-77226: Camunda Admin's first-run setup page must never create an administrator. Run in the context of
 * every profile (demo, prod, prod on PostgreSQL) by that profile's test.
 */
public final class AdminSetupAttempt {

    private AdminSetupAttempt() {
    }

    /**
     * Tries the setup page as the browser does (with the XSRF token), and checks that sopflow refuses it with a clean
     * 403 in Bahasa Indonesia (never a 500, in any profile) and that nobody was created.
     */
    public static void assertNoAdministratorCanBeCreated(int port, ProcessEngine engine) {
        StaffClient browser = StaffClient.anonymousWebapp(port);
        String user = "{\"profile\":{\"id\":\"penyerang\",\"firstName\":\"P\",\"lastName\":\"P\",\"email\":"
                + "\"p@example.org\"},\"credentials\":{\"password\":\"Penyerang-2026!x\"}}";
        for (String path : new String[] {"/camunda/api/admin/setup/default/user/create",
                "/camunda/api/admin/setup/default/user/create;x=y", "/camunda/api/admin/setup/default/user/create/",
                "/camunda/api/admin//setup/default/user/create", "/camunda/api/admin/setup/default/user/%63reate",
                "/camunda/api/admin/setup;x=y/default/user/create", "/camunda/api/admin/%73etup/default/user/create"}) {
            HttpResponse<String> response = browser.post(path, user);
            assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(403);
            assertThat(response.body()).contains("Halaman penyiapan awal Admin dimatikan");
        }
        assertThat(engine.getIdentityService().createUserQuery().userId("penyerang").count()).isZero();
    }
}
