package id.sopflow.sop.sipa;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Organisation;
import id.sopflow.mutubaku.WorkingTimeCalendar;
import id.sopflow.sop.CaseReportDelegate;
import id.sopflow.sop.CaseReportStep;

/**
 * {@code serviceTask_susunRekapBulanan}: composes last month's "Rekap Bulanan SIPA BERMEDSOS" for every desa of the
 * kecamatan that runs the SOP, archives it for the kecamatan (pencatatan: "disimpan sebagai laporan"), and leaves
 * its link and a one-line-per-desa summary for the Camat's task. Measured in SIPA BERMEDSOS's calendar.
 */
@Component("sipaMonthlyRecap")
class SipaMonthlyRecap extends CaseReportDelegate<SipaMonthlyRecapData> {

    private final SipaMonthlyRecapHistory history;
    private final OrganisationDirectory directory;

    SipaMonthlyRecap(CaseReportStep step, SipaMonthlyRecapHistory history, SipaMonthlyRecapRenderer renderer,
                     OrganisationDirectory directory) {
        super(step, renderer::render, "rekap bulanan", SipaRecapVariables.REKAP_ID, SipaRecapVariables.REKAP_URL);
        this.history = history;
        this.directory = directory;
    }

    @Override
    public String processKey(DelegateExecution execution) {
        return SipaRecapVariables.PROCESS_KEY;
    }

    @Override
    public String calendarKey(DelegateExecution execution) {
        return SipaVariables.PROCESS_KEY;
    }

    @Override
    public String unitId(DelegateExecution execution) {
        return kecamatan(directory).id();
    }

    @Override
    public SipaMonthlyRecapData collect(DelegateExecution execution, WorkingTimeCalendar calendar, Instant now) {
        return history.collect(kecamatan(directory), month(execution), calendar.zone());
    }

    @Override
    public String title(DelegateExecution execution, SipaMonthlyRecapData data) {
        return SipaMonthlyRecapRenderer.TITLE + " — " + data.organisasi() + " — " + data.monthName();
    }

    @Override
    public String fileName(DelegateExecution execution, SipaMonthlyRecapData data, String unitId, LocalDate day) {
        return "rekap-bulanan-sipa-bermedsos-" + unitId + "-" + month(execution) + ".pdf";
    }

    @Override
    public void keep(DelegateExecution execution, SipaMonthlyRecapData data) {
        SipaRecapVariables.RINGKASAN_REKAP.set(execution, SipaMonthlyRecapRenderer.summary(data));
    }

    private static YearMonth month(DelegateExecution execution) {
        return YearMonth.parse(SipaRecapVariables.PERIODE_REKAP.require(execution));
    }

    /** The organisation that runs SIPA BERMEDSOS (Kecamatan Paringin), as the organisation file says. */
    static Organisation kecamatan(OrganisationDirectory directory) {
        return directory.sop(SipaVariables.PROCESS_KEY)
                .flatMap(sop -> directory.organisation(sop.organisation()))
                .orElseThrow(() -> new IllegalStateException("SOP " + SipaVariables.PROCESS_KEY
                        + " tidak ada di berkas organisasi"));
    }
}
