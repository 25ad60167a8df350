package id.sopflow.sop.setwan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import id.sopflow.caseheader.CaseHeader;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.verification.InputRefusedException;

/**
 * Before the first task of a case: the case must belong to the organisation (its tenant comes from the Staf who
 * started it), and it carries the organisation's name for the Tasklist filters' column.
 */
@Component("setwanIntake")
class SetwanIntake implements ExecutionListener {

    private final OrganisationDirectory directory;

    private final CaseHeader caseHeader;

    SetwanIntake(OrganisationDirectory directory, CaseHeader caseHeader) {
        this.directory = directory;
        this.caseHeader = caseHeader;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String tenantId = execution.getTenantId();
        if (tenantId == null) {
            throw new InputRefusedException("Kegiatan Bapinanduan hanya dapat dicatat oleh Staf yang terdaftar pada "
                    + "Sekretariat DPRD.");
        }
        SetwanVariables.DESA.set(execution, directory.tenantName(tenantId).orElse(tenantId));
        caseHeader.set(execution, SetwanVariables.JUDUL.from(execution).orElse(null));
    }
}
