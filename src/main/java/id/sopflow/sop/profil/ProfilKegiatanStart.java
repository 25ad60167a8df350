package id.sopflow.sop.profil;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.sopflow.caseheader.CaseHeader;

/**
 * {@code serviceTask_siapkanKegiatan}: right after the Kadis's order (row 1), names the case for Tasklist and
 * lists the dinas's kampung/kelurahan for the Kasi's choice at the preparation meeting (row 7). The list comes from
 * the organisation file, never from the browser.
 */
@Component("profilKegiatanStart")
public class ProfilKegiatanStart implements JavaDelegate {

    private final ProfilKampung kampung;
    private final CaseHeader caseHeader;

    public ProfilKegiatanStart(ProfilKampung kampung, CaseHeader caseHeader) {
        this.kampung = kampung;
        this.caseHeader = caseHeader;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String judul = ProfilVariables.JUDUL_KEGIATAN.from(execution).orElse("Pendataan profil kampung/kelurahan");
        String tahun = ProfilVariables.TAHUN_DATA.from(execution).map(year -> " " + year).orElse("");
        ProfilVariables.JUDUL.set(execution, judul + tahun);
        caseHeader.set(execution, judul + tahun);
        ProfilVariables.PILIHAN_KAMPUNG.set(execution, kampung.optionsJson(execution.getTenantId()));
    }
}
