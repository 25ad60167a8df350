package id.sopflow.sop.setwan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import id.sopflow.InputRefusedException;

/**
 * Row 4, before the Staf's task: puts what is currently published on the update case. Only sopflow's schedule starts
 * an update ({@link SetwanPeriodicUpdates}): a user who sends the start message through the REST API is refused, so
 * that updates cannot pile up past the schedule's check for an open one.
 */
@Component("setwanPublishedList")
class SetwanPublishedList implements JavaDelegate {

    private final SetwanPublishedListing listing;

    SetwanPublishedList(SetwanPublishedListing listing) {
        this.listing = listing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (starter == null || !SetwanPeriodicUpdates.SYSTEM_USER.equals(starter.getUserId())) {
            throw new InputRefusedException("Pembaruan berkala hanya dimulai oleh jadwal sopflow "
                    + "(sopflow.setwan.pembaruan-berkala.jadwal), tidak oleh pengguna.");
        }
        SetwanPublishedListing.Listing current = listing.of(execution.getTenantId());
        SetwanVariables.DAFTAR_PUBLIKASI.set(execution, current.text());
        SetwanVariables.JUMLAH_PUBLIKASI.set(execution, current.count());
    }
}
