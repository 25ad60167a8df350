package id.sopflow.formcontract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import id.sopflow.ProcessVariable;
import id.sopflow.sop.RequiredFieldsCheck;
import id.sopflow.soptable.OutputFiles;
import id.sopflow.verification.ReviewRoundRecorder;
import id.sopflow.testkit.PlainTest;

/**
 * Issue 18 §3: a process's variables are one contract that cannot drift. For every process in {@code processes/}
 * and every process of sopflow's own in {@code src/main/resources} (the late-step notice):
 * <ul>
 * <li>every variable its forms declare or (embedded forms) fetch to show, its {@code ${…}} conditions and expressions
 * read, its call-activity and input/output mappings name, and its {@code camunda:property} fields that name a variable
 * (the element templates' "Variabel …" fields, and the variables of a {@link RequiredFieldsCheck} "isianWajib") is in
 * its contract;</li>
 * <li>every variable of its catalogue is used: named by its diagram or forms, or read or written by Java code
 * outside the catalogue.</li>
 * </ul>
 * The contract is the process's variable catalogue (a {@code *Variables} class whose {@code …PROCESS_KEY} names the
 * process: {@code id.sopflow.sop.<name>.*Variables} for an SOP, {@link id.sopflow.mutubaku.LateStepNoticeVariables}
 * for the notice) plus the variables the shared steps declare (the case header, the late-step marking, …). A process
 * without a catalogue (an SOP generated from a table, with no Java) has as its contract what its forms declare plus
 * the shared steps' variables, so its conditions and properties are still checked.
 */
