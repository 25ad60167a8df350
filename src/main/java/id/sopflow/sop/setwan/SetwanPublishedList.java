package id.sopflow.sop.setwan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Row 4, before the Staf's task: puts what is currently published on the update case. */
@Component("setwanPublishedList")
class SetwanPublishedList implements JavaDelegate {

    private final SetwanPublishedListing listing;

    SetwanPublishedList(SetwanPublishedListing listing) {
        this.listing = listing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SetwanPublishedListing.Listing current = listing.of(execution.getTenantId());
        SetwanVariables.DAFTAR_PUBLIKASI.set(execution, current.text());
        SetwanVariables.JUMLAH_PUBLIKASI.set(execution, current.count());
    }
}
