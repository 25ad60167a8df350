package id.sopflow.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.sopflow.ExtensionProperties;
import id.sopflow.sop.RequiredFieldsCheck;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;

/**
 * Every sopflow building block in a diagram is placed through its element template (GUIDE §3), so that Modeler shows
 * its Indonesian name and fields and a process owner cannot half-configure it. For each flow node this checks:
 * <ul>
 * <li>a service task calling a bean, or a flow node with task or execution listeners, names a template
 * ({@code camunda:modelerTemplate}) that exists in that version;</li>
 * <li>the element is of a type the template applies to, and carries what the template sets: its delegate expression,
 * its execution listeners, the task listeners the building block needs, and a value for every required field;</li>
 * <li>required fields it declares for {@link RequiredFieldsCheck} ({@code isianWajib}) read as "variabel = Label".</li>
 * </ul>
 */
public final class TemplateRules {

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    private final ElementTemplates templates;
    private final boolean templateRequired;

    /** All rules: what {@code SopConformanceTest} holds {@code processes/} to. */
    public TemplateRules(ElementTemplates templates) {
        this(templates, true);
    }

    /**
     * @param templateRequired whether a building block without any template is a problem; at deployment it is not
     *                         (a test or hand-written diagram may call a bean directly), but a template that is used
     *                         must be used completely
     */
    public TemplateRules(ElementTemplates templates, boolean templateRequired) {
        this.templates = templates;
        this.templateRequired = templateRequired;
    }

    /** One problem per element and breach, each starting with the element's id; empty when the diagram conforms. */
    public List<Problem> check(BpmnModelInstance model) {
        List<Problem> problems = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            check(node, problems);
        }
        return problems;
    }

    /** @param elementId the element concerned; @param message what is wrong, in Bahasa Indonesia */
    public record Problem(String elementId, String message) {
        @Override
        public String toString() {
            return elementId + ": " + message;
        }
    }

    private void check(FlowNode node, List<Problem> problems) {
        String delegate = node instanceof ServiceTask task ? task.getCamundaDelegateExpression() : null;
        List<String> taskListeners = taskListeners(node);
        List<String> executionListeners = executionListeners(node);
        String templateId = node.getAttributeValueNs(CAMUNDA_NS, "modelerTemplate");
        boolean buildingBlock = delegate != null || !taskListeners.isEmpty() || !executionListeners.isEmpty();
        if (templateId == null) {
            if (buildingBlock && templateRequired) {
                String hint = Optional.ofNullable(delegate).flatMap(templates::forDelegate)
                        .map(t -> "; pakai templat \"" + t.name() + "\"").orElse("");
                problems.add(new Problem(node.getId(), "blok bangunan sopflow tanpa templat elemen "
                        + "(camunda:modelerTemplate)" + hint + ". Di Camunda Modeler: pilih elemen, lalu "
                        + "Template → Select"));
            }
            return;
        }
        String versionText = node.getAttributeValueNs(CAMUNDA_NS, "modelerTemplateVersion");
        Integer version = parse(versionText);
        Optional<ElementTemplate> found = templates.find(templateId, version);
        if (found.isEmpty()) {
            problems.add(new Problem(node.getId(), "templat elemen \"" + templateId + "\""
                    + (versionText == null ? "" : " versi " + versionText) + " tidak dikenal sopflow"));
            return;
        }
        ElementTemplate template = found.get();
        String type = "bpmn:" + Character.toUpperCase(node.getElementType().getTypeName().charAt(0))
                + node.getElementType().getTypeName().substring(1);
        if (!template.appliesTo().contains(type)) {
            problems.add(new Problem(node.getId(), "templat \"" + template.name() + "\" hanya untuk "
                    + String.join(", ", template.appliesTo()) + ", bukan " + type));
        }
        template.delegateExpression().filter(expected -> !expected.equals(delegate)).ifPresent(expected ->
                problems.add(new Problem(node.getId(), "templat \"" + template.name() + "\" memanggil " + expected
                        + ", elemen ini " + (delegate == null ? "tidak memanggil apa pun" : "memanggil " + delegate)
                        + "; terapkan ulang templatnya")));
        for (String listener : template.executionListeners()) {
            if (!executionListeners.contains(listener)) {
                problems.add(new Problem(node.getId(), "templat \"" + template.name() + "\" memerlukan pendengar "
                        + "eksekusi " + listener + "; terapkan ulang templatnya"));
            }
        }
        for (String bean : template.taskListeners()) {
            if (!taskListeners.contains(bean)) {
                problems.add(new Problem(node.getId(), "templat \"" + template.name() + "\" memerlukan pendengar "
                        + "tugas complete ${" + bean + "} (Modeler: Task listeners); tanpa itu pemeriksaannya hilang"));
            }
        }
        Map<String, String> properties = ExtensionProperties.of(node);
        for (String name : template.requiredProperties()) {
            String value = properties.get(name);
            if (value == null || value.isBlank()) {
                problems.add(new Problem(node.getId(), "isian wajib \"" + name + "\" dari templat \""
                        + template.name() + "\" kosong"));
            }
        }
        String requiredFields = properties.get(RequiredFieldsCheck.FIELDS_PROPERTY);
        if (requiredFields != null && !requiredFields.isBlank()) {
            try {
                RequiredFieldsCheck.fields(requiredFields);
            } catch (IllegalArgumentException badDeclaration) {
                problems.add(new Problem(node.getId(), badDeclaration.getMessage()));
            }
        }
    }

    private static Integer parse(String version) {
        try {
            return version == null ? null : Integer.valueOf(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<String> taskListeners(BaseElement element) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return List.of();
        }
        return extensions.getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
                .map(CamundaTaskListener::getCamundaDelegateExpression)
                .filter(expression -> expression != null && expression.startsWith("${") && expression.endsWith("}"))
                .map(expression -> expression.substring(2, expression.length() - 1).trim())
                .toList();
    }

    private static List<String> executionListeners(BaseElement element) {
        ExtensionElements extensions = element.getExtensionElements();
        if (extensions == null) {
            return List.of();
        }
        return extensions.getElementsQuery().filterByType(CamundaExecutionListener.class).list().stream()
                .map(CamundaExecutionListener::getCamundaDelegateExpression)
                .filter(expression -> expression != null)
                .toList();
    }
}
