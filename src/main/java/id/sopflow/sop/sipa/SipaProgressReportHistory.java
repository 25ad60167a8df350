package id.sopflow.sop.sipa;

import static id.sopflow.sop.sipa.SipaVariables.ALASAN_PENOLAKAN;
import static id.sopflow.sop.sipa.SipaVariables.ALASAN_SELISIH;
import static id.sopflow.sop.sipa.SipaVariables.ANGGARAN;
import static id.sopflow.sop.sipa.SipaVariables.DESA;
import static id.sopflow.sop.sipa.SipaVariables.JENIS_LAPORAN;
import static id.sopflow.sop.sipa.SipaVariables.JUDUL;
import static id.sopflow.sop.sipa.SipaVariables.KODE_PUBLIK;
import static id.sopflow.sop.sipa.SipaVariables.LOKASI;
import static id.sopflow.sop.sipa.SipaVariables.PELAPOR;
import static id.sopflow.sop.sipa.SipaVariables.PERIODE;
import static id.sopflow.sop.sipa.SipaVariables.PERTANYAAN_DITERIMA;
import static id.sopflow.sop.sipa.SipaVariables.PERTANYAAN_ISI;
import static id.sopflow.sop.sipa.SipaVariables.PERTANYAAN_NAMA;
import static id.sopflow.sop.sipa.SipaVariables.REALISASI;
import static id.sopflow.sop.sipa.SipaVariables.SALURAN_PUBLIKASI;
import static id.sopflow.sop.sipa.SipaVariables.TANGGAPAN;
import static id.sopflow.sop.sipa.SipaVariables.TAUTAN_PUBLIKASI;
import static id.sopflow.sop.sipa.SipaVariables.TERVERIFIKASI;
import static id.sopflow.sop.sipa.SipaVariables.URAIAN;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import id.sopflow.identity.UserNames;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.mutubaku.WorkingTimeCalendar;
import id.sopflow.reporting.SopStep;
import id.sopflow.reporting.SopSteps;
import id.sopflow.reporting.StepTimeline;
import id.sopflow.sop.sipa.SipaProgressReportData.Question;
import id.sopflow.sop.sipa.SipaProgressReportData.Round;
import id.sopflow.sop.sipa.SipaVariables.JenisLaporan;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Gathers what the progress report says from the case's variables and history (history level full): verification
 * rounds from the recorded updates of {@code terverifikasi}/{@code alasanPenolakan}, questions from the tasks
 * "Tanggapi pertanyaan", steps from {@link StepTimeline}. Runs inside the composing delegate; history written in the
 * same transaction is not visible yet, hence the savepoint before that service task.
 */
@Component
class SipaProgressReportHistory {

    private final HistoryService historyService;
    private final IdentityService identityService;
    private final StepTimeline timeline;
    private final OrganisationDirectory directory;
    private final SopSteps steps;

    SipaProgressReportHistory(HistoryService historyService, IdentityService identityService, StepTimeline timeline,
                              OrganisationDirectory directory, SopSteps steps) {
        this.historyService = historyService;
        this.identityService = identityService;
        this.timeline = timeline;
        this.directory = directory;
        this.steps = steps;
    }

