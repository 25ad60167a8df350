package id.sopflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * A step that reads the case's own history (a report, an export) must start after a savepoint: only then is the
 * history of the steps before it written. Without {@code camunda:asyncBefore} it would read an incomplete case, so
 * it refuses, and the user's completion of the step before is rolled back with the message.
 */
public final class HistorySavepoint {

    private HistorySavepoint() {
    }

    /** @param reads what the step reads from the history, e.g. "laporan perkembangan" */
    public static void require(DelegateExecution execution, String reads) {
        if (!(execution.getBpmnModelElementInstance() instanceof FlowNode step) || !step.isCamundaAsyncBefore()) {
            throw new IllegalStateException("Langkah " + execution.getCurrentActivityId() + " harus diberi "
                    + "camunda:asyncBefore=\"true\" (Asynchronous before di Modeler): " + reads + " dibaca dari "
                    + "riwayat kasus, yang baru lengkap setelah titik simpan itu.");
        }
    }
}
