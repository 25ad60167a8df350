package id.sopflow.deployment;

import java.util.List;
import java.util.Optional;

/**
 * One Camunda Modeler element template of a sopflow building block, as far as sopflow checks it.
 *
 * @param id                 template id ({@code camunda:modelerTemplate})
 * @param version            template version ({@code camunda:modelerTemplateVersion})
 * @param name               the Indonesian name Modeler shows
 * @param appliesTo          the BPMN element types it applies to, e.g. {@code bpmn:ServiceTask}
 * @param delegateExpression the hidden {@code camunda:delegateExpression}, if the template sets one
 * @param requiredProperties names of {@code camunda:property} fields the template marks as not empty
 * @param executionListeners hidden execution listeners' delegate expressions
 * @param taskListeners      task listeners (bean names) the building block needs; templates cannot create them, so
 *                           the diagram must carry them (template {@code metadata.sopflow.taskListeners})
 */
public record ElementTemplate(String id, int version, String name, List<String> appliesTo,
                              Optional<String> delegateExpression, List<String> requiredProperties,
                              List<String> executionListeners, List<String> taskListeners) {
}
