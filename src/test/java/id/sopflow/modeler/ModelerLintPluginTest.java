package id.sopflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sopflow.deployment.ElementTemplate;
import id.sopflow.deployment.ElementTemplates;
import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

/**
 * The Modeler plug-in ({@code src/modeler/camunda-modeler-plugin/client.js}) checks diagrams against a copy of the
 * organisation's groups, the forms and the templates; this fails when that copy is stale, i.e. when
 * {@code python3 src/modeler/lint_plugin.py} was not run after such a change.
 */
@PlainTest
class ModelerLintPluginTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void thePluginKnowsTheCurrentGroupsFormsAndTemplates() throws IOException {
        String client = Files.readString(Path.of("src/modeler/camunda-modeler-plugin/client.js"));
        Matcher data = Pattern.compile("/\\*DATA\\*/(.*?)/\\*END\\*/", Pattern.DOTALL).matcher(client);
        assertThat(data.find()).isTrue();
        JsonNode copy = JSON.readTree(data.group(1));

        TreeSet<String> groups = new TreeSet<>();
        Matcher group = Pattern.compile("(?m)^\\s*-\\s*group:\\s*([a-z0-9-]+)")
                .matcher(Files.readString(Path.of("src/main/resources/sopflow/organisasi.yaml")));
        while (group.find()) {
            groups.add(group.group(1));
        }
        TreeSet<String> formIds = new TreeSet<>();
        TreeSet<String> htmlForms = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("forms"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.toString().endsWith(".form")) {
                    formIds.add(JSON.readTree(file.toFile()).path("id").asText());
                } else if (file.toString().endsWith(".html")) {
                    htmlForms.add(file.getFileName().toString());
                }
            }
        }
        TreeSet<String> templates = new TreeSet<>();
        for (ElementTemplate template : ElementTemplates.load(Path.of("processes")).all()) {
            templates.add(template.id() + "@" + template.version());
        }

        String stale = "salinan data plug-in Modeler usang: jalankan python3 src/modeler/lint_plugin.py";
        assertThat(texts(copy.path("groups"))).as(stale).containsExactlyElementsOf(groups);
        assertThat(texts(copy.path("formIds"))).as(stale).containsExactlyElementsOf(formIds);
        assertThat(texts(copy.path("htmlForms"))).as(stale).containsExactlyElementsOf(htmlForms);
        List<String> copiedTemplates = new ArrayList<>();
        copy.path("templates").fieldNames().forEachRemaining(copiedTemplates::add);
        assertThat(copiedTemplates).as(stale).containsExactlyInAnyOrderElementsOf(templates);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
