package id.sopflow.sop.profil;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import id.sopflow.sop.IntakeStep;

/**
 * The Profil kegiatan's part of the common intake ({@code serviceTask_siapkanKegiatan}, right after the Kadis's
 * order, row 1): titles the case from the agenda and the data year, and lists the dinas's kampung/kelurahan for the
 * Kasi's choice at the preparation meeting (row 7). The list comes from the organisation file, never from the browser.
 */
@Component
class ProfilKegiatanIntake implements IntakeStep {

    private final ProfilKampung kampung;

    ProfilKegiatanIntake(ProfilKampung kampung) {
        this.kampung = kampung;
    }

    @Override
    public String processKey() {
        return ProfilVariables.PROCESS_KEY;
    }

    @Override
    public void apply(DelegateExecution execution) {
        String judul = ProfilVariables.JUDUL_KEGIATAN.from(execution).orElse("Pendataan profil kampung/kelurahan");
        String tahun = ProfilVariables.TAHUN_DATA.from(execution).map(year -> " " + year).orElse("");
        ProfilVariables.JUDUL.set(execution, judul + tahun);
        ProfilVariables.PILIHAN_KAMPUNG.set(execution, kampung.optionsJson(execution.getTenantId()));
    }
}
