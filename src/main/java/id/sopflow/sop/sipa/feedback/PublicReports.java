package id.sopflow.sop.sipa.feedback;

import static id.sopflow.sop.sipa.SipaVariables.AKHIR_MASA_TANGGAPAN;
import static id.sopflow.sop.sipa.SipaVariables.ALASAN_SELISIH;
import static id.sopflow.sop.sipa.SipaVariables.ANGGARAN;
import static id.sopflow.sop.sipa.SipaVariables.DESA;
import static id.sopflow.sop.sipa.SipaVariables.DESA_ID;
import static id.sopflow.sop.sipa.SipaVariables.JENIS_LAPORAN;
import static id.sopflow.sop.sipa.SipaVariables.JUDUL;
import static id.sopflow.sop.sipa.SipaVariables.KODE_PUBLIK;
import static id.sopflow.sop.sipa.SipaVariables.LOKASI;
import static id.sopflow.sop.sipa.SipaVariables.PERIODE;
import static id.sopflow.sop.sipa.SipaVariables.PERTANYAAN_DITERIMA;
import static id.sopflow.sop.sipa.SipaVariables.PERTANYAAN_ID;
import static id.sopflow.sop.sipa.SipaVariables.PERTANYAAN_ISI;
import static id.sopflow.sop.sipa.SipaVariables.REALISASI;
import static id.sopflow.sop.sipa.SipaVariables.TANGGAPAN;
import static id.sopflow.sop.sipa.SipaVariables.TAUTAN_PUBLIKASI;
import static id.sopflow.sop.sipa.SipaVariables.URAIAN;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Organisation;
import id.sopflow.reporting.CaseHistory;
import id.sopflow.sop.sipa.SipaElements;
import id.sopflow.sop.sipa.SipaVariables;
import id.sopflow.sop.sipa.SipaVariables.JenisLaporan;
import id.sopflow.verification.AttachmentType;
import id.sopflow.verification.UploadedFile;
import id.sopflow.verification.WebAddress;

/**
 * Published SIPA BERMEDSOS reports as the public page shows them, read from history so that a report stays readable
 * after its case ended. "Published" means posted: the feedback window, opened right after posting, has an end.
 * A report still in verification, or one whose case was cancelled, has no public page.
 */
@Service
public class PublicReports {

    /** The shape of the codes {@code SipaPublicCode} issues, with room to spare; anything else is not looked up. */
    static final Pattern CODE = Pattern.compile("[a-z0-9]{6,40}");
    private static final Set<String> READABLE_STATES = Set.of(HistoricProcessInstance.STATE_ACTIVE,
            HistoricProcessInstance.STATE_COMPLETED, HistoricProcessInstance.STATE_SUSPENDED);
    private final HistoryService historyService;
    private final OrganisationDirectory directory;
    private final CaseHistory caseHistory;

    public PublicReports(HistoryService historyService, OrganisationDirectory directory, CaseHistory caseHistory) {
        this.historyService = historyService;
        this.directory = directory;
        this.caseHistory = caseHistory;
    }

