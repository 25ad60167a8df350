package id.sopflow.sop.profil;

import static id.sopflow.sop.profil.ProfilVariables.KAMPUNG_DIPILIH;
import static id.sopflow.sop.profil.ProfilVariables.NOMOR_SK;
import static id.sopflow.sop.profil.ProfilVariables.NOTULEN_RAPAT_PERSIAPAN;
import static id.sopflow.sop.profil.ProfilVariables.SK_DITANDATANGANI;
import static id.sopflow.sop.profil.ProfilVariables.TANGGAL_RAPAT_PERSIAPAN;
import static id.sopflow.sop.profil.ProfilVariables.TANGGAL_SK;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.verification.InputRefusedException;

/**
 * Completion check of row 7 (the Kasi documents and archives the signed SK and holds the preparation meeting): the
 * SK's number and date, the signed SK as a real PDF/JPEG/PNG, the meeting's date and minutes, and the
 * kampung/kelurahan chosen there — each a kampung/kelurahan of this dinas. Anything missing is refused in Bahasa
 * Indonesia and the task stays open.
 */
@Component("profilPersiapanCheck")
public class ProfilPersiapanCheck implements TaskListener {

    private final ProfilKampung kampung;

    public ProfilPersiapanCheck(ProfilKampung kampung) {
        this.kampung = kampung;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> problems = new ArrayList<>();
        if (NOMOR_SK.from(task).filter(text -> !text.isBlank()).isEmpty()) {
            problems.add("Nomor SK Tim Kegiatan wajib diisi.");
        }
        if (ProfilDocuments.date(task.getVariable(TANGGAL_SK.name())).isEmpty()) {
            problems.add("Tanggal SK wajib diisi (tanggal yang sah).");
        }
        problems.addAll(ProfilDocuments.problemsOf(ProfilDocuments.read(SK_DITANDATANGANI.from(task).orElse(null)),
                "Berkas SK yang sudah ditandatangani"));
        if (ProfilDocuments.date(task.getVariable(TANGGAL_RAPAT_PERSIAPAN.name())).isEmpty()) {
            problems.add("Tanggal rapat persiapan wajib diisi (tanggal yang sah).");
        }
        if (NOTULEN_RAPAT_PERSIAPAN.from(task).filter(text -> !text.isBlank()).isEmpty()) {
            problems.add("Notulen/hasil rapat persiapan wajib diisi.");
        }
        String chosen = KAMPUNG_DIPILIH.from(task).orElse(null);
        problems.addAll(kampung.problemsOf(chosen, task.getTenantId()));
        if (!problems.isEmpty()) {
            throw new InputRefusedException(String.join(" ", problems));
        }
        KAMPUNG_DIPILIH.set(task, kampung.normalised(chosen));
    }
}
