package id.sopflow.identity;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine work as the system rather than as the logged-in user, and restores the login afterwards. For work
 * sopflow does on a user's behalf after it has checked what that user may do itself: the user's engine
 * authorizations (which do not cover other actors' tasks or history) would otherwise silently narrow it.
 */
public final class AsSystem {

    private AsSystem() {
    }

    public static <T> T run(IdentityService identityService, Supplier<T> work) {
        Authentication user = identityService.getCurrentAuthentication();
        if (user == null) {
            return work.get();
        }
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            identityService.setAuthentication(user);
        }
    }
}
