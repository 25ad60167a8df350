package id.sopflow.sop.profil;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

import id.sopflow.mutubaku.WorkingTimeCalendar;
import id.sopflow.reporting.CaseHistory;
import id.sopflow.reporting.SopStep;
import id.sopflow.reporting.StepTimeline;
import id.sopflow.sop.profil.ProfilActivityReportData.KampungStatus;

/**
 * Reads the activity's per-kampung data collections (the called cases) from the engine's history: their status and
 * timeliness for the report, their verified profiles for the combined Prodeskel export. Must run as the system
 * ({@link id.sopflow.identity.AsSystem}) and after a savepoint, so that every finished step is in the history.
 */
@Component
public class ProfilActivityHistory {

    private final HistoryService historyService;
    private final CaseHistory caseHistory;
    private final StepTimeline stepTimeline;
    private final ProfilKampung kampung;

    public ProfilActivityHistory(HistoryService historyService, CaseHistory caseHistory, StepTimeline stepTimeline,
                                 ProfilKampung kampung) {
        this.historyService = historyService;
        this.caseHistory = caseHistory;
        this.stepTimeline = stepTimeline;
        this.kampung = kampung;
    }

    public ProfilActivityReportData collect(DelegateExecution execution, WorkingTimeCalendar calendar, Instant now) {
        List<KampungStatus> statuses = new ArrayList<>();
        for (HistoricProcessInstance called : calledCases(execution.getProcessInstanceId(), chosen(execution))) {
            CaseHistory.Case history = caseHistory.of(called.getId());
            String kampungId = history.get(ProfilVariables.KAMPUNG_ID).orElse(null);
            int rounds = history.finished(ProfilElements.STEP_VERIFIKASI_DATA).size();
            Instant handedOver = lastEnd(history, ProfilElements.STEP_SERAHKAN_DATA);
            Instant verified = history.get(ProfilVariables.DATA_TERVERIFIKASI).orElse(false)
                    ? lastEnd(history, ProfilElements.STEP_VERIFIKASI_DATA) : null;
            statuses.add(new KampungStatus(kampungId, kampung.name(kampungId), called.getEndTime() != null,
                    rounds, handedOver, verified, history.get(ProfilVariables.TANGGAL_INPUT_PRODESKEL).orElse(null),
                    stepTimeline.of(called.getId(), calendar, now)));
        }
        return new ProfilActivityReportData(
                kampung.organisationOf(execution.getTenantId()).map(o -> o.name()).orElse("Dinas"),
                ProfilVariables.JUDUL_KEGIATAN.from(execution).orElse(null),
                ProfilVariables.TAHUN_DATA.from(execution).orElse(null),
                ProfilVariables.NOMOR_SK.from(execution).orElse(null),
                ProfilVariables.TANGGAL_SK.from(execution).orElse(null),
                ProfilVariables.RINGKASAN_LAPORAN.from(execution).orElse(null),
                ProfilVariables.KENDALA.from(execution).orElse(null),
                statuses, verifiedProfiles(execution, calendar.zone()),
                stepTimeline.of(execution.getProcessInstanceId(), calendar, now), now, calendar.zone());
    }

    /** The verified profiles of the activity's kampung/kelurahan, for the combined Prodeskel worksheet. */
    private List<ProdeskelRecord> verifiedProfiles(DelegateExecution execution, ZoneId zone) {
        List<ProdeskelRecord> records = new ArrayList<>();
        for (HistoricProcessInstance called : calledCases(execution.getProcessInstanceId(), chosen(execution))) {
            CaseHistory.Case history = caseHistory.of(called.getId());
            if (!history.get(ProfilVariables.DATA_TERVERIFIKASI).orElse(false)) {
                continue;
            }
            records.add(ProdeskelRecord.of(history,
                    kampung.name(history.get(ProfilVariables.KAMPUNG_ID).orElse(null)), zone));
        }
        return records;
    }

    private List<String> chosen(DelegateExecution execution) {
        return kampung.list(ProfilVariables.KAMPUNG_DIPILIH.from(execution).orElse(""));
    }

    /** In the order the Kasi chose the kampung/kelurahan (they all start at the same moment). */
    private List<HistoricProcessInstance> calledCases(String processInstanceId, List<String> order) {
        Map<String, Integer> position = new HashMap<>();
        List<HistoricProcessInstance> called = historyService.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(processInstanceId).list();
        for (HistoricProcessInstance instance : called) {
            String id = caseHistory.of(instance.getId()).get(ProfilVariables.KAMPUNG_ID).orElse(null);
            position.put(instance.getId(), order.indexOf(id) < 0 ? order.size() : order.indexOf(id));
        }
        return called.stream().sorted(Comparator.comparing((HistoricProcessInstance i) -> position.get(i.getId()))
                .thenComparing(HistoricProcessInstance::getStartTime)).toList();
    }

    private static Instant lastEnd(CaseHistory.Case history, SopStep step) {
        return history.lastFinished(step).map(task -> task.getEndTime().toInstant()).orElse(null);
    }
}
