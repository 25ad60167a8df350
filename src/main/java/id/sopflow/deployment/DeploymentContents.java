package id.sopflow.deployment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a {@link DeploymentCheck} may look at besides the diagram: the other files of the same deployment, its tenant
 * and what the engine already holds for that tenant. Forms a diagram refers to but the deployment lacks, and that
 * an earlier deployment of the tenant holds, are {@link #borrow borrowed}: {@link DeploymentChecks} copies them into
 * the new deployment, because {@code embedded:deployment:} and {@code formRefBinding="deployment"} only ever look in
 * the diagram's own deployment. That is what makes Camunda Modeler's "deploy changed only" work: Modeler attaches the
 * forms, the engine drops those that did not change, and they are copied back here.
 */
public final class DeploymentContents {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The forms the engine already holds, outside this deployment. */
    public interface Deployed {

        /** The newest earlier resource of this name for the tenant (or shared by all tenants). */
        Optional<byte[]> resource(String resourceName);

        /** The resource name and bytes of the form definition {@code key} (latest, or that version). */
        Optional<Map.Entry<String, byte[]>> formDefinition(String key, Integer version);

        Deployed NOTHING = new Deployed() {
            @Override
            public Optional<byte[]> resource(String resourceName) {
                return Optional.empty();
            }

            @Override
            public Optional<Map.Entry<String, byte[]>> formDefinition(String key, Integer version) {
                return Optional.empty();
            }
        };
    }

    private final String tenantId;
    private final boolean byPerson;
    private final Map<String, byte[]> resources;
    private final Deployed deployed;
    private final Map<String, byte[]> borrowed = new LinkedHashMap<>();

    /**
     * @param byPerson whether a person deploys (Camunda Modeler or any REST client, always logged in) or sopflow
     *                 deploys {@code processes/} at startup, as opposed to code deploying through the Java API
     *                 without a user (tests)
     */
    public DeploymentContents(String tenantId, boolean byPerson, Map<String, byte[]> resources, Deployed deployed) {
        this.tenantId = tenantId;
        this.byPerson = byPerson;
        this.resources = Map.copyOf(resources);
        this.deployed = deployed;
    }

    /** A diagram deployed on its own, with nothing deployed before. */
    public static DeploymentContents alone() {
        return new DeploymentContents(null, true, Map.of(), Deployed.NOTHING);
    }

    public String tenantId() {
        return tenantId;
    }

    public boolean byPerson() {
        return byPerson;
    }

    public boolean contains(String resourceName) {
        return resources.containsKey(resourceName) || borrowed.containsKey(resourceName);
    }

    /** A file of this deployment, or one borrowed into it, by its resource name. */
    public Optional<byte[]> resource(String resourceName) {
        return Optional.ofNullable(resources.containsKey(resourceName) ? resources.get(resourceName)
                : borrowed.get(resourceName));
    }

    /** Whether a {@code .form} of this deployment has this {@code "id"}. */
    public boolean containsForm(String formId) {
        return resources.entrySet().stream()
                .filter(resource -> resource.getKey().endsWith(".form"))
                .anyMatch(resource -> formId.equals(formId(resource.getValue())));
    }

    public Deployed deployed() {
        return deployed;
    }

    /** Copies an earlier deployed form into this deployment (only forms: nothing else is executed from here). */
    public boolean borrow(String resourceName, byte[] content) {
        if (resourceName.endsWith(".html") || resourceName.endsWith(".form")) {
            borrowed.putIfAbsent(resourceName, content);
            return true;
        }
        return false;
    }

    public Map<String, byte[]> borrowed() {
        return Map.copyOf(borrowed);
    }

    private static String formId(byte[] form) {
        try {
            JsonNode id = JSON.readTree(form).path("id");
            return id.isTextual() ? id.asText() : null;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
