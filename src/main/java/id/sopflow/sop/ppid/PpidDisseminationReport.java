package id.sopflow.sop.ppid;

import id.sopflow.reporting.SopSteps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.sopflow.reporting.HistorySavepoint;
import id.sopflow.identity.UserNames;
import id.sopflow.ProcessVariable;
import id.sopflow.identity.AsSystem;
import id.sopflow.mutubaku.MutuBakuCalendars;
import id.sopflow.mutubaku.WorkingTimeCalendar;
import id.sopflow.publishing.Platform;
import id.sopflow.reporting.ArchivedReport;
import id.sopflow.reporting.NewReport;
import id.sopflow.reporting.ReportArchive;
import id.sopflow.reporting.StepTimeline;
import id.sopflow.sop.ppid.PpidReportData.Post;
import id.sopflow.sop.ppid.PpidReportData.Round;
import id.sopflow.verification.ReviewRound;
import id.sopflow.verification.ReviewRounds;

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
class PpidDisseminationReport implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(PpidDisseminationReport.class);

    private final PpidReportRenderer renderer;
    private final ReportArchive archive;
    private final ReviewRounds reviewRounds;
    private final StepTimeline timeline;
    private final MutuBakuCalendars calendars;
    private final IdentityService identityService;
    private final SopSteps steps;

    PpidDisseminationReport(PpidReportRenderer renderer, ReportArchive archive, ReviewRounds reviewRounds,
                            StepTimeline timeline, MutuBakuCalendars calendars, IdentityService identityService,
                            SopSteps steps) {
        this.steps = steps;
        this.renderer = renderer;
        this.archive = archive;
        this.reviewRounds = reviewRounds;
        this.timeline = timeline;
        this.calendars = calendars;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HistorySavepoint.require(execution, "laporan");
        String tenantId = execution.getTenantId();
        WorkingTimeCalendar calendar = calendars.forProcess(PpidVariables.PROCESS_KEY, tenantId);
        PpidReportData data = AsSystem.run(identityService, () -> collect(execution, calendar));
        ArchivedReport report = archive.archive(NewReport.pdf(PpidVariables.PROCESS_KEY,
                execution.getProcessInstanceId(), tenantId,
                PpidReportRenderer.TITLE + " — " + data.judul(),
                "laporan-penyebarluasan-informasi-" + (tenantId == null ? "" : tenantId + "-")
                        + data.composedAt().atZone(calendar.zone()).toLocalDate() + ".pdf",
                renderer.render(data)));
        PpidVariables.LAPORAN_ID.set(execution, report.id());
        PpidVariables.LAPORAN_URL.set(execution, ReportArchive.downloadPath(report.id()));
        log.info("Laporan penyebarluasan informasi {} disimpan untuk kasus {}", report.id(),
                execution.getProcessInstanceId());
    }

    private PpidReportData collect(DelegateExecution execution, WorkingTimeCalendar calendar) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Map<String, String> names = new HashMap<>();
        Map<Platform, String> texts = new EnumMap<>(Platform.class);
        PpidVariables.TEKS.forEach((platform, variable) ->
                variable.from(execution).filter(text -> !text.isBlank()).ifPresent(text -> texts.put(platform, text)));
        List<Post> posts = new ArrayList<>();
        for (Platform platform : PpidPlatformChoice.chosenPlatforms(execution)) {
            posts.add(new Post(platform, PpidVariables.TAUTAN_PLATFORM.get(platform).from(execution).orElse(null),
                    PpidVariables.SALURAN_PLATFORM.get(platform).from(execution).orElse(null)));
        }
        return new PpidReportData(
                PpidVariables.ORGANISASI.from(execution).orElse(execution.getTenantId()),
                PpidVariables.JUDUL.from(execution).orElse(null),
                PpidVariables.TANGGAL_KEGIATAN.from(execution).orElse(null),
                PpidVariables.RINGKASAN.from(execution).orElse(null),
                PpidVariables.KETUA_PPID.from(execution).map(id -> displayName(id, names)).orElse(null),
                PpidVariables.DISPOSISI.from(execution).orElse(null),
                fileNames(execution, PpidVariables.LAMPIRAN),
                PpidVariables.INSTRUKSI_SEKSI.from(execution).orElse(null),
                texts,
                fileNames(execution, PpidVariables.GAMBAR),
                rounds(execution.getProcessDefinitionId(), execution.getProcessInstanceId(), names),
                PpidVariables.CATATAN_PENGANTAR.from(execution).orElse(null),
                posts,
                PpidVariables.CATATAN_LAPORAN.from(execution).orElse(null),
                timeline.of(execution.getProcessInstanceId(), calendar, now),
                now,
                calendar.zone(),
                execution.getProcessInstanceId());
    }

    private List<Round> rounds(String processDefinitionId, String caseId, Map<String, String> names) {
        List<Round> rounds = new ArrayList<>();
        for (ReviewRound round : reviewRounds.of(caseId)) {
            // Which gate by its template field "keputusan", not by the element id a process owner may rename.
            boolean ketua = steps.property(processDefinitionId, round.stepId(), PpidRevisionNote.DECISION_FIELD)
                    .map(PpidVariables.MATERI_DISETUJUI.name()::equals)
                    .orElse(PpidElements.SETUJUI_MATERI.equals(round.stepId()));
            String gate = ketua ? "Ketua PPID" : "Seksi PDDI";
            rounds.add(new Round(gate, round.round(),
                    round.reviewerId() == null ? null : displayName(round.reviewerId(), names), round.decidedAt(),
                    round.approved(), round.reason()));
        }
        return rounds;
    }

    private static List<String> fileNames(DelegateExecution execution, List<ProcessVariable<FileValue>> slots) {
        return slots.stream().map(slot -> slot.from(execution)).flatMap(Optional::stream)
                .map(FileValue::getFilename).toList();
    }

    /** "Ketua PPID Kalurahan Bunder (ketua-ppid)"; the id alone for a user no longer known. */
    private String displayName(String userId, Map<String, String> names) {
        return names.computeIfAbsent(userId, id -> UserNames.displayName(identityService, id));
    }
}
