package id.sopflow.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code POST /identity/verify} lets any logged-in user test a password for any user id, which makes it a password
 * oracle for guessing colleagues' passwords. A logged-in user who is no administrator may check only their own
 * password; logins (HTTP Basic, Tasklist) check before anyone is authenticated and are not affected.
 */
@Component
class NoPasswordOracle extends AbstractProcessEnginePlugin {

    static final String MESSAGE = "Akses ditolak: hanya administrator yang boleh memeriksa kata sandi pengguna lain.";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityService(new IdentityServiceImpl() {
            @Override
            public boolean checkPassword(String userId, String password) {
                Authentication caller = getCurrentAuthentication();
                if (caller != null && caller.getUserId() != null && !caller.getUserId().equals(userId)
                        && !isAdministrator(configuration, caller)) {
                    throw new AuthorizationException(MESSAGE);
                }
                return super.checkPassword(userId, password);
            }
        });
    }

    static boolean isAdministrator(ProcessEngineConfigurationImpl configuration, Authentication caller) {
        return configuration.getAdminUsers() != null && configuration.getAdminUsers().contains(caller.getUserId())
                || caller.getGroupIds() != null && configuration.getAdminGroups() != null
                && caller.getGroupIds().stream().anyMatch(configuration.getAdminGroups()::contains);
    }
}
