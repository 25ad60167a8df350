package id.sopflow.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Deploying a diagram must not run Java of the deployer's choosing on the server: a process owner (group
 * {@code pemilik-proses}) may deploy, but is no administrator of the machine. Refused, wherever they occur:
 * <ul>
 * <li>script tasks, {@code camunda:script} (listeners, input/output mappings) and conditions in a script language;</li>
 * <li>{@code camunda:class} and {@code camunda:variableMappingClass} (any Java class on the classpath), and
 * {@code camunda:connector};</li>
 * <li>any expression beyond {@link ExpressionAllowList#DIAGRAMS} — in delegate expressions, listeners, conditions,
 * timers, due dates, input/output mappings, candidate groups, everywhere the engine evaluates one.</li>
 * </ul>
 * The whole document is read, not a list of known attributes, so an attribute the engine evaluates and this class
 * does not know of is still covered. Documentation and text annotations are only text and are skipped.
 */
@Component
class NoCodeInDiagrams implements DeploymentCheck {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Set<String> DIAGRAM_INTERCHANGE = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
            "http://www.omg.org/spec/DD/20100524/DI", "http://www.omg.org/spec/DD/20100524/DC");
    private static final Set<String> SCRIPT_LANGUAGE_ATTRIBUTES = Set.of("language", "scriptFormat");

    @Override
    public List<String> problems(String resourceName, BpmnModelInstance model) {
        List<String> problems = new ArrayList<>();
        Node document = model.getDocument().getDomSource().getNode();
        Element root = document instanceof org.w3c.dom.Document d ? d.getDocumentElement() : (Element) document;
        visit(root, "definitions", problems);
        return problems;
    }

    private void visit(Element element, String parentOwner, List<String> problems) {
        String owner = element.hasAttribute("id") ? element.getAttribute("id") : parentOwner;
        String namespace = element.getNamespaceURI();
        String name = element.getLocalName();
        if (DIAGRAM_INTERCHANGE.contains(namespace)) {
            return;
        }
        if (BPMN.equals(namespace) && (name.equals("documentation") || name.equals("text"))) {
            return;
        }
        if (BPMN.equals(namespace) && name.equals("scriptTask")) {
            problems.add(owner + ": script task tidak diizinkan; gunakan service task dengan delegateExpression "
                    + "bean sopflow.");
        }
        if (CAMUNDA.equals(namespace) && name.equals("script")) {
            problems.add(owner + ": camunda:script tidak diizinkan (skrip dijalankan di server).");
        }
        if (CAMUNDA.equals(namespace) && name.equals("connector")) {
            problems.add(owner + ": camunda:connector tidak diizinkan.");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            // camunda:class on a BPMN element, plain class="..." on a Camunda extension element (listeners).
            boolean camundaAttribute = CAMUNDA.equals(attribute.getNamespaceURI())
                    || (attribute.getNamespaceURI() == null && CAMUNDA.equals(namespace));
            if (camundaAttribute && attributeName.toLowerCase(Locale.ROOT).endsWith("class")) {
                problems.add(owner + ": camunda:" + attributeName + " tidak diizinkan (kelas Java sembarang); "
                        + "gunakan camunda:delegateExpression dengan bean sopflow melalui element template.");
            } else if (SCRIPT_LANGUAGE_ATTRIBUTES.contains(attributeName) && !attribute.getValue().isBlank()
                    && !attribute.getValue().equalsIgnoreCase("juel")) {
                problems.add(owner + ": bahasa skrip '" + attribute.getValue() + "' tidak diizinkan.");
            }
            ExpressionAllowList.DIAGRAMS.problemsIn(attribute.getValue()).forEach(problem ->
                    problems.add(owner + " (" + attribute.getName() + "): " + problem));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                visit(childElement, owner, problems);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                ExpressionAllowList.DIAGRAMS.problemsIn(child.getNodeValue()).forEach(problem ->
                        problems.add(owner + " (" + element.getNodeName() + "): " + problem));
            }
        }
    }
}
