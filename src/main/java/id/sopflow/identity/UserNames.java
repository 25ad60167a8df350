package id.sopflow.identity;

import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** How reports name the people who worked a case. */
public final class UserNames {

    private UserNames() {
    }

    /** "Ketua PPID Kalurahan Bunder (ketua-ppid)"; the id alone for a user no longer known or without a name. */
    public static String displayName(IdentityService identityService, String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = Stream.of(user.getFirstName(), user.getLastName())
                .filter(part -> part != null && !part.isBlank())
                .reduce((first, last) -> first + " " + last).orElse("");
        return name.isEmpty() ? userId : name + " (" + userId + ")";
    }
}
