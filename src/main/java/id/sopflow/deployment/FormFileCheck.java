package id.sopflow.deployment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks a Camunda Form before the engine sees it. The engine's own failure on a broken form names neither the
 * file nor the line; this one does.
 */
final class FormFileCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormFileCheck() {
    }

    /** @return the form's id, which {@code camunda:formRef} refers to */
    static String formId(ModelFile form) {
        JsonNode root;
        try {
            root = JSON.readTree(form.content());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null ? "" : " (baris " + at.getLineNr() + ", kolom " + at.getColumnNr() + ")";
            throw new InvalidModelFileException("Berkas formulir " + form.resourceName() + " bukan JSON yang sah"
                    + place + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new InvalidModelFileException("Berkas formulir " + form.resourceName() + " tidak dapat dibaca: "
                    + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidModelFileException("Berkas formulir " + form.resourceName()
                    + " harus berisi satu objek JSON Camunda Form.");
        }
        JsonNode id = root.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new InvalidModelFileException("Berkas formulir " + form.resourceName()
                    + " tidak punya \"id\"; camunda:formRef merujuk formulir dengan id tersebut.");
        }
        JsonNode components = root.get("components");
        if (components == null || !components.isArray()) {
            throw new InvalidModelFileException("Berkas formulir " + form.resourceName()
                    + " tidak punya daftar \"components\".");
        }
        return id.asText();
    }
}
