package id.sopflow.conformance;

/**
 * One breach of the SOP conventions, printed the way a process owner reads it:
 * {@code processes/sipa-bermedsos.bpmn: userTask_verifikasiLaporan: tidak punya camunda:dueDate ...}.
 *
 * @param file      the diagram, as the process owner knows it ({@code processes/...})
 * @param elementId the element to fix in Modeler, or {@code -} when the file itself cannot be read
 * @param rule      which convention is broken
 * @param message   what is wrong, in Bahasa Indonesia
 */
record Violation(String file, String elementId, ConformanceRule rule, String message) {

    @Override
    public String toString() {
        return file + ": " + elementId + ": " + message;
    }
}
