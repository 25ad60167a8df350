package id.sopflow.bench;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;

/**
 * The model both engines run in the engine-overhead figure: the shape of a short SOP. Five user tasks, each with
 * a due date and a non-interrupting PT1H timer (the mutu baku) leading to an end event, one Ya/Tidak gateway
 * after the third step (Tidak goes back to it, as a refused review does), and five variables at the start.
 * sopflow's deployment checks accept it (due date, matching timer, a candidate group of the organisation file).
 */
final class SopShapedModel {

    static final String KEY = "bench-sop";
    static final int STEPS = 5;
    /** The gateway's variable: true = Ya. */
    static final String DECISION = "terverifikasi";

    private SopShapedModel() {
    }

    static BpmnModelInstance create() {
        ProcessBuilder process = Bpmn.createExecutableProcess(KEY).name("Benchmark: SOP lima langkah")
                .camundaHistoryTimeToLive(1825);
        AbstractFlowNodeBuilder<?, ?> flow = process.startEvent("event_mulai").name("Mulai");
        for (int step = 1; step <= STEPS; step++) {
            UserTaskBuilder task = flow.userTask("userTask_langkah" + step).name("Langkah " + step)
                    .camundaCandidateGroups("sipa-admin").camundaDueDate("PT1H");
            task.boundaryEvent("timer_langkah" + step).cancelActivity(false).timerWithDuration("PT1H")
                    .endEvent("event_terlambat" + step).name("Terlambat dicatat");
            flow = task;
            if (step == 3) {
                flow = flow.exclusiveGateway("gateway_ya").name("Terverifikasi?")
                        .condition("Tidak", "${!" + DECISION + "}").connectTo("userTask_langkah3")
                        .moveToNode("gateway_ya").condition("Ya", "${" + DECISION + "}");
            }
        }
        return flow.endEvent("event_selesai").name("Selesai").done();
    }
}
