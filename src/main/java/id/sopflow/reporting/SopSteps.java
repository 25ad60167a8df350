package id.sopflow.reporting;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import id.sopflow.ExtensionProperties;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

/**
 * Tells history readers and report sources which element of a deployed diagram is a given {@link SopStep}: by its
 * template or its {@code langkah} property, so that renaming the element in Modeler does not silently empty a report.
 * Deployed diagrams never change, so what was read for a process definition is kept.
 */
@Component
public class SopSteps {

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    private final RepositoryService repositoryService;
    private final Map<String, Map<String, Marks>> marksByDefinition = new ConcurrentHashMap<>();

    public SopSteps(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** Whether the element {@code elementId} of process definition {@code processDefinitionId} is the step. */
    public boolean is(String processDefinitionId, String elementId, SopStep step) {
        if (elementId == null) {
            return false;
        }
        Marks marks = processDefinitionId == null ? null
                : marksByDefinition.computeIfAbsent(processDefinitionId, this::read).get(elementId);
        if (marks != null && (step.key().equals(marks.properties().get(SopStep.PROPERTY))
                || step.template() != null && step.template().equals(marks.template()))) {
            return true;
        }
        return step.legacyId().equals(elementId);
    }

    /**
     * The element ids the step has had in every deployed version of the process (and its legacy id): for queries that
     * cannot ask per task, e.g. rows stored with the element id.
     */
    public Set<String> ids(String processKey, SopStep step) {
        Set<String> ids = new TreeSet<>();
        ids.add(step.legacyId());
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).list()) {
            marksByDefinition.computeIfAbsent(definition.getId(), this::read).keySet().stream()
                    .filter(elementId -> is(definition.getId(), elementId, step))
                    .forEach(ids::add);
        }
        return ids;
    }

    private Map<String, Marks> read(String processDefinitionId) {
        Map<String, Marks> marks = new HashMap<>();
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
        if (model == null) {
            return marks;
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            String template = node.getAttributeValueNs(CAMUNDA_NS, "modelerTemplate");
            Map<String, String> properties = ExtensionProperties.of(node);
            if (template != null || !properties.isEmpty()) {
                marks.put(node.getId(), new Marks(Map.copyOf(properties), template));
            }
        }
        return marks;
    }

    /**
     * A template field (extension property) of an element, e.g. the decision variable {@code keputusan} of a review
     * step: what tells two steps of the same template apart without their ids.
     */
    public Optional<String> property(String processDefinitionId, String elementId, String name) {
        if (processDefinitionId == null || elementId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(marksByDefinition.computeIfAbsent(processDefinitionId, this::read).get(elementId))
                .map(marks -> marks.properties().get(name));
    }

    private record Marks(Map<String, String> properties, String template) {
    }
}
