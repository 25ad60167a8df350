package id.sopflow.sop.profil;

import static id.sopflow.sop.profil.ProfilVariables.KAMPUNG_DIPILIH;
import static id.sopflow.sop.profil.ProfilVariables.NOMOR_SK;
import static id.sopflow.sop.profil.ProfilVariables.NOTULEN_RAPAT_PERSIAPAN;
import static id.sopflow.sop.profil.ProfilVariables.SK_DITANDATANGANI;
import static id.sopflow.sop.profil.ProfilVariables.TANGGAL_RAPAT_PERSIAPAN;
import static id.sopflow.sop.profil.ProfilVariables.TANGGAL_SK;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.verification.KelengkapanCheck;

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
        KelengkapanCheck check = new KelengkapanCheck();
        check.required("Nomor SK Tim Kegiatan", NOMOR_SK.from(task).orElse(null));
        check.requiredDate("Tanggal SK", TANGGAL_SK.from(task).orElse(null));
        ProfilDocuments.checkRequired(check, "Berkas SK yang sudah ditandatangani", SK_DITANDATANGANI.from(task));
        check.requiredDate("Tanggal rapat persiapan", TANGGAL_RAPAT_PERSIAPAN.from(task).orElse(null));
        check.required("Notulen/hasil rapat persiapan", NOTULEN_RAPAT_PERSIAPAN.from(task).orElse(null));
        String chosen = KAMPUNG_DIPILIH.from(task).orElse(null);
        kampung.problemsOf(chosen, task.getTenantId()).forEach(check::problem);
        check.result().refuseIfIncomplete(" ");
        KAMPUNG_DIPILIH.set(task, kampung.normalised(chosen));
    }
}
