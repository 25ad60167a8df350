package id.sopflow.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks diagrams and forms before the engine sees them. The engine's own failure on a form that is not JSON or a
 * diagram that is not XML names neither the line nor the column; these checks do.
 */
final class ModelFileCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelFileCheck() {
    }

    /** The engine reports BPMN errors with their line itself, but not XML that does not parse at all. */
    static void wellFormedXml(ModelFile diagram) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new ByteArrayInputStream(diagram.content()), new DefaultHandler());
        } catch (SAXParseException e) {
            throw new InvalidModelFileException("Berkas " + diagram.resourceName() + " bukan XML yang sah (baris "
                    + e.getLineNumber() + ", kolom " + e.getColumnNumber() + "): " + e.getMessage());
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new InvalidModelFileException("Berkas " + diagram.resourceName() + " tidak dapat dibaca: "
                    + e.getMessage());
        }
    }

    /** @return the form's id, which {@code camunda:formRef} refers to */
    static String formId(ModelFile form) {
        JsonNode root;
        try {
            root = JSON.readTree(form.content());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null ? "" : " (baris " + at.getLineNr() + ", kolom " + at.getColumnNr() + ")";
            throw new InvalidModelFileException("Berkas formulir forms/" + form.resourceName() + " bukan JSON yang sah"
                    + place + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidModelFileException("Berkas formulir forms/" + form.resourceName() + " tidak dapat dibaca: "
                    + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidModelFileException("Berkas formulir forms/" + form.resourceName()
                    + " harus berisi satu objek JSON Camunda Form.");
        }
        JsonNode id = root.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new InvalidModelFileException("Berkas formulir forms/" + form.resourceName()
                    + " tidak punya \"id\"; camunda:formRef merujuk formulir dengan id tersebut.");
        }
        JsonNode components = root.get("components");
        if (components == null || !components.isArray()) {
            throw new InvalidModelFileException("Berkas formulir forms/" + form.resourceName()
                    + " tidak punya daftar \"components\".");
        }
        return id.asText();
    }
}
