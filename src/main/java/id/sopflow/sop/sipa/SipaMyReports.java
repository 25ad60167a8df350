package id.sopflow.sop.sipa;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;

import id.sopflow.reporting.CaseHistory;
import id.sopflow.reporting.SopStep;
import id.sopflow.reporting.SopSteps;

/**
 * "Laporan Saya": the SIPA BERMEDSOS reports of the caller's own desa, with where each one is. A desa has no task
 * while the kecamatan works, so a Tasklist filter cannot show this.
 *
 * <p>Scoped by tenant explicitly: only cases whose tenant is one of the given tenants are read, whatever rights the
 * caller has on process instances (a desa user may not read history, and does not need to).
 */
@Service
public class SipaMyReports {

    /** Where a report is, as the desa reads it. */
    public enum Status {
        MENUNGGU_VERIFIKASI("menunggu verifikasi"),
        PERLU_PERBAIKAN("perlu perbaikan"),
        MENUNGGU_UNGGAHAN("terverifikasi, menunggu diunggah"),
        TERBIT("terbit"),
        SELESAI("selesai"),
        DIBATALKAN("dibatalkan");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One report of the desa; {@code publicLink} only once it is posted, {@code pageLink} (the same address) from the
     * start.
     */
    public record MyReport(String kodePublik, String judul, String desa, Instant started, Status status,
                           String publicLink, String pageLink, int questions, int answered) {
    }

    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final CaseHistory caseHistory;
    private final SopSteps steps;

    public SipaMyReports(HistoryService historyService, RuntimeService runtimeService, CaseHistory caseHistory,
                         SopSteps steps) {
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.caseHistory = caseHistory;
        this.steps = steps;
    }

    /** The reports of these tenants, newest first; none for no tenant. */
    public List<MyReport> of(List<String> tenantIds) {
        if (tenantIds == null || tenantIds.isEmpty()) {
            return List.of();
        }
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(SipaVariables.PROCESS_KEY)
                .tenantIdIn(tenantIds.toArray(String[]::new))
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, 200).stream()
                .map(this::report)
                .filter(Objects::nonNull)
                .toList();
    }

    /** The report this user started last among these tenants' reports. */
    public Optional<MyReport> latestStartedBy(String userId, List<String> tenantIds) {
        if (userId == null || tenantIds == null || tenantIds.isEmpty()) {
            return Optional.empty();
        }
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(SipaVariables.PROCESS_KEY)
                .tenantIdIn(tenantIds.toArray(String[]::new))
                .startedBy(userId)
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream()
                .map(this::report)
                .filter(Objects::nonNull)
                .findFirst();
    }

    private MyReport report(HistoricProcessInstance instance) {
        CaseHistory.Case history = caseHistory.of(instance.getId());
        Optional<String> kode = history.text(SipaVariables.KODE_PUBLIK);
        if (kode.isEmpty()) {
            return null;
        }
        boolean posted = history.text(SipaVariables.TAUTAN_PUBLIKASI).isPresent();
        List<HistoricTaskInstance> questions = history.tasks(SipaElements.STEP_TANGGAPI_PERTANYAAN);
        int answered = (int) questions.stream().filter(CaseHistory::completed).count();
        String page = history.text(SipaVariables.ALAMAT_HALAMAN_PUBLIK).orElse(null);
        return new MyReport(kode.get(), history.text(SipaVariables.JUDUL).orElse(null),
                history.text(SipaVariables.DESA).orElse(null), instance.getStartTime().toInstant(),
                status(instance, posted), posted ? page : null, page, questions.size(), answered);
    }

    private Status status(HistoricProcessInstance instance, boolean posted) {
        switch (instance.getState()) {
            case HistoricProcessInstance.STATE_COMPLETED:
                return Status.SELESAI;
            case HistoricProcessInstance.STATE_ACTIVE, HistoricProcessInstance.STATE_SUSPENDED:
                break;
            default:
                return Status.DIBATALKAN;
        }
        if (posted) {
            return Status.TERBIT;
        }
        List<String> active = runtimeService.getActiveActivityIds(instance.getId());
        // By template, not by element id: a step renamed in Modeler keeps its status in Laporan Saya.
        Predicate<SopStep> at = step -> active.stream()
                .anyMatch(id -> steps.is(instance.getProcessDefinitionId(), id, step));
        if (at.test(SipaElements.STEP_PERBAIKI_LAPORAN)) {
            return Status.PERLU_PERBAIKAN;
        }
        if (at.test(SipaElements.STEP_UNGGAH_MANUAL) || at.test(SipaElements.STEP_UNGGAH_MEDSOS)) {
            return Status.MENUNGGU_UNGGAHAN;
        }
        return Status.MENUNGGU_VERIFIKASI;
    }
}
