package id.sopflow.caseheader;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.mutubaku.LateSteps;

/**
 * Which case it is, said the same way by every SOP: the unit it belongs to (a desa or kampung, or the organisation
 * itself) by tenant id and name, the case's title (judul) and the SOP's name. Every SOP's intake calls
 * {@link #set}; a process without its own intake (the Profil pendataan per kampung) uses the bean as a start
 * execution listener, {@code <camunda:executionListener event="start" delegateExpression="${caseHeader}" />}, which
 * takes the title from the variable {@code judul}.
 *
 * <p>Every user task gets a copy of the header as task-local variables ({@link CaseHeaderOnTasks}): that is what
 * Tasklist's cards show, and a worker may read a task's own variables wherever they may read the task, without any
 * read right on the process instance.
 */
@Component("caseHeader")
public class CaseHeader implements ExecutionListener {

    public static final ProcessVariable<String> UNIT_ID = ProcessVariable.string("kasusUnitId");
    public static final ProcessVariable<String> UNIT = ProcessVariable.string("kasusUnit");
    public static final ProcessVariable<String> JUDUL = ProcessVariable.string("kasusJudul");
    public static final ProcessVariable<String> SOP = ProcessVariable.string("kasusSop");

    /**
     * The variables {@link CaseHeaderOnTasks} copies onto every user task: derived from the case's own variables and
     * the task's due date, kept for Tasklist's cards while the task is open, and left out of history
     * ({@code id.sopflow.HistoryWorthKeeping}): the case's variables and the task's due date are there already.
     */
    public static final Set<String> TASK_COPIES = Set.of(UNIT_ID.name(), UNIT.name(), JUDUL.name(), SOP.name(),
            LateSteps.DUE_WORDS_VARIABLE);

    /** The title variable a start listener reads. */
    static final String TITLE_VARIABLE = "judul";

    private final OrganisationDirectory directory;

    public CaseHeader(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /**
     * Sets the header of the case. The unit is the case's tenant: sopflow never takes it from a form.
     *
     * @param title the case's title as its starter wrote it; blank gives the SOP's name alone
     */
    public void set(DelegateExecution execution, String title) {
        String unitId = execution.getTenantId();
        if (unitId != null) {
            UNIT_ID.set(execution, unitId);
            UNIT.set(execution, directory.tenantName(unitId).orElse(unitId));
        }
        String sopName = sopName(execution);
        SOP.set(execution, sopName);
        JUDUL.set(execution, title == null || title.isBlank() ? sopName : title.strip());
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object title = execution.getVariable(TITLE_VARIABLE);
        set(execution, title == null ? null : title.toString());
    }

    /** Copies the case's header onto a scope of its own (a task), for readers of that scope alone. */
    static void copy(VariableScope from, VariableScope to) {
        for (ProcessVariable<String> variable : java.util.List.of(UNIT_ID, UNIT, JUDUL, SOP)) {
            variable.from(from).ifPresent(value -> to.setVariableLocal(variable.name(), value));
        }
    }

    private String sopName(DelegateExecution execution) {
        String processKey = execution.getProcessDefinitionId() == null ? null
                : execution.getProcessDefinitionId().split(":")[0];
        return directory.sop(processKey).map(sop -> sop.name())
                .orElseGet(() -> execution.getProcessEngineServices().getRepositoryService()
                        .getProcessDefinition(execution.getProcessDefinitionId()).getName());
    }
}
