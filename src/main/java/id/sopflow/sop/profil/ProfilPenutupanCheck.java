package id.sopflow.sop.profil;

import static id.sopflow.sop.profil.ProfilVariables.BERKAS_NOTULEN_PENUTUPAN;
import static id.sopflow.sop.profil.ProfilVariables.NOTULEN_RAPAT_PENUTUPAN;
import static id.sopflow.sop.profil.ProfilVariables.TANGGAL_RAPAT_PENUTUPAN;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.verification.InputRefusedException;

/**
 * Completion check of row 13 (closing meeting): its date, its conclusions and the uploaded minutes as a real
 * PDF/JPEG/PNG. Refused in Bahasa Indonesia while anything is missing.
 */
@Component("profilPenutupanCheck")
public class ProfilPenutupanCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        List<String> problems = new ArrayList<>();
        if (ProfilDocuments.date(task.getVariable(TANGGAL_RAPAT_PENUTUPAN.name())).isEmpty()) {
            problems.add("Tanggal rapat penutupan wajib diisi (tanggal yang sah).");
        }
        if (NOTULEN_RAPAT_PENUTUPAN.from(task).filter(text -> !text.isBlank()).isEmpty()) {
            problems.add("Kesimpulan rapat penutupan wajib diisi.");
        }
        problems.addAll(ProfilDocuments.problemsOf(
                ProfilDocuments.read(BERKAS_NOTULEN_PENUTUPAN.from(task).orElse(null)), "Berkas notulen rapat"));
        if (!problems.isEmpty()) {
            throw new InputRefusedException(String.join(" ", problems));
        }
    }
}
