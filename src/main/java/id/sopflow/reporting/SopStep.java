package id.sopflow.reporting;

/**
 * A step of an SOP as Java code refers to it, without depending on its element id, which a process owner may rename
 * in Camunda Modeler (issue 17 §4). An element is this step when it carries the step's element template
 * ({@code camunda:modelerTemplate}), or the extension property {@code langkah} with the step's key (Modeler:
 * Extension properties), or, for diagrams deployed before either existed, the element id it always had.
 *
 * @param key       the value of the extension property {@code langkah}, e.g. {@code tanggapiPertanyaan}
 * @param template  the element template only this step uses in its diagram, or {@code null}
 * @param legacyId  the element id of older deployed versions
 */
public record SopStep(String key, String template, String legacyId) {

    /** The extension property that names a step for Java, whatever the element's id. */
    public static final String PROPERTY = "langkah";
}
