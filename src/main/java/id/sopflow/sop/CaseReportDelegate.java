package id.sopflow.sop;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import id.sopflow.ProcessVariable;
import id.sopflow.reporting.ArchivedReport;

/**
 * An SOP's case-report step as the diagram calls it ({@code ${ppidDisseminationReport}}, …): its {@link CaseReport},
 * archived by the common {@link CaseReportStep}. A subclass is the report's SOP-specific part and nothing else.
 *
 * @param <D> the report's data
 */
public abstract class CaseReportDelegate<D> implements JavaDelegate, CaseReport<D> {

    private final CaseReportStep step;
    private final String reads;
    private final ProcessVariable<String> idVariable;
    private final ProcessVariable<String> urlVariable;

    /**
     * @param reads       what the report reads from the history, for the savepoint message
     * @param idVariable  receives the archived report's id
     * @param urlVariable receives its download path
     */
    protected CaseReportDelegate(CaseReportStep step, String reads, ProcessVariable<String> idVariable,
                                 ProcessVariable<String> urlVariable) {
        this.step = step;
        this.reads = reads;
        this.idVariable = idVariable;
        this.urlVariable = urlVariable;
    }

    @Override
    public final String reads() {
        return reads;
    }

    @Override
    public final ProcessVariable<String> idVariable() {
        return idVariable;
    }

    @Override
    public final ProcessVariable<String> urlVariable() {
        return urlVariable;
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
