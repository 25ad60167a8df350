package id.sopflow.sop.sipa;

import static id.sopflow.sop.sipa.SipaVariables.DESA_ID;
import static id.sopflow.sop.sipa.SipaVariables.LAPORAN_PERKEMBANGAN_ID;
import static id.sopflow.sop.sipa.SipaVariables.LAPORAN_PERKEMBANGAN_URL;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import id.sopflow.caseheader.CaseHeader;
import id.sopflow.mutubaku.WorkingTimeCalendar;
import id.sopflow.sop.CaseReportDelegate;
import id.sopflow.sop.CaseReportStep;

/**
 * {@code serviceTask_susunLaporanPerkembangan} (SOP row 5): composes the "Laporan Perkembangan SIPA BERMEDSOS" of
 * the case as a PDF, archives it (pencatatan: "disimpan sebagai laporan") for the desa's tenant, and leaves its id
 * and download link in {@link SipaVariables#LAPORAN_PERKEMBANGAN_ID} and
 * {@link SipaVariables#LAPORAN_PERKEMBANGAN_URL} for the Kasi's and the Camat's forms.
 *
 * <p>The service task must have {@code camunda:asyncBefore="true"}: the report reads the case's history, and history
 * written in the same transaction is not visible yet, so the step that just ended (or the questions the end of the
 * feedback window just cancelled) would be archived as still open. Without it the step fails instead of archiving a
 * wrong report.
 */
@Component("sipaProgressReport")
public class SipaProgressReport extends CaseReportDelegate<SipaProgressReportData> {

    private final SipaProgressReportHistory history;

    SipaProgressReport(CaseReportStep step, SipaProgressReportHistory history, SipaProgressReportRenderer renderer) {
        super(step, renderer::render, "laporan perkembangan", LAPORAN_PERKEMBANGAN_ID, LAPORAN_PERKEMBANGAN_URL);
        this.history = history;
    }

    @Override
    public String processKey(DelegateExecution execution) {
        return CaseHeader.processKey(execution);
    }

    @Override
    public String unitId(DelegateExecution execution) {
        return execution.getTenantId() != null ? execution.getTenantId() : DESA_ID.from(execution).orElse(null);
    }

    @Override
    public SipaProgressReportData collect(DelegateExecution execution, WorkingTimeCalendar calendar, Instant now) {
        return history.collect(execution, unitId(execution), calendar, now);
    }

    @Override
    public String title(DelegateExecution execution, SipaProgressReportData data) {
        return SipaProgressReportRenderer.TITLE + " — " + data.desa() + " — " + data.judul();
    }

    @Override
    public String fileName(DelegateExecution execution, SipaProgressReportData data, String unitId, LocalDate day) {
        return "laporan-perkembangan-sipa-bermedsos-" + (unitId == null ? "" : unitId + "-") + day + ".pdf";
    }

}
