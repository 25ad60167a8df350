package id.sopflow.sop.sipa;

import static id.sopflow.sop.sipa.SipaVariables.DESA_ID;
import static id.sopflow.sop.sipa.SipaVariables.LAPORAN_PERKEMBANGAN_ID;
import static id.sopflow.sop.sipa.SipaVariables.LAPORAN_PERKEMBANGAN_URL;

import java.time.LocalDate;

import id.sopflow.reporting.HistorySavepoint;
import id.sopflow.identity.AsSystem;
import id.sopflow.mutubaku.MutuBakuCalendars;
import id.sopflow.mutubaku.WorkingTimeCalendar;
import id.sopflow.reporting.ArchivedReport;
import id.sopflow.reporting.NewReport;
import id.sopflow.reporting.ReportArchive;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

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
public class SipaProgressReport implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SipaProgressReport.class);

    private final SipaProgressReportHistory history;
    private final SipaProgressReportRenderer renderer;
    private final ReportArchive archive;
    private final MutuBakuCalendars calendars;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;

    SipaProgressReport(SipaProgressReportHistory history, SipaProgressReportRenderer renderer, ReportArchive archive,
                       MutuBakuCalendars calendars, RepositoryService repositoryService,
                       IdentityService identityService) {
        this.history = history;
        this.renderer = renderer;
        this.archive = archive;
        this.calendars = calendars;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requireSavepoint(execution);
        String processKey = repositoryService.getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        String tenantId = execution.getTenantId() != null ? execution.getTenantId()
                : DESA_ID.from(execution).orElse(null);
        WorkingTimeCalendar calendar = calendars.forProcess(processKey, tenantId);
        SipaProgressReportData data = AsSystem.run(identityService, () -> history.collect(execution, tenantId, calendar));

        LocalDate day = data.composedAt().atZone(calendar.zone()).toLocalDate();
        ArchivedReport report = archive.archive(NewReport.pdf(processKey, execution.getProcessInstanceId(), tenantId,
                SipaProgressReportRenderer.TITLE + " — " + data.desa() + " — " + data.judul(),
                "laporan-perkembangan-sipa-bermedsos-" + (tenantId == null ? "" : tenantId + "-") + day + ".pdf",
                renderer.render(data)));

        LAPORAN_PERKEMBANGAN_ID.set(execution, report.id());
        LAPORAN_PERKEMBANGAN_URL.set(execution, ReportArchive.downloadPath(report.id()));
        log.info("Laporan perkembangan {} disimpan untuk kasus {}", report.id(), execution.getProcessInstanceId());
    }

    private static void requireSavepoint(DelegateExecution execution) {
        HistorySavepoint.require(execution, "laporan perkembangan");
    }
}
