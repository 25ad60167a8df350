package id.sopflow.deployment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One diagram or form as it will be deployed.
 *
 * @param resourceName name inside the deployment, e.g. {@code processes/sipa-bermedsos.bpmn} or
 *                     {@code forms/sipa-lapor.form}; the same whether read from disk or from the jar, so that
 *                     switching source does not look like a change
 * @param origin       where it was read from, for messages
 * @param content      the bytes
 */
public record ModelFile(String resourceName, String origin, byte[] content) {

    public boolean isProcess() {
        return resourceName.endsWith(".bpmn");
    }

    public boolean isCamundaForm() {
        return resourceName.endsWith(".form");
    }

    public boolean isEmbeddedForm() {
        return resourceName.endsWith(".html");
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public boolean sameContentAs(byte[] other) {
        return Arrays.equals(content, other);
    }
}
