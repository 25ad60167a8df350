package id.sopflow;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.sopflow.identity.IdentityProperties;

/**
 * Refuses a production start that would leave a guessable administrator or demo users behind. Runs before the
 * engine is initialised: once the starter has created the administrator (with the user id as password when none
 * is given) a later refusal would come too late.
 */
@Component
@Profile("prod")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProductionGuard extends AbstractProcessEnginePlugin {

    private final String adminPassword;
    private final IdentityProperties identity;

    ProductionGuard(@Value("${camunda.bpm.admin-user.password:}") String adminPassword, IdentityProperties identity) {
        this.adminPassword = adminPassword;
        this.identity = identity;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (adminPassword == null || adminPassword.isBlank()) {
            throw new StartupProblem("Profil prod membutuhkan kata sandi administrator dari lingkungan, "
                    + "tetapi SOPFLOW_ADMIN_PASSWORD tidak diisi.",
                    "Isi variabel lingkungan SOPFLOW_ADMIN_PASSWORD dengan kata sandi yang kuat lalu jalankan lagi.");
        }
        if (identity.demoUsers()) {
            throw new StartupProblem("Profil prod tidak boleh membuat pengguna demo (sopflow.identity.demo-users=true).",
                    "Hapus pengaturan sopflow.identity.demo-users atau isi dengan false.");
        }
    }
}
