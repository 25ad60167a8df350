package id.sopflow;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The {@code <camunda:properties>} of a diagram element, by name: how a diagram tells a shared delegate what to work
 * on (the review round's variables, the file to archive, the SOP a system-started process belongs to). Process
 * owners set them in Modeler's "Extension properties".
 */
public final class ExtensionProperties {

    private ExtensionProperties() {
    }

    /** The element's properties; empty for no element or none set. The first of two equal names wins. */
    public static Map<String, String> of(BaseElement element) {
        ExtensionElements extensions = element == null ? null : element.getExtensionElements();
        if (extensions == null) {
            return Map.of();
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> property.getCamundaName() != null && property.getCamundaValue() != null)
                .collect(Collectors.toMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue,
                        (first, second) -> first));
    }
}