@PlainTest
class ProcessContractTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    /** sopflow's own processes (the late-step notice), deployed from the classpath with their forms beside them. */
    private static final Path OWN_PROCESSES = Path.of("src/main/resources");
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)(?!\\s*[.(\\w])");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    /** An embedded form's script fetching one variable by its literal name. */
    private static final Pattern FETCHED = Pattern.compile("fetchVariable\\(\\s*'([A-Za-z_][A-Za-z0-9_]*)'\\s*\\)");
    /** A list of names in an embedded form's script: {@code var shown = ['judul', …];} or {@code ['judul', …]}. */
    private static final Pattern NAME_LIST = Pattern.compile(
            "(?:var\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*)?\\[((?:\\s*'[A-Za-z_][A-Za-z0-9_]*'\\s*,?)+)]");
    /** ….forEach(function (name) { camForm.variableManager.fetchVariable(name) */
    private static final String FETCH_EACH = "\\.forEach\\(function \\((\\w+)\\) \\{\\s*camForm\\.variableManager"
            + "\\.fetchVariable\\(\\1\\)";
    /** The list itself fetched each. */
    private static final Pattern FETCHED_NOW = Pattern.compile("\\s*" + FETCH_EACH);
    /** A list's variable, perhaps concatenated with more names first, fetched each. */
    private static final Pattern FETCHED_LATER = Pattern.compile("[\\s\\S]{0,200}?" + FETCH_EACH);
    private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
            "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task");

    /** Every variable catalogue: its process keys and its variables by the field that holds them. */
    private record Catalogue(Class<?> type, Set<String> processKeys, Map<String, Set<String>> variablesByField) {

        Set<String> names() {
            Set<String> names = new TreeSet<>();
            variablesByField.values().forEach(names::addAll);
            return names;
        }
    }

    private static List<Catalogue> catalogues;
    private static Set<String> shared;
    private static Set<String> variableProperties;
    private static JavaClasses main;

    @BeforeAll
    static void readContracts() throws Exception {
        catalogues = new ArrayList<>();
        shared = new TreeSet<>();
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("id.sopflow");
        for (JavaClass javaClass : main) {
            Class<?> type = Class.forName(javaClass.getName());
            String name = type.getName();
            if (name.startsWith("id.sopflow.soptable.")) {
                continue;
            }
            boolean sop = name.matches("id\\.sopflow\\.sop\\.[a-z]+\\..*");
            if (type.getEnclosingClass() == null && type.getSimpleName().endsWith("Variables")
                    && (sop || !catalogue(type).processKeys().isEmpty())) {
                catalogues.add(catalogue(type));
            } else if (!sop) {
                for (Set<String> names : variableFields(type).values()) {
                    shared.addAll(names);
                }
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                            && field.getName().endsWith("_VARIABLE")) {
                        field.setAccessible(true);
                        shared.add((String) field.get(null));
                    }
                }
            }
        }
        variableProperties = variableProperties();
    }

    static Stream<Path> processes() throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES); Stream<Path> own = Files.walk(OWN_PROCESSES)) {
            return Stream.concat(files.sorted(), own.sorted())
                    .filter(path -> path.toString().endsWith(".bpmn")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("processes")
    void everyVariableTheDiagramAndFormsNameIsInTheContract(Path bpmn) throws Exception {
        Model model = read(bpmn);
        Set<String> contract = new HashSet<>(shared);
        List<Catalogue> own = cataloguesOf(model.processKey());
        if (own.isEmpty()) {
            contract.addAll(model.formFields().keySet());
            // A step's optional output file, which its form uploads as <step>BerkasBaru and the case keeps as
            // <step>Berkas (OutputFiles).
            model.formFields().keySet().stream().filter(name -> name.endsWith(OutputFiles.UPLOAD_SUFFIX))
                    .map(name -> name.substring(0, name.length() - OutputFiles.UPLOAD_SUFFIX.length())
                            + OutputFiles.KEPT_SUFFIX)
                    .forEach(contract::add);
            // The review step's round counter, which it writes under the name its "putaran" property gives.
            Matcher round = Pattern.compile("<camunda:property name=\"" + ReviewRoundRecorder.ROUND_PROPERTY
                    + "\" value=\"([A-Za-z0-9_]+)\"").matcher(model.text());
            while (round.find()) {
                contract.add(round.group(1));
            }
        } else {
            own.forEach(catalogue -> contract.addAll(catalogue.names()));
        }
        Map<String, String> outside = new LinkedHashMap<>();
        model.formFields().forEach((name, where) -> outside.put(name, where));
        model.named().forEach(outside::putIfAbsent);
        outside.keySet().removeIf(name -> contract.contains(name) || model.local().contains(name));
        assertThat(outside).as(model.processKey() + ": variables named in the diagram or its forms that are in no "
                + "contract (add them to the catalogue " + own.stream().map(c -> c.type().getSimpleName()).toList()
                + ")").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("processes")
    void everyVariableOfTheCatalogueIsUsed(Path bpmn) throws Exception {
        Model model = read(bpmn);
        List<String> unused = new ArrayList<>();
        for (Catalogue catalogue : cataloguesOf(model.processKey())) {
            Set<String> usedByJava = usedByJava(catalogue);
            for (String name : catalogue.names()) {
                boolean named = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(model.text()).find();
                if (!named && !usedByJava.contains(name) && !usedElsewhere(catalogue, name, model)) {
                    unused.add(catalogue.type().getSimpleName() + ": " + name);
                }
            }
        }
        assertThat(unused).as(model.processKey() + ": catalogue variables nothing uses").isEmpty();
    }

    /** A catalogue serving several processes: a variable used by any of them is used. */
    private static boolean usedElsewhere(Catalogue catalogue, String name, Model model) throws Exception {
        for (String key : catalogue.processKeys()) {
            Path other = PROCESSES.resolve(key + ".bpmn");
            if (!key.equals(model.processKey()) && Files.exists(other)
                    && Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(read(other).text()).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<Catalogue> cataloguesOf(String processKey) {
        return catalogues.stream().filter(catalogue -> catalogue.processKeys().contains(processKey)).toList();
    }

    /** The variables held by fields that code outside the catalogue reads (COMPUTED only lists, it uses nothing). */
    private static Set<String> usedByJava(Catalogue catalogue) {
        Set<String> used = new HashSet<>();
        for (JavaClass javaClass : main) {
            if (!javaClass.getName().equals(catalogue.type().getName())
                    && !javaClass.getName().startsWith(catalogue.type().getName() + "$")) {
                continue;
            }
            for (JavaField field : javaClass.getFields()) {
                boolean outside = field.getAccessesToSelf().stream().anyMatch(access -> {
                    String origin = access.getOriginOwner().getName();
                    return !origin.equals(catalogue.type().getName())
                            && !origin.startsWith(catalogue.type().getName() + "$");
                });
                Set<String> names = catalogue.variablesByField().get(javaClass.getName() + "." + field.getName());
                if (outside && names != null && !field.getName().equals("COMPUTED")) {
                    used.addAll(names);
                }
            }
        }
        return used;
    }

    private static Catalogue catalogue(Class<?> type) throws IllegalAccessException {
        Set<String> keys = new TreeSet<>();
        Map<String, Set<String>> variables = new LinkedHashMap<>();
        List<Class<?>> classes = new ArrayList<>(List.of(type));
        for (int i = 0; i < classes.size(); i++) {
            Class<?> current = classes.get(i);
            classes.addAll(List.of(current.getDeclaredClasses()));
            for (Field field : current.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                        && field.getName().endsWith("PROCESS_KEY")) {
                    field.setAccessible(true);
                    keys.add((String) field.get(null));
                }
            }
            variableFields(current).forEach((field, names) -> variables.put(current.getName() + "." + field, names));
        }
        return new Catalogue(type, keys, variables);
    }

    /** Static fields holding a {@link ProcessVariable}, or a collection or map of them: field name → names. */
    private static Map<String, Set<String>> variableFields(Class<?> type) {
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        Field[] declared;
        try {
            declared = type.getDeclaredFields();
        } catch (NoClassDefFoundError optionalDependency) {
            return fields;
        }
        for (Field field : declared) {
            if (!Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                continue;
            }
            Object value;
            try {
                field.setAccessible(true);
                value = field.get(null);
            } catch (ReflectiveOperationException | RuntimeException | ExceptionInInitializerError e) {
                continue;
            }
            Set<String> names = new TreeSet<>();
            if (value instanceof ProcessVariable<?> variable) {
                names.add(variable.name());
            } else if (value instanceof Collection<?> values) {
                values.stream().filter(ProcessVariable.class::isInstance)
                        .forEach(variable -> names.add(((ProcessVariable<?>) variable).name()));
            } else if (value instanceof Map<?, ?> map) {
                map.values().stream().filter(ProcessVariable.class::isInstance)
                        .forEach(variable -> names.add(((ProcessVariable<?>) variable).name()));
            }
            if (!names.isEmpty()) {
                fields.put(field.getName(), names);
            }
        }
        return fields;
    }

    /** The {@code camunda:property} names that the element templates label as naming a variable ("Variabel …"). */
    private static Set<String> variableProperties() throws IOException {
        Set<String> names = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(PROCESSES.resolve(".camunda/element-templates"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
                for (JsonNode template : json.readTree(file.toFile())) {
                    for (JsonNode property : template.path("properties")) {
                        JsonNode binding = property.path("binding");
                        if ("camunda:property".equals(binding.path("type").asText())
                                && property.path("label").asText().startsWith("Variabel")) {
                            names.add(binding.path("name").asText());
                        }
                    }
                }
            }
        }
        assertThat(names).as("template fields that name a variable").isNotEmpty();
        return names;
    }

    /**
     * What one diagram names.
     *
     * @param formFields what its forms declare, with the form
     * @param named      what its expressions, mappings and variable properties name, with where
     * @param local      variables that live only inside one element (multi-instance element variables)
     * @param text       the diagram and its forms, for "is this name used at all"
     */
    private record Model(String processKey, Map<String, String> formFields, Map<String, String> named,
                         Set<String> local, String text) {
    }

    private static Model read(Path bpmn) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(bpmn.toFile());
        Element process = (Element) document.getElementsByTagNameNS(BPMN, "process").item(0);
        String processKey = process.getAttribute("id");
        StringBuilder text = new StringBuilder(Files.readString(bpmn));
        Map<String, String> formFields = new LinkedHashMap<>();
        Map<String, String> named = new LinkedHashMap<>();
        Set<String> local = new HashSet<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String form = formOf(element);
            Path formFile = form == null ? null
                    : Files.exists(FORMS.resolve(form)) ? FORMS.resolve(form) : bpmn.resolveSibling(form);
            if (formFile != null && Files.exists(formFile)) {
                String content = Files.readString(formFile);
                text.append('\n').append(content);
                FormContracts.parse(form, content).fields().keySet().forEach(name -> formFields.put(name, form));
                fetched(content).forEach(name -> named.putIfAbsent(name, form));
            }
            for (int a = 0; a < element.getAttributes().getLength(); a++) {
                var attribute = element.getAttributes().item(a);
                if (!"delegateExpression".equals(attribute.getLocalName())) {
                    expressionVariables(attribute.getNodeValue(), element, named);
                }
            }
            String kind = element.getLocalName();
            // a user task's documentation is its description, an expression like its name
            if (BPMN.equals(element.getNamespaceURI()) && ("conditionExpression".equals(kind)
                    || "timeDuration".equals(kind) || "timeDate".equals(kind) || "timeCycle".equals(kind)
                    || "documentation".equals(kind))) {
                expressionVariables(element.getTextContent(), element, named);
            }
            if (CAMUNDA.equals(element.getNamespaceURI())) {
                switch (kind) {
                    case "in", "out" -> {
                        name(element.getAttribute("source"), element, named);
                        name(element.getAttribute("target"), element, named);
                    }
                    case "inputParameter", "outputParameter" -> name(element.getAttribute("name"), element, named);
                    case "property" -> {
                        if (variableProperties.contains(element.getAttribute("name"))) {
                            name(element.getAttribute("value"), element, named);
                        } else if (RequiredFieldsCheck.FIELDS_PROPERTY.equals(element.getAttribute("name"))) {
                            RequiredFieldsCheck.fields(element.getAttribute("value")).keySet()
                                    .forEach(variable -> name(variable, element, named));
                        }
                    }
                    default -> {
                    }
                }
            }
            String elementVariable = element.getAttributeNS(CAMUNDA, "elementVariable");
            if (!elementVariable.isBlank()) {
                local.add(elementVariable);
            }
        }
        return new Model(processKey, formFields, named, local, text.toString());
    }

    /**
     * The variables an embedded form's script fetches to show them: by literal name, or a list of names each fetched
     * ({@code var shown = [...]; … shown.forEach(function (name) { camForm.variableManager.fetchVariable(name); })}).
     */
    private static Set<String> fetched(String form) {
        Set<String> names = new TreeSet<>();
        Matcher single = FETCHED.matcher(form);
        while (single.find()) {
            names.add(single.group(1));
        }
        Matcher list = NAME_LIST.matcher(form);
        while (list.find()) {
            boolean fetchedEach;
            if (list.group(1) == null) {
                fetchedEach = FETCHED_NOW.matcher(form).region(list.end(), form.length()).lookingAt();
            } else {
                fetchedEach = false;
                Matcher use = Pattern.compile("\\b" + list.group(1) + "\\b").matcher(form);
                use.region(list.end(), form.length());
                while (!fetchedEach && use.find()) {
                    fetchedEach = FETCHED_LATER.matcher(form).region(use.end(), form.length()).lookingAt();
                }
            }
            if (fetchedEach) {
                Matcher quoted = Pattern.compile("'([^']+)'").matcher(list.group(2));
                while (quoted.find()) {
                    names.add(quoted.group(1));
                }
            }
        }
        return names;
    }

    private static String formOf(Element element) {
        String formRef = element.getAttributeNS(CAMUNDA, "formRef");
        if (!formRef.isBlank()) {
            return formRef + ".form";
        }
        String formKey = element.getAttributeNS(CAMUNDA, "formKey");
        return formKey.isBlank() ? null : formKey.substring(formKey.lastIndexOf(':') + 1);
    }

    private static void expressionVariables(String value, Element element, Map<String, String> named) {
        Matcher expression = EXPRESSION.matcher(value == null ? "" : value);
        while (expression.find()) {
            Matcher identifier = IDENTIFIER.matcher(QUOTED.matcher(expression.group(1)).replaceAll(" "));
            while (identifier.find()) {
                if (!EL_WORDS.contains(identifier.group(1))) {
                    name(identifier.group(1), element, named);
                }
            }
        }
    }

    private static void name(String variable, Element element, Map<String, String> named) {
        if (variable != null && !variable.isBlank() && !variable.contains("${")) {
            Element owner = element;
            while (owner.getAttribute("id").isBlank() && owner.getParentNode() instanceof Element parent) {
                owner = parent;
            }
            named.putIfAbsent(variable.strip(), owner.getAttribute("id"));
        }
    }
}
