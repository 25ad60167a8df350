package id.sopflow.sop.setwan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.verification.KelengkapanCheck;

/**
 * Completing row 2 with "Ya": the Kabag's direction must say where besides the website the material goes (at
 * least one social-media platform: the SOP publishes on website and social media) and the text to publish must not
 * have been emptied. Runs before {@code reviewRoundRecorder}, which records the round.
 */
@Component("setwanDirectionCheck")
class SetwanDirectionCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!SetwanVariables.MATERI_DITERIMA.from(task).orElse(false)) {
            return;
        }
        boolean anyPlatform = SetwanVariables.MEDSOS.stream()
                .anyMatch(platform -> SetwanVariables.PILIHAN_MEDSOS.get(platform).from(task).orElse(false));
        KelengkapanCheck check = new KelengkapanCheck();
        if (!anyPlatform) {
            check.problem("Pilih sedikitnya satu media sosial (Facebook, Instagram atau YouTube) tempat materi "
                    + "diterbitkan selain website.");
        }
        check.required("Naskah publikasi", SetwanVariables.NASKAH_PUBLIKASI.from(task).orElse(null));
        check.result().refuseIfIncomplete("\n");
    }
}
