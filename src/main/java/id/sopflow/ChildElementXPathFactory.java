package id.sopflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathFactoryConfigurationException;
import javax.xml.xpath.XPathFunctionResolver;
import javax.xml.xpath.XPathVariableResolver;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The JDK's XPath, except that the two forms MyBatis asks for while it reads Camunda's SQL mappings — child elements
 * by name ({@code selectKey}, {@code select|insert|update|delete}) and a path from the document root
 * ({@code /mapper/resultMap}) — are answered by walking the DOM. The JDK builds a fresh table of the whole document
 * up to the context node for every evaluation, so reading a mapping file costs time quadratic in its size: a third of
 * the engine's start-up in the main thread, measured (README "Start and memory"). Everything else, and every result
 * type but node and node set, goes to the JDK's implementation unchanged.
 *
 * <p>Used only while the engine is built ({@link MapperXPathDuringEngineInit}); public with a public constructor
 * because the JDK's factory finder instantiates it by name.
 */
public class ChildElementXPathFactory extends XPathFactory {

    private static final Pattern NAMES = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*(\\|[A-Za-z_][A-Za-z0-9_.-]*)*");
    private static final Pattern ROOT_PATH = Pattern.compile("(/[A-Za-z_][A-Za-z0-9_.-]*)+");

    private final XPathFactory jdk = XPathFactory.newDefaultInstance();

    public ChildElementXPathFactory() {
    }

    @Override
    public boolean isObjectModelSupported(String objectModel) {
        return jdk.isObjectModelSupported(objectModel);
    }

    @Override
    public void setFeature(String name, boolean value) throws XPathFactoryConfigurationException {
        jdk.setFeature(name, value);
    }

    @Override
    public boolean getFeature(String name) throws XPathFactoryConfigurationException {
        return jdk.getFeature(name);
    }

    @Override
    public void setXPathVariableResolver(XPathVariableResolver resolver) {
        jdk.setXPathVariableResolver(resolver);
    }

    @Override
    public void setXPathFunctionResolver(XPathFunctionResolver resolver) {
        jdk.setXPathFunctionResolver(resolver);
    }

    @Override
    public XPath newXPath() {
        return new ChildElementXPath(jdk.newXPath());
    }

    /**
     * The elements the expression selects from the context node, in document order, or null when the expression or
     * the context is not one of the simple forms (then the JDK answers).
     */
    static List<Node> select(String expression, Object context) {
        if (expression == null || !(context instanceof Node node)) {
            return null;
        }
        if (NAMES.matcher(expression).matches()) {
            if (node.getNodeType() != Node.ELEMENT_NODE && node.getNodeType() != Node.DOCUMENT_NODE) {
                return null;
            }
            return children(node, Set.of(expression.split("\\|")));
        }
        if (ROOT_PATH.matcher(expression).matches()) {
            Document document = node.getNodeType() == Node.DOCUMENT_NODE ? (Document) node : node.getOwnerDocument();
            if (document == null || !isInDocument(node)) {
                return null;
            }
            List<Node> current = List.of(document);
            for (String step : expression.substring(1).split("/")) {
                List<Node> next = new ArrayList<>();
                for (Node parent : current) {
                    next.addAll(children(parent, Set.of(step)));
                }
                current = next;
            }
            return current;
        }
        return null;
    }

    /** A node detached from its document has another root, which the JDK would take as the path's start. */
    private static boolean isInDocument(Node node) {
        Node ancestor = node;
        while (ancestor.getParentNode() != null) {
            ancestor = ancestor.getParentNode();
        }
        return ancestor.getNodeType() == Node.DOCUMENT_NODE;
    }

    /** An XPath name test without prefix: an element of that name in no namespace. */
    private static List<Node> children(Node parent, Set<String> names) {
        List<Node> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getNamespaceURI() == null
                    && names.contains(element.getNodeName())) {
                found.add(element);
            }
        }
        return found;
    }

    private record Nodes(List<Node> nodes) implements NodeList {

        @Override
        public Node item(int index) {
            return index >= 0 && index < nodes.size() ? nodes.get(index) : null;
        }

        @Override
        public int getLength() {
            return nodes.size();
        }
    }

    private record ChildElementXPath(XPath jdk) implements XPath {

        @Override
        public Object evaluate(String expression, Object item, QName returnType) throws XPathExpressionException {
            if (XPathConstants.NODESET.equals(returnType) || XPathConstants.NODE.equals(returnType)) {
                List<Node> selected = select(expression, item);
                if (selected != null) {
                    if (XPathConstants.NODESET.equals(returnType)) {
                        return new Nodes(selected);
                    }
                    return selected.isEmpty() ? null : selected.get(0);
                }
            }
            return jdk.evaluate(expression, item, returnType);
        }

        @Override
        public String evaluate(String expression, Object item) throws XPathExpressionException {
            return jdk.evaluate(expression, item);
        }

        @Override
        public Object evaluate(String expression, org.xml.sax.InputSource source, QName returnType)
                throws XPathExpressionException {
            return jdk.evaluate(expression, source, returnType);
        }

        @Override
        public String evaluate(String expression, org.xml.sax.InputSource source) throws XPathExpressionException {
            return jdk.evaluate(expression, source);
        }

        @Override
        public XPathExpression compile(String expression) throws XPathExpressionException {
            return jdk.compile(expression);
        }

        @Override
        public void reset() {
            jdk.reset();
        }

        @Override
        public void setXPathVariableResolver(XPathVariableResolver resolver) {
            jdk.setXPathVariableResolver(resolver);
        }

        @Override
        public XPathVariableResolver getXPathVariableResolver() {
            return jdk.getXPathVariableResolver();
        }

        @Override
        public void setXPathFunctionResolver(XPathFunctionResolver resolver) {
            jdk.setXPathFunctionResolver(resolver);
        }

        @Override
        public XPathFunctionResolver getXPathFunctionResolver() {
            return jdk.getXPathFunctionResolver();
        }

        @Override
        public void setNamespaceContext(NamespaceContext context) {
            jdk.setNamespaceContext(context);
        }

        @Override
        public NamespaceContext getNamespaceContext() {
            return jdk.getNamespaceContext();
        }
    }
}
