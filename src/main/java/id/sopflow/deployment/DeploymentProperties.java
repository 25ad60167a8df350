package id.sopflow.deployment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the process owners' files live.
 *
 * @param name         deployment name; unchanged files are recognised by comparing with earlier deployments of
 *                     this name
 * @param processesDir folder with the {@code .bpmn} files, relative to the working directory; when it does not
 *                     exist the copy packaged in the jar is used
 * @param formsDir     folder with the {@code .form} and embedded {@code .html} forms, same rule
 */
@ConfigurationProperties("sopflow.deployment")
public record DeploymentProperties(String name, String processesDir, String formsDir) {
}
