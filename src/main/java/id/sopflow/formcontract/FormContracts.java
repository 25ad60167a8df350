package id.sopflow.formcontract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a deployed form into a {@link FormContract}: a Camunda Form ({@code .form}, form-js JSON) by its fields'
 * {@code key}s and {@code validate} rules, an embedded form ({@code .html}) by its {@code cam-variable-name}s and
 * their HTML attributes (a file input's {@code cam-max-filesize} too). Adding a rule to a form therefore adds it on the
 * server too: nothing here names a form.
 */
final class FormContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Angular attributes that show an element only sometimes: its {@code required} holds only then. */
    private static final Set<String> CONDITIONAL_ATTRIBUTES = Set.of("ng-if", "ng-show", "ng-hide", "ng-switch-when",
            "data-ng-if", "data-ng-show", "data-ng-hide");

    private FormContracts() {
    }

    static FormContract parse(String form, String content) {
        String text = content.strip();
        if (text.startsWith("{")) {
            try {
                return camundaForm(form, JSON.readTree(text));
            } catch (IOException e) {
                throw new IllegalStateException("Formulir " + form + " bukan JSON yang sah", e);
            }
        }
        return embeddedForm(form, Jsoup.parseBodyFragment(content));
    }

    private static FormContract camundaForm(String form, JsonNode root) {
        Map<String, FieldRule> fields = new LinkedHashMap<>();
        collect(root.path("components"), false, fields);
        return new FormContract(form, Map.copyOf(fields));
    }

    private static void collect(JsonNode components, boolean conditional, Map<String, FieldRule> fields) {
        for (JsonNode component : components) {
            boolean shownSometimes = conditional || component.hasNonNull("conditional");
            String key = component.path("key").asText("");
            String type = component.path("type").asText("");
            if (!key.isBlank() && !type.equals("button")) {
                JsonNode validate = component.path("validate");
                boolean required = validate.path("required").asBoolean(false) && !shownSometimes;
                List<String> options = new ArrayList<>();
                component.path("values").forEach(option -> options.add(option.path("value").asText()));
                if (type.equals("checkbox") && required) {
                    // form-js refuses a required checkbox left unticked ("Field is required"): so does the server.
                    options.add("true");
                }
                fields.put(key, new FieldRule(key, component.path("label").asText(key), kindOf(component),
                        required,
                        integer(validate, "minLength"), integer(validate, "maxLength"),
                        decimal(validate, "min"), decimal(validate, "max"),
                        validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
                        List.copyOf(options), null));
            }
            collect(component.path("components"), shownSometimes, fields);
        }
    }

    private static FieldRule.Kind kindOf(JsonNode component) {
        JsonNode values = component.path("values");
        if (values.size() > 0 && java.util.stream.StreamSupport.stream(values.spliterator(), false)
                .allMatch(option -> option.path("value").isBoolean())) {
            // A Ya/Tidak radio whose values are true/false: form-js submits the option's value as it is, a Boolean.
            return FieldRule.Kind.BOOLEAN;
        }
        return switch (component.path("type").asText("")) {
            case "number" -> FieldRule.Kind.NUMBER;
            case "checkbox" -> FieldRule.Kind.BOOLEAN;
            case "checklist", "taglist" -> FieldRule.Kind.LIST;
            case "datetime" -> "date".equals(component.path("subtype").asText("date"))
                    ? FieldRule.Kind.DATE_TEXT : FieldRule.Kind.DATETIME_TEXT;
            default -> FieldRule.Kind.TEXT;
        };
    }

    private static FormContract embeddedForm(String form, Document document) {
        Map<String, FieldRule> fields = new LinkedHashMap<>();
        for (Element input : document.select("[cam-variable-name]")) {
            String name = input.attr("cam-variable-name").strip();
            if (name.isEmpty()) {
                continue;
            }
            FieldRule.Kind kind = embeddedKind(input);
            List<String> options = new ArrayList<>();
            if (input.tagName().equals("select") && !input.hasAttr("ng-options")) {
                for (Element option : input.select("option")) {
                    if (option.hasAttr("ng-repeat")) {
                        options.clear();
                        break;
                    }
                    String value = option.hasAttr("value") ? option.attr("value") : option.text();
                    if (!value.isEmpty()) {
                        options.add(value);
                    }
                }
            }
            boolean required = input.hasAttr("required") && !shownSometimes(input);
            String pattern = input.hasAttr("pattern") ? "^(?:" + input.attr("pattern") + ")$" : null;
            if (kind == FieldRule.Kind.BOOLEAN) {
                options.clear();
                if (required && input.attr("type").equalsIgnoreCase("checkbox")) {
                    // The browser refuses a required checkbox left unticked: so does the server.
                    options.add("true");
                }
            }
            FieldRule rule = new FieldRule(name, labelOf(document, input), kind, required,
                    integer(input.attr("minlength")), integer(input.attr("maxlength")),
                    decimal(input.attr("min")), decimal(input.attr("max")), pattern, List.copyOf(options),
                    kind == FieldRule.Kind.FILE ? FieldRule.FileSize.of(input.attr("cam-max-filesize")) : null);
            // Two inputs for one variable (e.g. radio buttons): the variable is required if any input is.
            fields.merge(name, rule, (first, second) -> new FieldRule(name, first.label(), first.kind(),
                    first.required() || second.required(), first.minLength(), first.maxLength(), first.min(),
                    first.max(), first.pattern(), mergeOptions(first.options(), second.options()),
                    first.fileSize() != null ? first.fileSize() : second.fileSize()));
        }
        return new FormContract(form, Map.copyOf(fields));
    }

    private static List<String> mergeOptions(List<String> first, List<String> second) {
        List<String> merged = new ArrayList<>(first);
        second.stream().filter(option -> !merged.contains(option)).forEach(merged::add);
        return List.copyOf(merged);
    }

    private static FieldRule.Kind embeddedKind(Element input) {
        String type = input.attr("cam-variable-type").strip();
        if (type.isEmpty() && input.attr("type").equalsIgnoreCase("file")) {
            return FieldRule.Kind.FILE;
        }
        return switch (type.toLowerCase()) {
            case "string" -> FieldRule.Kind.TEXT;
            case "long", "integer", "short" -> FieldRule.Kind.WHOLE_NUMBER;
            case "double" -> FieldRule.Kind.NUMBER;
            case "boolean" -> FieldRule.Kind.BOOLEAN;
            case "date" -> FieldRule.Kind.DATE;
            case "file", "bytes" -> FieldRule.Kind.FILE;
            case "json" -> FieldRule.Kind.LIST;
            default -> FieldRule.Kind.ANY;
        };
    }

    private static boolean shownSometimes(Element input) {
        for (Element element = input; element != null; element = element.parent()) {
            for (String attribute : CONDITIONAL_ATTRIBUTES) {
                if (element.hasAttr(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String labelOf(Document document, Element input) {
        String id = input.id();
        if (!id.isEmpty()) {
            Element label = document.selectFirst("label[for=" + id + "]");
            if (label != null && !label.text().isBlank()) {
                return label.text();
            }
        }
        Element wrapping = input.closest("label");
        return wrapping != null ? wrapping.text() : input.attr("cam-variable-name");
    }

    private static Integer integer(JsonNode validate, String field) {
        return validate.hasNonNull(field) && validate.get(field).canConvertToInt() ? validate.get(field).asInt()
                : null;
    }

    private static Double decimal(JsonNode validate, String field) {
        return validate.hasNonNull(field) && validate.get(field).isNumber() ? validate.get(field).asDouble() : null;
    }

    private static Integer integer(String attribute) {
        try {
            return attribute.isBlank() ? null : Integer.valueOf(attribute.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double decimal(String attribute) {
        try {
            return attribute.isBlank() ? null : Double.valueOf(attribute.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
