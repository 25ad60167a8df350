package id.sopflow.verification;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import id.sopflow.ExtensionProperties;

import id.sopflow.InputRefusedException;

/**
 * Records a round when a review task completes, and refuses a completion without a decision or a Tidak without a
 * reason ({@link InputRefusedException}: the task stays open, nothing is saved).
 *
 * <p>Which variables hold the decision is declared on the user task itself, as extension properties (Modeler:
 * Extension properties), and read from the deployed model at every completion. The bean keeps no state, so one
 * singleton serves every review step of every SOP at once (field injection would write into the shared bean):
 * <pre>{@code
 * <bpmn:extensionElements>
 *   <camunda:properties>
 *     <camunda:property name="keputusan" value="terverifikasi" />    <!-- Boolean: true = Ya, false = Tidak -->
 *     <camunda:property name="alasan" value="alasanPenolakan" />     <!-- String, required when Tidak -->
 *     <camunda:property name="putaran" value="putaranVerifikasi" />  <!-- optional: gets the round number -->
 *   </camunda:properties>
 *   <camunda:taskListener event="complete" delegateExpression="${reviewRoundRecorder}" />
 * </bpmn:extensionElements>
 * }</pre>
 */
@Component("reviewRoundRecorder")
public class ReviewRoundRecorder implements TaskListener {

    /** Names the Boolean variable with the decision: true is Ya, false is Tidak. */
    public static final String DECISION_PROPERTY = "keputusan";
    /** Names the String variable with the reason for a Tidak. */
    public static final String REASON_PROPERTY = "alasan";
    /** Optional: names an Integer variable that is set to the number of the round just decided. */
    public static final String ROUND_PROPERTY = "putaran";

    private final ReviewRounds reviewRounds;

    public ReviewRoundRecorder(ReviewRounds reviewRounds) {
        this.reviewRounds = reviewRounds;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            throw new ProcessEngineException("reviewRoundRecorder hanya untuk event complete, bukan "
                    + task.getEventName() + " (tugas " + task.getTaskDefinitionKey() + ").");
        }
        Map<String, String> properties = ExtensionProperties.of(task.getBpmnModelElementInstance());
        String decisionVariable = declared(properties, DECISION_PROPERTY, task);
        String reasonVariable = declared(properties, REASON_PROPERTY, task);

        Object decision = task.getVariable(decisionVariable);
        if (decision == null) {
            throw new InputRefusedException("Keputusan \"" + task.getName() + "\" wajib dipilih: Ya atau Tidak.");
        }
        if (!(decision instanceof Boolean approved)) {
            throw new ProcessEngineException("Variabel keputusan " + decisionVariable + " pada tugas "
                    + task.getTaskDefinitionKey() + " harus Boolean (Ya/Tidak), bukan "
                    + decision.getClass().getSimpleName() + ": periksa formulirnya.");
        }
        Object reason = task.getVariable(reasonVariable);
        ReviewRound round = reviewRounds.record(task.getId(), task.getProcessInstanceId(),
                task.getTaskDefinitionKey(), task.getTenantId(), reviewerOf(task),
                ClockUtil.getCurrentTime().toInstant(), approved, reason == null ? null : reason.toString());

        String roundVariable = properties.get(ROUND_PROPERTY);
        if (roundVariable != null && !roundVariable.isBlank()) {
            task.setVariable(roundVariable.strip(), round.round());
        }
    }

    private static String reviewerOf(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null
                ? authentication.getUserId() : task.getAssignee();
    }

    private static String declared(Map<String, String> properties, String name, DelegateTask task) {
        String variable = properties.get(name);
        if (variable == null || variable.isBlank()) {
            throw new ProcessEngineException("Tugas peninjauan " + task.getTaskDefinitionKey()
                    + " belum menyebut variabel " + name + ": tambahkan extension property <camunda:property name=\""
                    + name + "\" value=\"namaVariabel\" /> pada diagramnya.");
        }
        return variable.strip();
    }
}
