package id.sopflow.sop;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * An SOP's publishing step as the diagram calls it ({@code ${sipaPublishing}}, …): its {@link PublishingPlan},
 * posted by the common {@link PublishingStep}. A subclass is the plan and nothing else.
 */
public abstract class PublishingDelegate implements JavaDelegate, PublishingPlan {

    private final PublishingStep step;

    protected PublishingDelegate(PublishingStep step) {
        this.step = step;
    }

    @Override
    public final void execute(DelegateExecution execution) {
        step.post(execution, this);
    }
}
