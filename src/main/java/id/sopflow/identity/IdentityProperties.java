package id.sopflow.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * @param seedFile  the organisation file; the packaged {@code classpath:sopflow/organisasi.yaml} by default
 * @param demoUsers whether the file's demo users are created (true in the demo profile, false in {@code prod})
 */
@ConfigurationProperties("sopflow.identity")
public record IdentityProperties(Resource seedFile, boolean demoUsers) {
}
