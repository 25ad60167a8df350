package id.sopflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.apache.ibatis.builder.xml.XMLMapperEntityResolver;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The quick XPath answers exactly what the JDK's answers, on every mapping file of the Camunda engine parsed the way
 * MyBatis parses it, for every element as context and every name test and root path MyBatis uses (and more).
 */
class ChildElementXPathFactoryTest {

    private final XPath jdk = XPathFactory.newDefaultInstance().newXPath();
    private final XPath quick = new ChildElementXPathFactory().newXPath();

    @Test
    void answersLikeTheJdkOnEveryCamundaMappingFile() throws Exception {
        List<Document> documents = camundaMappingFiles();
        assertThat(documents).hasSizeGreaterThan(40);
        int comparisons = 0;
        for (Document document : documents) {
            List<Node> contexts = new ArrayList<>();
            contexts.add(document);
            collectElements(document.getDocumentElement(), contexts, 3);
            Set<String> expressions = new LinkedHashSet<>(List.of("select|insert|update|delete", "selectKey",
                    "/mapper", "/configuration", "/mapper/resultMap", "/mapper/sql", "/mapper/parameterMap",
                    "/mapper/cache-ref", "/configuration/mappers/mapper", "/nothing/here", "include|bind", "foreach"));
            for (Node context : contexts) {
                for (Node child = context.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element element) {
                        expressions.add(element.getNodeName());
                    }
                }
            }
            for (Node context : contexts) {
                for (String expression : expressions) {
                    assertSameAnswers(expression, context);
                    comparisons++;
                }
            }
        }
        assertThat(comparisons).isGreaterThan(5_000);
    }

    @Test
    void leavesEverythingElseToTheJdk() throws Exception {
        Document document = parse("<mapper namespace='x'><select id='a'><selectKey/></select><sql id='b'/>"
                + "<select id='c'/></mapper>", false);
        Element mapper = document.getDocumentElement();
        for (String expression : List.of("select[2]", "@namespace", "select/@id", "*", "//selectKey", "..", ".",
                "select|sql/@id", "select | sql")) {
            assertSameAnswers(expression, mapper);
        }
        assertThat(quick.evaluate("count(select)", mapper, XPathConstants.NUMBER)).isEqualTo(2.0);
        assertThat(quick.evaluate("select/@id", mapper, XPathConstants.STRING)).isEqualTo("a");
        assertThat(quick.evaluate("select", mapper)).isEqualTo(jdk.evaluate("select", mapper));
    }

    @Test
    void aDetachedElementAndNamespacesAnswerAsTheJdkDoes() throws Exception {
        Document plain = parse("<mapper><select id='a'/></mapper>", false);
        Node detached = plain.getDocumentElement().getFirstChild().cloneNode(true);
        assertSameAnswers("/mapper", detached);
        assertSameAnswers("/select", detached);

        Document namespaced = parse("<m:mapper xmlns:m='urn:m' xmlns='urn:d'><select/><m:select/>"
                + "<sql xmlns=''/></m:mapper>", true);
        Element root = namespaced.getDocumentElement();
        for (String expression : List.of("select", "sql", "m:select|select", "/mapper")) {
            if (!expression.contains(":")) {
                assertSameAnswers(expression, root);
            }
        }
        assertThat(((NodeList) quick.evaluate("sql", root, XPathConstants.NODESET)).getLength()).isEqualTo(1);
        assertThat(((NodeList) quick.evaluate("select", root, XPathConstants.NODESET)).getLength()).isZero();
    }

    @Test
    void theEngineInitAloneSeesTheQuickFactory() {
        MapperXPathDuringEngineInit plugin = new MapperXPathDuringEngineInit();
        assertThat(System.getProperty(MapperXPathDuringEngineInit.PROPERTY)).isNull();
        plugin.preInit(null);
        try {
            assertThat(XPathFactory.newInstance()).isInstanceOf(ChildElementXPathFactory.class);
        } finally {
            plugin.postInit(null);
        }
        assertThat(System.getProperty(MapperXPathDuringEngineInit.PROPERTY)).isNull();
        assertThat(XPathFactory.newInstance()).isNotInstanceOf(ChildElementXPathFactory.class);
    }

    @Test
    void twoEnginesBuiltAtOnceLeaveNothingBehind() {
        MapperXPathDuringEngineInit first = new MapperXPathDuringEngineInit();
        MapperXPathDuringEngineInit second = new MapperXPathDuringEngineInit();
        first.preInit(null);
        second.preInit(null);
        first.postInit(null);
        second.postInit(null);
        assertThat(System.getProperty(MapperXPathDuringEngineInit.PROPERTY)).isNull();
    }

    private void assertSameAnswers(String expression, Node context) throws Exception {
        NodeList expected = (NodeList) jdk.evaluate(expression, context, XPathConstants.NODESET);
        NodeList actual = (NodeList) quick.evaluate(expression, context, XPathConstants.NODESET);
        assertThat(actual.getLength()).as("%s on %s", expression, context.getNodeName())
                .isEqualTo(expected.getLength());
        for (int i = 0; i < expected.getLength(); i++) {
            assertThat(actual.item(i)).as("%s on %s, item %d", expression, context.getNodeName(), i)
                    .isSameAs(expected.item(i));
        }
        assertThat(quick.evaluate(expression, context, XPathConstants.NODE))
                .as("first %s on %s", expression, context.getNodeName())
                .isSameAs(jdk.evaluate(expression, context, XPathConstants.NODE));
    }

    /** MyBatis evaluates on the root, its children (statements) and theirs; deeper levels only cost test time. */
    private static void collectElements(Element element, List<Node> into, int levels) {
        into.add(element);
        for (Node child = element.getFirstChild(); child != null && levels > 1; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collectElements(childElement, into, levels - 1);
            }
        }
    }

    /** As MyBatis's XPathParser builds them: validating against the DTD, not namespace-aware, comments dropped. */
    private static List<Document> camundaMappingFiles() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        factory.setNamespaceAware(false);
        factory.setIgnoringComments(true);
        factory.setIgnoringElementContentWhitespace(false);
        factory.setCoalescing(false);
        factory.setExpandEntityReferences(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver(new XMLMapperEntityResolver());
        List<Document> documents = new ArrayList<>();
        try (JarFile jar = new JarFile(engineJar().toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().startsWith("org/camunda/bpm/engine/impl/mapping/")
                        && entry.getName().endsWith(".xml")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        documents.add(builder.parse(in));
                    }
                }
            }
        }
        return documents;
    }

    private static Path engineJar() throws URISyntaxException {
        return Path.of(ProcessEngineConfigurationImpl.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Document parse(String xml, boolean namespaceAware) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(namespaceAware);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
