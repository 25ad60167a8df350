package id.sopflow.deployment;

import java.util.Optional;

/**
 * A form key {@code embedded:deployment:<file>.html}: an embedded HTML form deployed beside its diagram, the kind
 * sopflow's diagrams use (GUIDE §3). One place reads it for the deployment checks and the form contract.
 */
public final class EmbeddedFormKey {

    public static final String PREFIX = "embedded:deployment:";

    private EmbeddedFormKey() {
    }

    /** The deployment resource the key names, or empty for another kind of key (or none). */
    public static Optional<String> resourceOf(String formKey) {
        String key = formKey == null ? "" : formKey.strip();
        return key.startsWith(PREFIX) ? Optional.of(key.substring(PREFIX.length())) : Optional.empty();
    }
}
