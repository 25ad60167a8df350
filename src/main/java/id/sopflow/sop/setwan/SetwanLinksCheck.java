package id.sopflow.sop.setwan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;
import id.sopflow.publishing.Platform;
import id.sopflow.publishing.PlatformLinks;

/**
 * Completing a manual publishing task of row 3 requires the link of every platform of its branch, each a web
 * address on that platform's own domain (the website: Sekretariat DPRD's domain from
 * {@code sopflow.publishing.website.domains}). Checked whatever client completes the task; the message is for staff.
 */
@Component("setwanLinksCheck")
class SetwanLinksCheck implements TaskListener {

    private final PlatformLinks links;

    SetwanLinksCheck(PlatformLinks links) {
        this.links = links;
    }

    @Override
    public void notify(DelegateTask task) {
        String kanal = SetwanVariables.KANAL.require(task);
        for (Platform platform : SetwanPublishing.platformsOf(kanal, task.getExecution())) {
            ProcessVariable<String> link = SetwanVariables.TAUTAN.get(platform);
            String value = link.from(task).orElse(null);
            links.requireOnPlatform(platform, task.getTenantId(), value);
            task.getExecution().setVariable(link.name(), value.strip());
        }
    }
}
