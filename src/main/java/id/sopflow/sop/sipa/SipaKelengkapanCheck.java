package id.sopflow.sop.sipa;

import static id.sopflow.sop.sipa.SipaVariables.ALASAN_SELISIH;
import static id.sopflow.sop.sipa.SipaVariables.ANGGARAN;
import static id.sopflow.sop.sipa.SipaVariables.FOTO;
import static id.sopflow.sop.sipa.SipaVariables.JENIS_LAPORAN;
import static id.sopflow.sop.sipa.SipaVariables.JUDUL;
import static id.sopflow.sop.sipa.SipaVariables.LAPORAN_LENGKAP;
import static id.sopflow.sop.sipa.SipaVariables.LOKASI;
import static id.sopflow.sop.sipa.SipaVariables.MASALAH_KELENGKAPAN;
import static id.sopflow.sop.sipa.SipaVariables.PERIODE;
import static id.sopflow.sop.sipa.SipaVariables.PLATFORM_FACEBOOK;
import static id.sopflow.sop.sipa.SipaVariables.PLATFORM_INSTAGRAM;
import static id.sopflow.sop.sipa.SipaVariables.REALISASI;
import static id.sopflow.sop.sipa.SipaVariables.TEKS_KONTEN;
import static id.sopflow.sop.sipa.SipaVariables.URAIAN;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;
import id.sopflow.verification.Kelengkapan;
import id.sopflow.verification.UploadedFile;

/**
 * {@code serviceTask_periksaKelengkapan}: checks the desa's report before the kecamatan sees it. Writes the problems
 * for the "Perbaiki laporan" form and the flag for the gateway "Laporan lengkap?".
 */
@Component("sipaKelengkapanCheck")
public class SipaKelengkapanCheck implements JavaDelegate {

    private final SipaKelengkapanRules rules;

    public SipaKelengkapanCheck(SipaKelengkapanRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SipaReport report = new SipaReport(
                text(JENIS_LAPORAN, execution), text(JUDUL, execution), text(PERIODE, execution),
                text(URAIAN, execution), text(LOKASI, execution),
                ANGGARAN.from(execution).orElse(null), REALISASI.from(execution).orElse(null),
                text(ALASAN_SELISIH, execution), text(TEKS_KONTEN, execution),
                PLATFORM_FACEBOOK.from(execution).orElse(false), PLATFORM_INSTAGRAM.from(execution).orElse(false),
                photos(execution));
        Kelengkapan kelengkapan = rules.check(report);
        MASALAH_KELENGKAPAN.set(execution, kelengkapan.asText());
        LAPORAN_LENGKAP.set(execution, kelengkapan.isComplete());
    }

    private static String text(ProcessVariable<String> variable, DelegateExecution execution) {
        return variable.from(execution).orElse(null);
    }

    private static List<UploadedFile> photos(DelegateExecution execution) {
        return FOTO.stream().map(slot -> slot.from(execution).map(UploadedFile::of).orElse(null))
                .toList();
    }
}