    public Optional<PublicReport> find(String kodePublik) {
        if (kodePublik == null || !CODE.matcher(kodePublik).matches()) {
            return Optional.empty();
        }
        Optional<HistoricProcessInstance> found = historyService.createHistoricVariableInstanceQuery()
                .variableValueEquals(KODE_PUBLIK.name(), kodePublik).disableBinaryFetching().list().stream()
                .map(HistoricVariableInstance::getProcessInstanceId)
                .filter(Objects::nonNull)
                .distinct()
                .map(id -> historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult())
                .filter(Objects::nonNull)
                .filter(instance -> SipaVariables.PROCESS_KEY.equals(instance.getProcessDefinitionKey()))
                .filter(instance -> READABLE_STATES.contains(instance.getState()))
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = found.get();
        CaseHistory.Case history = caseHistory.of(instance.getId());
        Optional<Date> windowEnd = history.get(AKHIR_MASA_TANGGAPAN);
        if (windowEnd.isEmpty()) {
            return Optional.empty();
        }
        String desaId = history.text(DESA_ID).orElse(null);
        Optional<Organisation> organisation = directory.organisationOfTenant(desaId);
        String jenisCode = history.text(JENIS_LAPORAN).orElse(null);
        List<Integer> photoSlots = new ArrayList<>();
        for (int slot = 1; slot <= SipaVariables.FOTO.size(); slot++) {
            if (history.has(SipaVariables.FOTO.get(slot - 1))) {
                photoSlots.add(slot);
            }
        }
        return Optional.of(new PublicReport(
                kodePublik,
                instance.getId(),
                history.text(DESA).orElse(desaId),
                organisation.map(Organisation::name).orElse(null),
                JenisLaporan.of(jenisCode).map(JenisLaporan::label).orElse(null),
                JenisLaporan.REALISASI_APBDES.code().equals(jenisCode),
                history.text(JUDUL).orElse(null),
                history.text(PERIODE).orElse(null),
                history.text(LOKASI).orElse(null),
                history.text(URAIAN).orElse(null),
                history.get(ANGGARAN).orElse(null),
                history.get(REALISASI).orElse(null),
                history.text(ALASAN_SELISIH).orElse(null),
                webLinks(history.text(TAUTAN_PUBLIKASI).orElse(null)),
                photoSlots,
                windowEnd.get().toInstant(),
                HistoricProcessInstance.STATE_ACTIVE.equals(instance.getState()),
                organisation.map(o -> ZoneId.of(o.timeZone())).orElse(ZoneId.of("Asia/Makassar"))));
    }

    /** A photo of the report, 1–3, if it is really an image (checked by content, whatever it was uploaded as). */
    public Optional<Photo> photo(PublicReport report, int slot) {
        if (!report.photoSlots().contains(slot)) {
            return Optional.empty();
        }
        return SipaVariables.FOTO.get(slot - 1).fromHistory(historyService, report.processInstanceId())
                .map(file -> UploadedFile.of(file).content())
                .flatMap(content -> AttachmentType.ofContent(content).filter(AttachmentType::image)
                        .map(type -> new Photo(type.mimeType(), content)));
    }

    /** The question with this tracking code, if it was asked about this report. */
    public Optional<TrackedQuestion> question(PublicReport report, String trackingCode) {
        if (trackingCode == null || trackingCode.length() > 64) {
            return Optional.empty();
        }
        String caseId = report.processInstanceId();
        Set<String> scopes = historyService.createHistoricVariableInstanceQuery().processInstanceId(caseId)
                .variableValueEquals(PERTANYAAN_ID.name(), trackingCode).disableBinaryFetching().list().stream()
                .map(HistoricVariableInstance::getActivityInstanceId)
                .collect(Collectors.toSet());
        if (scopes.isEmpty()) {
            return Optional.empty();
        }
        Optional<HistoricTaskInstance> task = caseHistory.of(caseId).tasks(SipaElements.STEP_TANGGAPI_PERTANYAAN)
                .stream()
                .filter(candidate -> scopes.contains(candidate.getActivityInstanceId()))
                .findFirst();
        if (task.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> values = new HashMap<>();
        historyService.createHistoricVariableInstanceQuery().processInstanceId(caseId)
                .activityInstanceIdIn(task.get().getActivityInstanceId()).disableBinaryFetching().list()
                .forEach(variable -> values.put(variable.getName(), variable.getValue()));
        boolean answered = CaseHistory.completed(task.get());
        String answer = answered ? text(values, TANGGAPAN.name()) : null;
        Date received = values.get(PERTANYAAN_DITERIMA.name()) instanceof Date date ? date
                : task.get().getStartTime();
        return Optional.of(new TrackedQuestion(text(values, PERTANYAAN_ISI.name()), received.toInstant(),
                answer, answer == null ? null : task.get().getEndTime().toInstant()));
    }

    /** Only web addresses ({@link WebAddress}: http(s) with a host name) become links; anything else is left out. */
    private static List<String> webLinks(String text) {
        return WebAddress.lines(text).stream().filter(line -> WebAddress.host(line).isPresent()).toList();
    }

    private static String text(Map<String, Object> values, String name) {
        Object value = values.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** A photo with the content type its bytes really have. */
    public record Photo(String contentType, byte[] content) {
    }
}
