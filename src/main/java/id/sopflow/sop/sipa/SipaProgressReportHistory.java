package id.sopflow.sop.sipa;

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
import static id.sopflow.sop.sipa.SipaVariables.URAIAN;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.mutubaku.WorkingTimeCalendar;
import id.sopflow.reporting.CaseHistory;
import id.sopflow.reporting.StepTimeline;
import id.sopflow.sop.ReviewDecisions;
import id.sopflow.sop.sipa.SipaProgressReportData.Question;
import id.sopflow.sop.sipa.SipaVariables.JenisLaporan;
import id.sopflow.verification.WebAddress;

/**
 * Gathers what the progress report says from the case's variables and history (history level full): verification
 * rounds as {@code reviewRoundRecorder} recorded them ({@link ReviewDecisions}), questions from the tasks
 * "Tanggapi pertanyaan" ({@link CaseHistory}), steps from {@link StepTimeline}. Runs inside the composing delegate
 * after its savepoint: history written in the same transaction is not visible yet.
 */
@Component
class SipaProgressReportHistory {

    private final CaseHistory caseHistory;
    private final StepTimeline timeline;
    private final OrganisationDirectory directory;
    private final ReviewDecisions reviewDecisions;

    SipaProgressReportHistory(CaseHistory caseHistory, StepTimeline timeline, OrganisationDirectory directory,
                              ReviewDecisions reviewDecisions) {
        this.caseHistory = caseHistory;
        this.timeline = timeline;
        this.directory = directory;
        this.reviewDecisions = reviewDecisions;
    }

    SipaProgressReportData collect(DelegateExecution execution, String tenantId, WorkingTimeCalendar calendar,
                                   Instant now) {
        String caseId = execution.getProcessInstanceId();
        CaseHistory.Case history = caseHistory.of(caseId);
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
                reviewDecisions.of(caseId),
                WebAddress.lines(TAUTAN_PUBLIKASI.from(execution).orElse(null)),
                SALURAN_PUBLIKASI.from(execution).orElse(null),
                questions(history),
                timeline.of(caseId, calendar, now),
                now,
                calendar.zone(),
                caseId);
    }

    /** Every question that reached the desa, answered or not, in the order received. */
    private static List<Question> questions(CaseHistory.Case history) {
        List<Question> questions = new ArrayList<>();
        for (HistoricTaskInstance task : history.tasks(SipaElements.STEP_TANGGAPI_PERTANYAAN)) {
            boolean answered = CaseHistory.completed(task);
            questions.add(new Question(
                    history.valueFor(task, PERTANYAAN_NAMA).orElse(null),
                    history.valueFor(task, PERTANYAAN_ISI).orElse(null),
                    history.valueFor(task, PERTANYAAN_DITERIMA).map(Date::toInstant)
                            .orElse(task.getStartTime().toInstant()),
                    answered ? history.valueFor(task, TANGGAPAN).orElse(null) : null,
                    answered ? history.doneBy(task).map(history::displayName).orElse(null) : null,
                    answered ? task.getEndTime().toInstant() : null,
                    task.getDueDate() == null ? null : task.getDueDate().toInstant()));
        }
        questions.sort(Comparator.comparing(Question::received));
        return questions;
    }
}
