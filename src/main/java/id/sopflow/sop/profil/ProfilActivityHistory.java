package id.sopflow.sop.profil;

import id.sopflow.reporting.SopStep;
import id.sopflow.reporting.SopSteps;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import id.sopflow.mutubaku.WorkingTimeCalendar;
import id.sopflow.reporting.StepTimeline;
import id.sopflow.sop.profil.ProfilActivityReportData.KampungStatus;
import id.sopflow.sop.profil.ProfilInstrument.Field;

/**
 * Reads the activity's per-kampung data collections (the called cases) from the engine's history: their status and
 * timeliness for the report, their verified profiles for the combined Prodeskel export. Must run as the system
 * ({@link id.sopflow.identity.AsSystem}) and after a savepoint, so that every finished step is in the history.
 */
@Component
public class ProfilActivityHistory {

    private final HistoryService historyService;
    private final StepTimeline stepTimeline;
    private final ProfilKampung kampung;
    private final SopSteps steps;

    public ProfilActivityHistory(HistoryService historyService, StepTimeline stepTimeline, ProfilKampung kampung,
                                 SopSteps steps) {
        this.steps = steps;
        this.historyService = historyService;
        this.stepTimeline = stepTimeline;
        this.kampung = kampung;
    }

    public ProfilActivityReportData collect(DelegateExecution execution, WorkingTimeCalendar calendar, Instant now) {
        List<KampungStatus> statuses = new ArrayList<>();
        for (HistoricProcessInstance called : calledCases(execution.getProcessInstanceId(), chosen(execution))) {
            Map<String, Object> variables = variables(called.getId());
            String kampungId = (String) variables.get(ProfilVariables.KAMPUNG_ID.name());
            List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                    .processInstanceId(called.getId()).finished().list();
            int rounds = (int) tasks.stream()
                    .filter(task -> is(task, ProfilElements.STEP_VERIFIKASI_DATA)).count();
            Instant handedOver = lastEnd(tasks, ProfilElements.STEP_SERAHKAN_DATA);
            Instant verified = Boolean.TRUE.equals(variables.get(ProfilVariables.DATA_TERVERIFIKASI.name()))
                    ? lastEnd(tasks, ProfilElements.STEP_VERIFIKASI_DATA) : null;
            statuses.add(new KampungStatus(kampungId, kampung.name(kampungId), called.getEndTime() != null,
                    rounds, handedOver, verified,
                    (String) variables.get(ProfilVariables.TANGGAL_INPUT_PRODESKEL.name()),
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
                statuses, stepTimeline.of(execution.getProcessInstanceId(), calendar, now), now, calendar.zone());
    }

    /** The verified profiles of the activity's kampung/kelurahan, for the combined Prodeskel worksheet. */
    public List<ProdeskelRecord> verifiedProfiles(DelegateExecution execution, ZoneId zone) {
        List<ProdeskelRecord> records = new ArrayList<>();
        for (HistoricProcessInstance called : calledCases(execution.getProcessInstanceId(), chosen(execution))) {
            Map<String, Object> variables = variables(called.getId());
            if (!Boolean.TRUE.equals(variables.get(ProfilVariables.DATA_TERVERIFIKASI.name()))) {
                continue;
            }
            Optional<HistoricTaskInstance> verification = historyService.createHistoricTaskInstanceQuery()
                    .processInstanceId(called.getId()).finished()
                    .orderByHistoricTaskInstanceEndTime().desc().list().stream()
                    .filter(task -> is(task, ProfilElements.STEP_VERIFIKASI_DATA)).findFirst();
            Map<String, Object> values = new HashMap<>();
            for (Field field : ProfilInstrument.FIELDS) {
                values.put(field.key(), variables.get(field.key()));
            }
            String kampungId = (String) variables.get(ProfilVariables.KAMPUNG_ID.name());
            Object year = variables.get(ProfilVariables.TAHUN_DATA.name());
            records.add(new ProdeskelRecord(kampungId, kampung.name(kampungId),
                    year instanceof Number number ? number.longValue() : null, values,
                    verification.map(HistoricTaskInstance::getAssignee).orElse(null),
                    verification.map(task -> LocalDate.ofInstant(task.getEndTime().toInstant(), zone)).orElse(null)));
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
            Object id = variables(instance.getId()).get(ProfilVariables.KAMPUNG_ID.name());
            position.put(instance.getId(), order.indexOf(id) < 0 ? order.size() : order.indexOf(id));
        }
        return called.stream().sorted(Comparator.comparing((HistoricProcessInstance i) -> position.get(i.getId()))
                .thenComparing(HistoricProcessInstance::getStartTime)).toList();
    }

    private Map<String, Object> variables(String processInstanceId) {
        Map<String, Object> variables = new HashMap<>();
        for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).list()) {
            if (variable.getValue() != null) {
                variables.put(variable.getName(), variable.getValue());
            }
        }
        return variables;
    }

    /** By template or 'langkah' property, not by element id: a rename in Modeler keeps the report whole. */
    private boolean is(HistoricTaskInstance task, SopStep step) {
        return steps.is(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), step);
    }

    private Instant lastEnd(List<HistoricTaskInstance> tasks, SopStep step) {
        return tasks.stream().filter(task -> is(task, step))
                .map(HistoricTaskInstance::getEndTime).max(Date::compareTo).map(Date::toInstant).orElse(null);
    }
}
