package id.sopflow.sop.profil;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import id.sopflow.reporting.HistorySavepoint;
import id.sopflow.identity.AsSystem;
import id.sopflow.mutubaku.MutuBakuCalendars;
import id.sopflow.mutubaku.WorkingTimeCalendar;
import id.sopflow.reporting.ArchivedReport;
import id.sopflow.reporting.NewReport;
import id.sopflow.reporting.ReportArchive;

/**
 * {@code serviceTask_susunLaporanKegiatan} (rows 11–12): composes the activity report as a PDF and the combined
 * Prodeskel worksheet of every verified kampung/kelurahan as CSV, archives both for the dinas's tenant and leaves
 * their download links for the Kadis's form.
 *
 * <p>Needs {@code camunda:asyncBefore="true"}: the report reads the history of the case and of its data collections,
 * which is complete only after that savepoint.
 */
@Component("profilActivityReport")
public class ProfilActivityReport implements JavaDelegate {

    private final ProfilActivityHistory history;
    private final ProfilActivityReportRenderer renderer;
    private final ReportArchive archive;
    private final MutuBakuCalendars calendars;
    private final IdentityService identityService;

    public ProfilActivityReport(ProfilActivityHistory history, ProfilActivityReportRenderer renderer,
                                ReportArchive archive, MutuBakuCalendars calendars, IdentityService identityService) {
        this.history = history;
        this.renderer = renderer;
        this.archive = archive;
        this.calendars = calendars;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HistorySavepoint.require(execution, "laporan kegiatan");
        WorkingTimeCalendar calendar = calendars.forProcess(ProfilVariables.PROCESS_KEY, execution.getTenantId());
        Instant now = ClockUtil.getCurrentTime().toInstant();
        ProfilActivityReportData data = AsSystem.run(identityService, () -> history.collect(execution, calendar, now));
        String day = LocalDate.ofInstant(now, calendar.zone()).toString();
        String year = data.tahunData() == null ? "" : "-" + data.tahunData();

        ArchivedReport report = archive.archive(NewReport.pdf(ProfilVariables.PROCESS_KEY,
                execution.getProcessInstanceId(), execution.getTenantId(),
                ProfilActivityReportRenderer.TITLE + " — " + ProfilVariables.JUDUL.from(execution).orElse(""),
                "laporan-kegiatan-profil-kampung" + year + "-" + day + ".pdf", renderer.render(data)));
        ArchivedReport export = archive.archive(new NewReport(ProfilVariables.PROCESS_KEY,
                execution.getProcessInstanceId(), execution.getTenantId(),
                "Ekspor Prodeskel semua kampung/kelurahan — " + ProfilVariables.JUDUL.from(execution).orElse(""),
                "prodeskel-semua-kampung" + year + ".csv", ProdeskelCsv.CONTENT_TYPE,
                ProdeskelCsv.render(AsSystem.run(identityService,
                        () -> history.verifiedProfiles(execution, calendar.zone())))));

        ProfilVariables.LAPORAN_KEGIATAN_ID.set(execution, report.id());
        ProfilVariables.LAPORAN_KEGIATAN_URL.set(execution, ReportArchive.downloadPath(report.id()));
        ProfilVariables.EKSPOR_GABUNGAN_URL.set(execution, ReportArchive.downloadPath(export.id()));
    }
}
