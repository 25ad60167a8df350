package id.sopflow.sop;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.caseheader.CaseHeader;

/**
 * The one link check of every "post by hand and record the link" task ({@code ${publishingLinksCheck}} on
 * {@code complete}, template "Unggah manual dan catat tautan"): each platform of the task needs its link on that
 * platform's own domain, whatever client completes the task ({@link PublishingStep#captureLinks}). Which platforms
 * and where the links go is the SOP's {@link PublishingPlan}, found by the process key.
 */
@Component("publishingLinksCheck")
public class PublishingLinksCheck implements TaskListener {

    private final PublishingStep step;
    private final Map<String, PublishingPlan> plans;

    public PublishingLinksCheck(PublishingStep step, List<PublishingPlan> plans) {
        this.step = step;
        this.plans = plans.stream().collect(Collectors.toMap(PublishingPlan::processKey, Function.identity()));
    }

    @Override
    public void notify(DelegateTask task) {
        String processKey = CaseHeader.processKey(task.getExecution());
        PublishingPlan plan = plans.get(processKey);
        if (plan == null) {
            throw new IllegalStateException("Proses " + processKey + " tidak punya rencana publikasi "
                    + "(PublishingPlan); ${publishingLinksCheck} tidak dapat memeriksa tautannya.");
        }
        step.captureLinks(task, plan);
    }
}
