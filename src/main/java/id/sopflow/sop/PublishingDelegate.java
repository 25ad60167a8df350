package id.sopflow.sop;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * An SOP's publishing step as the diagram calls it ({@code ${sipaPublishing}}, …): its {@link PublishingPlan},
 * posted by the common {@link PublishingStep}. A subclass names its process and the error that reaches its manual
 * task, and is otherwise the plan and nothing else.
 */
public abstract class PublishingDelegate implements JavaDelegate, PublishingPlan {

    private final PublishingStep step;
    private final String processKey;
    private final String manualErrorCode;

    /**
     * @param processKey      the process whose publishing steps and manual tasks the plan serves
     * @param manualErrorCode the error the diagram catches on the publishing step to reach the manual task
     */
    protected PublishingDelegate(PublishingStep step, String processKey, String manualErrorCode) {
        this.step = step;
        this.processKey = processKey;
        this.manualErrorCode = manualErrorCode;
    }

    @Override
    public final String processKey() {
        return processKey;
    }

    @Override
    public final String manualErrorCode() {
        return manualErrorCode;
    }

    @Override
    public final void execute(DelegateExecution execution) {
        step.post(execution, this);
    }
}
