package id.sopflow.sop.sipa;

import java.time.YearMonth;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.sopflow.identity.AsSystem;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Organisation;
import id.sopflow.mutubaku.MutuBakuCalendars;
import id.sopflow.mutubaku.WorkingTimeCalendar;
import id.sopflow.reporting.ArchivedReport;
import id.sopflow.reporting.NewReport;
import id.sopflow.reporting.ReportArchive;

/**
 * {@code serviceTask_susunRekapBulanan}: composes last month's "Rekap Bulanan SIPA BERMEDSOS" for every desa of the
 * kecamatan that runs the SOP, archives it for the kecamatan (pencatatan: "disimpan sebagai laporan"), and leaves
 * its link and a one-line-per-desa summary for the Camat's task.
 */
@Component("sipaMonthlyRecap")
class SipaMonthlyRecap implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SipaMonthlyRecap.class);

    private final SipaMonthlyRecapHistory history;
    private final SipaMonthlyRecapRenderer renderer;
    private final ReportArchive archive;
    private final OrganisationDirectory directory;
    private final MutuBakuCalendars calendars;
    private final IdentityService identityService;

    SipaMonthlyRecap(SipaMonthlyRecapHistory history, SipaMonthlyRecapRenderer renderer, ReportArchive archive,
                     OrganisationDirectory directory, MutuBakuCalendars calendars, IdentityService identityService) {
        this.history = history;
        this.renderer = renderer;
        this.archive = archive;
        this.directory = directory;
        this.calendars = calendars;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Organisation kecamatan = kecamatan(directory);
        WorkingTimeCalendar calendar = calendars.forProcess(SipaVariables.PROCESS_KEY, kecamatan.id());
        YearMonth month = YearMonth.parse(SipaRecapVariables.PERIODE_REKAP.require(execution));
        SipaMonthlyRecapData data = AsSystem.run(identityService,
                () -> history.collect(kecamatan, month, calendar.zone()));
        ArchivedReport report = archive.archive(NewReport.pdf(SipaRecapVariables.PROCESS_KEY,
                execution.getProcessInstanceId(), kecamatan.id(),
                SipaMonthlyRecapRenderer.TITLE + " — " + kecamatan.name() + " — " + data.monthName(),
                "rekap-bulanan-sipa-bermedsos-" + kecamatan.id() + "-" + month + ".pdf", renderer.render(data)));
        SipaRecapVariables.REKAP_ID.set(execution, report.id());
        SipaRecapVariables.REKAP_URL.set(execution, ReportArchive.downloadPath(report.id()));
        SipaRecapVariables.RINGKASAN_REKAP.set(execution, SipaMonthlyRecapRenderer.summary(data));
        log.info("Rekap bulanan SIPA BERMEDSOS {} disimpan sebagai laporan {}", month, report.id());
    }

    /** The organisation that runs SIPA BERMEDSOS (Kecamatan Paringin), as the organisation file says. */
    static Organisation kecamatan(OrganisationDirectory directory) {
        return directory.sop(SipaVariables.PROCESS_KEY)
                .flatMap(sop -> directory.organisation(sop.organisation()))
                .orElseThrow(() -> new IllegalStateException("SOP " + SipaVariables.PROCESS_KEY
                        + " tidak ada di berkas organisasi"));
    }
}
