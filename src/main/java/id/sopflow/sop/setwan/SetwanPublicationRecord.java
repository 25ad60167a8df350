package id.sopflow.sop.setwan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import id.sopflow.publishing.Platform;

/**
 * The output of row 3: every link the case published (website first, then the social media in the Kabag's order)
 * goes to {@code tautanPublikasi}, one per line, and to {@code SOPFLOW_SETWAN_PUBLIKASI}, where the periodic update
 * finds what is currently published. Runs in the case's last transaction, so only finished cases are listed.
 */
@Component("setwanPublicationRecord")
class SetwanPublicationRecord implements JavaDelegate {

    private final SetwanPublicationRepository repository;

    SetwanPublicationRecord(SetwanPublicationRepository repository) {
        this.repository = repository;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        String judul = SetwanVariables.JUDUL.require(execution);
        List<Platform> order = new ArrayList<>(List.of(Platform.WEBSITE));
        order.addAll(SetwanVariables.MEDSOS);
        List<String> links = new ArrayList<>();
        for (Platform platform : order) {
            SetwanVariables.TAUTAN.get(platform).from(execution).filter(link -> !link.isBlank()).ifPresent(link -> {
                links.add(link);
                repository.insert(new SetwanPublication(execution.getProcessInstanceId(), platform, link,
                        execution.getTenantId(), judul, now));
            });
        }
        SetwanVariables.TAUTAN_PUBLIKASI.set(execution, String.join("\n", links));
    }
}
