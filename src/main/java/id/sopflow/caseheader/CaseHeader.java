package id.sopflow.caseheader;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;
import id.sopflow.identity.OrganisationDirectory;

/**
 * Which case it is, said the same way by every SOP: the unit it belongs to (a desa or kampung, or the organisation
 * itself) by tenant id and name, the case's title (judul) and the SOP's name. Written by the one case intake of
 * every SOP, {@link id.sopflow.sop.CaseIntake} ({@code ${caseIntake}}), which takes the title from the variable
 * {@value #TITLE_VARIABLE}.
 *
 * <p>Every user task gets a copy of the header as task-local variables ({@link CaseHeaderOnTasks}): that is what
 * Tasklist's cards show, and a worker may read a task's own variables wherever they may read the task, without any
 * read right on the process instance.
 */
@Component
public class CaseHeader {

    public static final ProcessVariable<String> UNIT_ID = ProcessVariable.string("kasusUnitId");
    public static final ProcessVariable<String> UNIT = ProcessVariable.string("kasusUnit");
    public static final ProcessVariable<String> JUDUL = ProcessVariable.string("kasusJudul");
    public static final ProcessVariable<String> SOP = ProcessVariable.string("kasusSop");

    /** The header's variables: computed by the intake in every process, never written by a form. */
    public static final List<ProcessVariable<String>> HEADER = List.of(UNIT_ID, UNIT, JUDUL, SOP);

    /** The variable every SOP keeps its case's title in. */
    public static final String TITLE_VARIABLE = "judul";

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

    /** Copies the case's header onto a scope of its own (a task), for readers of that scope alone. */
    static void copy(VariableScope from, VariableScope to) {
        for (ProcessVariable<String> variable : HEADER) {
            variable.from(from).ifPresent(value -> to.setVariableLocal(variable.name(), value));
        }
    }

    /** The SOP's name as the organisation file gives it, else the process's name. */
    public String sopName(DelegateExecution execution) {
        ProcessDefinition definition = definition(execution);
        return directory.sop(definition.getKey()).map(sop -> sop.name()).orElseGet(definition::getName);
    }

    /**
     * The key of the execution's process. Not the definition id's prefix: the engine drops the "key:version:" prefix
     * when the id would exceed 64 characters ({@code ppid-penyebarluasan-informasi} does).
     */
    public static String processKey(DelegateExecution execution) {
        return definition(execution).getKey();
    }

    /**
     * The engine's own execution holds its parsed definition from the deployment cache: asking the repository service
     * instead ran a nested command on every task creation, which under a logged-in user also ran the engine's
     * authorization look-up for the definition (and sopflow's per-command interceptors) again.
     */
    private static ProcessDefinition definition(DelegateExecution execution) {
        if (execution instanceof ExecutionEntity entity && entity.getProcessDefinition() != null) {
            return entity.getProcessDefinition();
        }
        return execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId());
    }
}
