package id.sopflow.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The element templates of {@code processes/.camunda/element-templates/} (where Camunda Modeler finds them), read so
 * that sopflow can hold a diagram to the same building blocks Modeler offers.
 */
public final class ElementTemplates {

    /** Where Modeler looks, relative to the folder of the diagrams. */
    public static final String FOLDER = ".camunda/element-templates";
    /** Where the build packs a copy into the jar. */
    static final String PACKAGED = "element-templates";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ElementTemplate> templates;

    public ElementTemplates(List<ElementTemplate> templates) {
        this.templates = List.copyOf(templates);
    }

    /** From {@code <processesDir>/.camunda/element-templates} when it exists, else the copy in the jar. */
    public static ElementTemplates load(Path processesDir) {
        Path folder = processesDir.resolve(FOLDER);
        List<ElementTemplate> templates = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        templates.addAll(parse(in));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Templat elemen di " + folder + " tidak dapat dibaca", e);
            }
            return new ElementTemplates(templates);
        }
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + PACKAGED + "/*.json")) {
                try (InputStream in = resource.getInputStream()) {
                    templates.addAll(parse(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Templat elemen di dalam aplikasi tidak dapat dibaca", e);
        }
        return new ElementTemplates(templates);
    }

    static List<ElementTemplate> parse(InputStream json) throws IOException {
        List<ElementTemplate> templates = new ArrayList<>();
        for (JsonNode node : JSON.readTree(json)) {
            String delegate = null;
            List<String> required = new ArrayList<>();
            List<String> executionListeners = new ArrayList<>();
            for (JsonNode property : node.path("properties")) {
                JsonNode binding = property.path("binding");
                String type = binding.path("type").asText();
                if ("property".equals(type) && "camunda:delegateExpression".equals(binding.path("name").asText())) {
                    delegate = property.path("value").asText();
                } else if ("camunda:property".equals(type)
                        && property.path("constraints").path("notEmpty").asBoolean(false)) {
                    required.add(binding.path("name").asText());
                } else if ("camunda:executionListener".equals(type)) {
                    executionListeners.add(property.path("value").asText());
                }
            }
            List<String> appliesTo = new ArrayList<>();
            node.path("appliesTo").forEach(type -> appliesTo.add(type.asText()));
            List<String> taskListeners = new ArrayList<>();
            node.path("metadata").path("sopflow").path("taskListeners").forEach(bean -> taskListeners.add(bean.asText()));
            templates.add(new ElementTemplate(node.path("id").asText(), node.path("version").asInt(1),
                    node.path("name").asText(), appliesTo, Optional.ofNullable(delegate), required,
                    executionListeners, taskListeners));
        }
        return templates;
    }

    public List<ElementTemplate> all() {
        return templates;
    }

    public Optional<ElementTemplate> find(String id, Integer version) {
        return templates.stream()
                .filter(template -> template.id().equals(id) && (version == null || template.version() == version))
                .findFirst();
    }

    /** The template whose hidden delegate expression is this one, e.g. {@code ${lateStepHandler}}. */
    public Optional<ElementTemplate> forDelegate(String delegateExpression) {
        return templates.stream().filter(t -> t.delegateExpression().filter(delegateExpression::equals).isPresent())
                .findFirst();
    }
}
