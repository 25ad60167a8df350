package id.sopflow.sop.profil;

import static id.sopflow.sop.profil.ProfilVariables.BERKAS_NOTULEN_PENUTUPAN;
import static id.sopflow.sop.profil.ProfilVariables.NOTULEN_RAPAT_PENUTUPAN;
import static id.sopflow.sop.profil.ProfilVariables.TANGGAL_RAPAT_PENUTUPAN;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.verification.KelengkapanCheck;

/**
 * Completion check of row 13 (closing meeting): its date, its conclusions and the uploaded minutes as a real
 * PDF/JPEG/PNG. Refused in Bahasa Indonesia while anything is missing.
 */
@Component("profilPenutupanCheck")
public class ProfilPenutupanCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        KelengkapanCheck check = new KelengkapanCheck();
        check.requiredDate("Tanggal rapat penutupan", TANGGAL_RAPAT_PENUTUPAN.from(task).orElse(null));
        check.required("Kesimpulan rapat penutupan", NOTULEN_RAPAT_PENUTUPAN.from(task).orElse(null));
        ProfilDocuments.checkRequired(check, "Berkas notulen rapat", BERKAS_NOTULEN_PENUTUPAN.from(task));
        check.result().refuseIfIncomplete(" ");
    }
}
