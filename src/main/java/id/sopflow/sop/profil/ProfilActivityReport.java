package id.sopflow.sop.profil;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import id.sopflow.mutubaku.WorkingTimeCalendar;
import id.sopflow.reporting.ArchivedReport;
import id.sopflow.reporting.NewReport;
import id.sopflow.reporting.ReportArchive;
import id.sopflow.sop.CaseReportDelegate;
import id.sopflow.sop.CaseReportStep;

/**
 * {@code serviceTask_susunLaporanKegiatan} (rows 11–12): composes the activity report as a PDF and the combined
 * Prodeskel worksheet of every verified kampung/kelurahan as CSV, archives both for the dinas's tenant and leaves
 * their download links for the Kadis's form.
 *
 * <p>Needs {@code camunda:asyncBefore="true"}: the report reads the history of the case and of its data collections,
 * which is complete only after that savepoint.
 */
@Component("profilActivityReport")
public class ProfilActivityReport extends CaseReportDelegate<ProfilActivityReportData> {

    private final ProfilActivityHistory history;
    private final ReportArchive reports;

    public ProfilActivityReport(CaseReportStep step, ProfilActivityHistory history,
                                ProfilActivityReportRenderer renderer, ReportArchive reports) {
        super(step, renderer::render, "laporan kegiatan", ProfilVariables.LAPORAN_KEGIATAN_ID,
                ProfilVariables.LAPORAN_KEGIATAN_URL);
        this.history = history;
        this.reports = reports;
    }

    @Override
    public String processKey(DelegateExecution execution) {
        return ProfilVariables.PROCESS_KEY;
    }

    @Override
    public ProfilActivityReportData collect(DelegateExecution execution, WorkingTimeCalendar calendar, Instant now) {
        return history.collect(execution, calendar, now);
    }

    @Override
    public String title(DelegateExecution execution, ProfilActivityReportData data) {
        return ProfilActivityReportRenderer.TITLE + " — " + ProfilVariables.JUDUL.from(execution).orElse("");
    }

    @Override
    public String fileName(DelegateExecution execution, ProfilActivityReportData data, String unitId, LocalDate day) {
        return "laporan-kegiatan-profil-kampung" + year(execution) + "-" + day + ".pdf";
    }

    /** The combined Prodeskel worksheet, archived beside the report. */
    @Override
    public void keep(DelegateExecution execution, ProfilActivityReportData data) {
        ArchivedReport export = reports.archive(new NewReport(ProfilVariables.PROCESS_KEY,
                execution.getProcessInstanceId(), unitId(execution),
                "Ekspor Prodeskel semua kampung/kelurahan — " + ProfilVariables.JUDUL.from(execution).orElse(""),
                "prodeskel-semua-kampung" + year(execution) + ".csv", ProdeskelCsv.CONTENT_TYPE,
                ProdeskelCsv.render(data.verified())));
        ProfilVariables.EKSPOR_GABUNGAN_URL.set(execution, ReportArchive.downloadPath(export.id()));
    }

    private static String year(DelegateExecution execution) {
        return ProfilVariables.TAHUN_DATA.from(execution).map(tahun -> "-" + tahun).orElse("");
    }
}