    SipaProgressReportData collect(DelegateExecution execution, String tenantId, WorkingTimeCalendar calendar) {
        String caseId = execution.getProcessInstanceId();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        CaseHistory history = new CaseHistory(caseId);
        return new SipaProgressReportData(
                DESA.from(execution).or(() -> directory.tenantName(tenantId)).orElse(null),
                KODE_PUBLIK.from(execution).orElse(null),
                PELAPOR.from(execution).map(history::displayName).orElse(null),
                JENIS_LAPORAN.from(execution)
                        .map(code -> JenisLaporan.of(code).map(JenisLaporan::label).orElse(code)).orElse(null),
                JUDUL.from(execution).orElse(null),
                PERIODE.from(execution).orElse(null),
                LOKASI.from(execution).orElse(null),
                URAIAN.from(execution).orElse(null),
                ANGGARAN.from(execution).orElse(null),
                REALISASI.from(execution).orElse(null),
                ALASAN_SELISIH.from(execution).orElse(null),
                history.rounds(),
                TAUTAN_PUBLIKASI.from(execution).map(SipaProgressReportHistory::lines).orElse(List.of()),
                SALURAN_PUBLIKASI.from(execution).orElse(null),
                history.questions(),
                timeline.of(caseId, calendar, now),
                now,
                calendar.zone(),
                caseId);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The history of one case, read once. */
    private final class CaseHistory {

        private final String caseId;
        private final List<HistoricTaskInstance> tasks;
        private final List<HistoricVariableUpdate> updates;
        private final List<HistoricVariableInstance> variables;
        private final Map<String, String> parentActivityInstance = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();

        CaseHistory(String caseId) {
            this.caseId = caseId;
            tasks = historyService.createHistoricTaskInstanceQuery().processInstanceId(caseId).list().stream()
                    .sorted(Comparator.comparing(HistoricTaskInstance::getStartTime))
                    .toList();
            updates = historyService.createHistoricDetailQuery().processInstanceId(caseId).variableUpdates()
                    .disableBinaryFetching().disableCustomObjectDeserialization()
                    .orderPartiallyByOccurrence().asc()
                    .list().stream()
                    .map(HistoricVariableUpdate.class::cast)
                    .toList();
            variables = historyService.createHistoricVariableInstanceQuery().processInstanceId(caseId)
                    .disableBinaryFetching().disableCustomObjectDeserialization().list();
            for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
                    .processInstanceId(caseId).list()) {
                parentActivityInstance.put(activity.getId(), activity.getParentActivityInstanceId());
            }
        }

        /** One round per verification task that recorded a decision, in the order they were decided. */
        List<Round> rounds() {
            List<Round> rounds = new ArrayList<>();
            for (HistoricTaskInstance task : tasksOf(SipaElements.STEP_VERIFIKASI_LAPORAN)) {
                Optional<HistoricVariableUpdate> decision = setBy(task, TERVERIFIKASI.name());
                if (decision.isEmpty() || !(decision.get().getValue() instanceof Boolean verified)) {
                    continue;
                }
                String reason = verified ? null
                        : setBy(task, ALASAN_PENOLAKAN.name()).map(update -> text(update.getValue())).orElse(null);
                Instant at = task.getEndTime() != null ? task.getEndTime().toInstant()
                        : decision.get().getTime().toInstant();
                rounds.add(new Round(rounds.size() + 1, doneBy(task).map(this::displayName).orElse(null), at,
                        verified, reason));
            }
            return rounds;
        }

        /** Every question that reached the desa, answered or not, in the order received. */
        List<Question> questions() {
            List<Question> questions = new ArrayList<>();
            for (HistoricTaskInstance task : tasksOf(SipaElements.STEP_TANGGAPI_PERTANYAAN)) {
                boolean answered = id.sopflow.reporting.CaseHistory.completed(task);
                Instant received = valueFor(task, PERTANYAAN_DITERIMA.name())
                        .filter(Date.class::isInstance).map(date -> ((Date) date).toInstant())
                        .orElse(task.getStartTime().toInstant());
                questions.add(new Question(
                        valueFor(task, PERTANYAAN_NAMA.name()).map(SipaProgressReportHistory::text).orElse(null),
                        valueFor(task, PERTANYAAN_ISI.name()).map(SipaProgressReportHistory::text).orElse(null),
                        received,
                        answered ? valueFor(task, TANGGAPAN.name()).map(SipaProgressReportHistory::text).orElse(null)
                                : null,
                        answered ? doneBy(task).map(this::displayName).orElse(null) : null,
                        answered ? task.getEndTime().toInstant() : null,
                        task.getDueDate() == null ? null : task.getDueDate().toInstant()));
            }
            questions.sort(Comparator.comparing(Question::received));
            return questions;
        }

        /** By template or {@code langkah} property, not by element id: a rename in Modeler keeps the report whole. */
        private List<HistoricTaskInstance> tasksOf(SopStep step) {
            return tasks.stream()
                    .filter(task -> steps.is(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), step))
                    .toList();
        }

        /** The last value of a variable that was set while working on this task (typically by its form). */
        private Optional<HistoricVariableUpdate> setBy(HistoricTaskInstance task, String name) {
            return updates.stream()
                    .filter(update -> name.equals(update.getVariableName()))
                    .filter(update -> task.getId().equals(update.getTaskId())
                            || Objects.equals(task.getActivityInstanceId(), update.getActivityInstanceId()))
                    .reduce((first, second) -> second);
        }

        /**
         * A question's variable as the task saw it: local to the task, set by the task, or local to the scope the
         * task runs in (the question's event subprocess), innermost first. Never a value of another question.
         */
        private Optional<Object> valueFor(HistoricTaskInstance task, String name) {
            Optional<Object> local = variables.stream()
                    .filter(variable -> name.equals(variable.getName()) && task.getId().equals(variable.getTaskId()))
                    .map(HistoricVariableInstance::getValue).filter(Objects::nonNull).findFirst();
            if (local.isPresent()) {
                return local;
            }
            Optional<Object> setByTask = setBy(task, name).map(HistoricVariableUpdate::getValue);
            if (setByTask.isPresent()) {
                return setByTask;
            }
            String scope = parentActivityInstance.get(task.getActivityInstanceId());
            return Stream.of(task.getActivityInstanceId(), caseId.equals(scope) ? null : scope)
                    .filter(Objects::nonNull)
                    .flatMap(activityInstance -> variables.stream()
                            .filter(variable -> name.equals(variable.getName())
                                    && activityInstance.equals(variable.getActivityInstanceId())))
                    .map(HistoricVariableInstance::getValue)
                    .filter(Objects::nonNull)
                    .findFirst();
        }

        /** Who completed the task: its assignee, else the user the operation log names. */
        private Optional<String> doneBy(HistoricTaskInstance task) {
            if (task.getAssignee() != null) {
                return Optional.of(task.getAssignee());
            }
            return historyService.createUserOperationLogQuery().taskId(task.getId())
                    .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
                    .map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst();
        }

        /** "Admin SIPA Kecamatan Paringin (admin-sipa)"; the id alone for a user no longer known. */
        String displayName(String userId) {
            return names.computeIfAbsent(userId, id -> UserNames.displayName(identityService, id));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
