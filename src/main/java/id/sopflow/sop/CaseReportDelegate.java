package id.sopflow.sop;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import id.sopflow.reporting.ArchivedReport;

/**
 * An SOP's case-report step as the diagram calls it ({@code ${ppidDisseminationReport}}, …): its {@link CaseReport},
 * archived by the common {@link CaseReportStep}. A subclass is the report's SOP-specific part and nothing else.
 *
 * @param <D> the report's data
 */
public abstract class CaseReportDelegate<D> implements JavaDelegate, CaseReport<D> {

    private final CaseReportStep step;

    protected CaseReportDelegate(CaseReportStep step) {
        this.step = step;
    }

    @Override
    public void execute(DelegateExecution execution) {
        archive(execution);
    }

    /** Archives the report; for an SOP that archives something beside it. */
    protected ArchivedReport archive(DelegateExecution execution) {
        return step.archive(execution, this);
    }
}
