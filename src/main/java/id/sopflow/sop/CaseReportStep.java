package id.sopflow.sop;

import java.time.Instant;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.sopflow.identity.AsSystem;
import id.sopflow.mutubaku.MutuBakuCalendars;
import id.sopflow.mutubaku.WorkingTimeCalendar;
import id.sopflow.reporting.ArchivedReport;
import id.sopflow.reporting.HistorySavepoint;
import id.sopflow.reporting.NewReport;
import id.sopflow.reporting.ReportArchive;

/**
 * The case report, the same for every SOP: refuses to run without a savepoint before it (the history would be
 * incomplete), reads the case's history with the system's rights in the SOP's working-time calendar, renders the document,
 * archives it ("disimpan sebagai laporan") and puts its id and download path into the case. An SOP supplies only its
 * {@link CaseReport}.
 */
@Component
public class CaseReportStep {

    private static final Logger log = LoggerFactory.getLogger(CaseReportStep.class);

    private final ReportArchive archive;
    private final MutuBakuCalendars calendars;
    private final IdentityService identityService;

    public CaseReportStep(ReportArchive archive, MutuBakuCalendars calendars, IdentityService identityService) {
        this.archive = archive;
        this.calendars = calendars;
        this.identityService = identityService;
    }

    /** Archives the report; what an SOP archives beside it goes in its {@link CaseReport#keep}. */
    public <D> void archive(DelegateExecution execution, CaseReport<D> report) {
        HistorySavepoint.require(execution, report.reads());
        String unitId = report.unitId(execution);
        String processKey = report.processKey(execution);
        WorkingTimeCalendar calendar = calendars.forProcess(report.calendarKey(execution), unitId);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        D data = AsSystem.run(identityService, () -> report.collect(execution, calendar, now));
        ArchivedReport archived = archive.archive(new NewReport(processKey, execution.getProcessInstanceId(),
                unitId, report.title(execution, data),
                report.fileName(execution, data, unitId, now.atZone(calendar.zone()).toLocalDate()),
                report.contentType(), report.render(data)));
        report.idVariable().ifPresent(id -> id.set(execution, archived.id()));
        report.urlVariable().set(execution, ReportArchive.downloadPath(archived.id()));
        report.keep(execution, data);
        log.info("Laporan {} disimpan untuk kasus {}", archived.id(), execution.getProcessInstanceId());
    }
}
