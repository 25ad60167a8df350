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

    /** Tries the setup page as the browser does (with the XSRF token), and checks nobody was created. */
    public static void assertNoAdministratorCanBeCreated(int port, ProcessEngine engine) {
        assertNoAdministratorCanBeCreated(port, engine, true);
    }

    /**
     * @param answeredBySopflow whether sopflow's block must be what answers; false only where the Admin webapp of
     *                          the test JVM is not initialised (its own filter then fails before ours), where only
     *                          "refused and nobody created" can be checked
     */
    public static void assertNoAdministratorCanBeCreated(int port, ProcessEngine engine, boolean answeredBySopflow) {
        StaffClient browser = StaffClient.anonymousWebapp(port);
        String user = "{\"profile\":{\"id\":\"penyerang\",\"firstName\":\"P\",\"lastName\":\"P\",\"email\":"
                + "\"p@example.org\"},\"credentials\":{\"password\":\"Penyerang-2026!x\"}}";
        for (String path : new String[] {"/camunda/api/admin/setup/default/user/create",
                "/camunda/api/admin/setup/default/user/create;x=y", "/camunda/api/admin/setup/default/user/create/"}) {
            HttpResponse<String> response = browser.post(path, user);
            if (answeredBySopflow) {
                assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(403);
                assertThat(response.body()).contains("Halaman penyiapan awal Admin dimatikan");
            } else {
                assertThat(response.statusCode()).as(path + " " + response.body()).isGreaterThanOrEqualTo(400);
            }
        }
        assertThat(engine.getIdentityService().createUserQuery().userId("penyerang").count()).isZero();
    }
}
