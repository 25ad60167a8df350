package id.sopflow.sop;

import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import id.sopflow.ProcessVariable;

/**
 * An SOP's case-report step as the diagram calls it ({@code ${ppidDisseminationReport}}, …): its {@link CaseReport},
 * archived by the common {@link CaseReportStep}. A subclass is the report's SOP-specific part and nothing else: what
 * it reads, its renderer, and where the archived report's id and link go.
 *
 * @param <D> the report's data
 */
public abstract class CaseReportDelegate<D> implements JavaDelegate, CaseReport<D> {

    private final CaseReportStep step;
    private final Function<D, byte[]> renderer;
    private final String reads;
    private final ProcessVariable<String> idVariable;
    private final ProcessVariable<String> urlVariable;

    /**
     * @param renderer    lays the report's data out as the document
     * @param reads       what the report reads from the history, for the savepoint message
     * @param idVariable  receives the archived report's id
     * @param urlVariable receives its download path
     */
    protected CaseReportDelegate(CaseReportStep step, Function<D, byte[]> renderer, String reads,
                                 ProcessVariable<String> idVariable, ProcessVariable<String> urlVariable) {
        this.step = step;
        this.renderer = renderer;
        this.reads = reads;
        this.idVariable = idVariable;
        this.urlVariable = urlVariable;
    }

    /** For a report whose case keeps only the download path. */
    protected CaseReportDelegate(CaseReportStep step, Function<D, byte[]> renderer, String reads,
                                 ProcessVariable<String> urlVariable) {
        this(step, renderer, reads, null, urlVariable);
    }

    @Override
    public final byte[] render(D data) {
        return renderer.apply(data);
    }

    @Override
    public final String reads() {
        return reads;
    }

    @Override
    public final Optional<ProcessVariable<String>> idVariable() {
        return Optional.ofNullable(idVariable);
    }

    @Override
    public final ProcessVariable<String> urlVariable() {
        return urlVariable;
    }

    @Override
    public final void execute(DelegateExecution execution) {
        step.archive(execution, this);
    }
}
