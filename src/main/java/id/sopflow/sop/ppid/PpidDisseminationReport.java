package id.sopflow.sop.ppid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;
import id.sopflow.caseheader.CaseHeader;
import id.sopflow.identity.UserNames;
import id.sopflow.mutubaku.WorkingTimeCalendar;
import id.sopflow.publishing.Platform;
import id.sopflow.reporting.SopSteps;
import id.sopflow.reporting.StepTimeline;
import id.sopflow.sop.CaseReportDelegate;
import id.sopflow.sop.CaseReportStep;
import id.sopflow.sop.ppid.PpidReportData.Post;
import id.sopflow.sop.ReviewDecisions;
import id.sopflow.verification.ReviewRound;
import id.sopflow.verification.ReviewRoundRecorder;

/**
 * {@link PpidElements#SUSUN_LAPORAN} (rows 10 → 11): composes the "Laporan Penyebarluasan Informasi" of the case as
 * a PDF under the PPID's letterhead — the bahan and disposisi, the approved materi, every review round of both gates,
 * every chosen platform's link, Seksi PDDI's note and each step against its mutu baku — archives it for the case's
 * tenant (pencatatan: softcopy) and leaves its id and download link for the Ketua PPID's task.
 *
 * <p>The service task must have {@code camunda:asyncBefore="true"}: the steps are read from history, which shows the
 * step completed in the same transaction as still open. Without the savepoint the step fails rather than archive a
 * wrong report.
 */
@Component("ppidDisseminationReport")
class PpidDisseminationReport extends CaseReportDelegate<PpidReportData> {

    private final ReviewDecisions reviewDecisions;
    private final StepTimeline timeline;
    private final IdentityService identityService;
    private final SopSteps steps;

    PpidDisseminationReport(CaseReportStep step, PpidReportRenderer renderer, ReviewDecisions reviewDecisions,
                            StepTimeline timeline, IdentityService identityService, SopSteps steps) {
        super(step, renderer::render, "laporan", PpidVariables.LAPORAN_ID, PpidVariables.LAPORAN_URL);
        this.reviewDecisions = reviewDecisions;
        this.timeline = timeline;
        this.identityService = identityService;
        this.steps = steps;
    }

    @Override
    public String processKey(DelegateExecution execution) {
        return PpidVariables.PROCESS_KEY;
    }

    @Override
    public String title(DelegateExecution execution, PpidReportData data) {
        return PpidReportRenderer.TITLE + " — " + data.judul();
    }

    @Override
    public String fileName(DelegateExecution execution, PpidReportData data, String unitId, LocalDate day) {
        return "laporan-penyebarluasan-informasi-" + (unitId == null ? "" : unitId + "-") + day + ".pdf";
    }

    @Override
    public PpidReportData collect(DelegateExecution execution, WorkingTimeCalendar calendar, Instant now) {
        Map<Platform, String> texts = new EnumMap<>(Platform.class);
        PpidVariables.TEKS.forEach((platform, variable) ->
                variable.from(execution).filter(text -> !text.isBlank()).ifPresent(text -> texts.put(platform, text)));
        List<Post> posts = new ArrayList<>();
        for (Platform platform : PpidPlatformChoice.chosenPlatforms(execution)) {
            posts.add(new Post(platform, PpidVariables.TAUTAN_PLATFORM.get(platform).from(execution).orElse(null),
                    PpidVariables.SALURAN_PLATFORM.get(platform).from(execution).orElse(null)));
        }
        return new PpidReportData(
                CaseHeader.UNIT.from(execution).orElse(execution.getTenantId()),
                PpidVariables.JUDUL.from(execution).orElse(null),
                PpidVariables.TANGGAL_KEGIATAN.from(execution).orElse(null),
                PpidVariables.RINGKASAN.from(execution).orElse(null),
                PpidVariables.KETUA_PPID.from(execution).map(id -> UserNames.displayName(identityService, id)).orElse(null),
                PpidVariables.DISPOSISI.from(execution).orElse(null),
                fileNames(execution, PpidVariables.LAMPIRAN),
                PpidVariables.INSTRUKSI_SEKSI.from(execution).orElse(null),
                texts,
                fileNames(execution, PpidVariables.GAMBAR),
                reviewDecisions.of(execution.getProcessInstanceId(), round -> gate(execution, round)),
                PpidVariables.CATATAN_PENGANTAR.from(execution).orElse(null),
                posts,
                PpidVariables.CATATAN_LAPORAN.from(execution).orElse(null),
                timeline.of(execution.getProcessInstanceId(), calendar, now),
                now,
                calendar.zone(),
                execution.getProcessInstanceId());
    }

    /** Which gate by its template field "keputusan", not by the element id a process owner may rename. */
    private String gate(DelegateExecution execution, ReviewRound round) {
        boolean ketua = steps.property(execution.getProcessDefinitionId(), round.stepId(),
                        ReviewRoundRecorder.DECISION_PROPERTY)
                .map(PpidVariables.MATERI_DISETUJUI.name()::equals)
                .orElse(PpidElements.SETUJUI_MATERI.equals(round.stepId()));
        return ketua ? "Ketua PPID" : "Seksi PDDI";
    }

    private static List<String> fileNames(DelegateExecution execution, List<ProcessVariable<FileValue>> slots) {
        return slots.stream().map(slot -> slot.from(execution)).flatMap(Optional::stream)
                .map(FileValue::getFilename).toList();
    }
}
