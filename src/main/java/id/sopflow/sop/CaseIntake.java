package id.sopflow.sop;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.sopflow.ExtensionProperties;
import id.sopflow.InputRefusedException;
import id.sopflow.caseheader.CaseHeader;

/**
 * The one case intake of every SOP ({@code ${caseIntake}}, template "Catat kasus masuk"): refuses a case whose
 * starter belongs to no organisation or desa (the unit is the case's tenant, never a form field), runs what the SOP
 * adds ({@link IntakeStep}, found by process key), then writes the one case header (unit id, unit name, title, SOP)
 * through {@link CaseHeader}.
 *
 * <p>Works as a service task and as a start execution listener (a process or a first user task without a service
 * task of its own). Two optional extension properties copy the unit under the names an SOP's forms already show:
 * {@value #UNIT_NAME_PROPERTY} (e.g. {@code desa}, {@code organisasi}) and {@value #UNIT_ID_PROPERTY} (e.g.
 * {@code desaId}). Runs again harmlessly when a case comes back to its intake after a fix.
 */
@Component("caseIntake")
public class CaseIntake implements JavaDelegate, ExecutionListener {

    public static final String UNIT_NAME_PROPERTY = "variabelNamaUnit";
    public static final String UNIT_ID_PROPERTY = "variabelIdUnit";

    private final CaseHeader caseHeader;
    private final Map<String, IntakeStep> steps;

    public CaseIntake(CaseHeader caseHeader, List<IntakeStep> steps) {
        this.caseHeader = caseHeader;
        this.steps = steps.stream().collect(Collectors.toMap(IntakeStep::processKey, Function.identity()));
    }

    @Override
    public void execute(DelegateExecution execution) {
        String unitId = execution.getTenantId();
        if (unitId == null) {
            throw new InputRefusedException("Kasus " + caseHeader.sopName(execution) + " hanya dapat dimulai oleh "
                    + "pengguna yang terdaftar pada organisasi atau desanya.");
        }
        IntakeStep step = steps.get(CaseHeader.processKey(execution));
        if (step != null) {
            step.apply(execution);
        }
        Object title = execution.getVariable(CaseHeader.TITLE_VARIABLE);
        caseHeader.set(execution, title == null ? null : title.toString());
        Map<String, String> properties = ExtensionProperties.of(execution.getBpmnModelElementInstance());
        copy(execution, properties.get(UNIT_NAME_PROPERTY), CaseHeader.UNIT.require(execution));
        copy(execution, properties.get(UNIT_ID_PROPERTY), unitId);
    }

    @Override
    public void notify(DelegateExecution execution) {
        execute(execution);
    }

    private static void copy(DelegateExecution execution, String variable, String value) {
        if (variable != null && !variable.isBlank()) {
            execution.setVariable(variable.strip(), value);
        }
    }
}
