package id.sopflow.sop.sipa.feedback;

import id.sopflow.reporting.SopSteps;
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

import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Service;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Organisation;
import id.sopflow.sop.sipa.SipaElements;
import id.sopflow.sop.sipa.SipaVariables;
import id.sopflow.sop.sipa.SipaVariables.JenisLaporan;
import id.sopflow.verification.ImageType;
import id.sopflow.verification.UploadedFile;

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
    private static final String COMPLETED = "completed";

    private final HistoryService historyService;
    private final OrganisationDirectory directory;

    private final SopSteps steps;

    public PublicReports(HistoryService historyService, OrganisationDirectory directory, SopSteps steps) {
        this.historyService = historyService;
        this.directory = directory;
        this.steps = steps;
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
        Map<String, Object> values = caseVariables(instance.getId());
        Date windowEnd = (Date) values.get(AKHIR_MASA_TANGGAPAN.name());
        if (windowEnd == null) {
            return Optional.empty();
        }
        String desaId = text(values, DESA_ID.name());
        Optional<Organisation> organisation = directory.organisationOfTenant(desaId);
        String jenisCode = text(values, JENIS_LAPORAN.name());
        List<Integer> photoSlots = new ArrayList<>();
        for (int slot = 1; slot <= SipaVariables.FOTO.size(); slot++) {
            if (values.containsKey(SipaVariables.FOTO.get(slot - 1).name())) {
                photoSlots.add(slot);
            }
        }
        return Optional.of(new PublicReport(
                kodePublik,
                instance.getId(),
                Optional.ofNullable(text(values, DESA.name())).orElse(desaId),
                organisation.map(Organisation::name).orElse(null),
                JenisLaporan.of(jenisCode).map(JenisLaporan::label).orElse(null),
                JenisLaporan.REALISASI_APBDES.code().equals(jenisCode),
                text(values, JUDUL.name()),
                text(values, PERIODE.name()),
                text(values, LOKASI.name()),
                text(values, URAIAN.name()),
                number(values, ANGGARAN.name()),
                number(values, REALISASI.name()),
                text(values, ALASAN_SELISIH.name()),
                webLinks(text(values, TAUTAN_PUBLIKASI.name())),
                photoSlots,
                windowEnd.toInstant(),
                HistoricProcessInstance.STATE_ACTIVE.equals(instance.getState()),
                organisation.map(o -> ZoneId.of(o.timeZone())).orElse(ZoneId.of("Asia/Makassar"))));
    }

    /** A photo of the report, 1–3, if it is really an image (checked by content, whatever it was uploaded as). */
    public Optional<Photo> photo(PublicReport report, int slot) {
        if (!report.photoSlots().contains(slot)) {
            return Optional.empty();
        }
        String name = SipaVariables.FOTO.get(slot - 1).name();
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(report.processInstanceId())
                .variableName(name).list().stream()
                .filter(variable -> report.processInstanceId().equals(variable.getActivityInstanceId()))
                .map(HistoricVariableInstance::getTypedValue)
                .filter(FileValue.class::isInstance)
                .map(value -> UploadedFile.of((FileValue) value).content())
                .flatMap(content -> ImageType.ofContent(content).map(type -> new Photo(mimeType(type), content))
                        .stream())
                .findFirst();
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
        Optional<HistoricTaskInstance> task = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(caseId).list().stream()
                .filter(candidate -> steps.is(candidate.getProcessDefinitionId(), candidate.getTaskDefinitionKey(),
                        SipaElements.STEP_TANGGAPI_PERTANYAAN))
                .filter(candidate -> scopes.contains(candidate.getActivityInstanceId()))
                .findFirst();
        if (task.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> values = new HashMap<>();
        historyService.createHistoricVariableInstanceQuery().processInstanceId(caseId)
                .activityInstanceIdIn(task.get().getActivityInstanceId()).disableBinaryFetching().list()
                .forEach(variable -> values.put(variable.getName(), variable.getValue()));
        boolean answered = task.get().getEndTime() != null && COMPLETED.equals(task.get().getDeleteReason());
        String answer = answered ? text(values, TANGGAPAN.name()) : null;
        Date received = values.get(PERTANYAAN_DITERIMA.name()) instanceof Date date ? date
                : task.get().getStartTime();
        return Optional.of(new TrackedQuestion(text(values, PERTANYAAN_ISI.name()), received.toInstant(),
                answer, answer == null ? null : task.get().getEndTime().toInstant()));
    }

    /** Variables of the case itself (not of a question or a task), by name. */
    private Map<String, Object> caseVariables(String caseId) {
        Map<String, Object> values = new HashMap<>();
        historyService.createHistoricVariableInstanceQuery().processInstanceId(caseId).disableBinaryFetching()
                .list().stream()
                .filter(variable -> caseId.equals(variable.getActivityInstanceId()))
                .forEach(variable -> values.put(variable.getName(),
                        SipaVariables.FOTO.stream().anyMatch(foto -> foto.name().equals(variable.getName()))
                                ? Boolean.TRUE : variable.getValue()));
        values.values().removeIf(Objects::isNull);
        return values;
    }

    /** Only web addresses become links; anything else the admin typed is left out. */
    private static List<String> webLinks(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> {
            try {
                URI uri = URI.create(line);
                return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                        && uri.getHost() != null;
            } catch (IllegalArgumentException notAUri) {
                return false;
            }
        }).toList();
    }

    private static String text(Map<String, Object> values, String name) {
        Object value = values.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static Long number(Map<String, Object> values, String name) {
        return values.get(name) instanceof Number number ? number.longValue() : null;
    }

    private static String mimeType(ImageType type) {
        return switch (type) {
            case JPEG -> "image/jpeg";
            case PNG -> "image/png";
            case WEBP -> "image/webp";
        };
    }

    /** A photo with the content type its bytes really have. */
    public record Photo(String contentType, byte[] content) {
    }
}
