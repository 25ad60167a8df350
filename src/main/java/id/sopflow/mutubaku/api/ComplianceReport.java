package id.sopflow.mutubaku.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Sop;
import id.sopflow.mutubaku.DurationWords;
import id.sopflow.mutubaku.LateStepNoticeVariables;
import id.sopflow.mutubaku.MutuBakuCalendars;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;

/**
 * How each step of each SOP met its mutu baku over a period, from the finished steps the caller may see. Run it with
 * the caller authenticated on the engine, like {@link LateStepQuery}.
 *
 * <p>Rules, so that a supervisor can check a figure by hand:
 * <ul>
 *   <li>Only steps that were <em>completed</em> count; a step that ended because its instance was cancelled or an
 *       interrupting event took over was not done.</li>
 *   <li>A step is counted on the day it ended, in the time zone of its organisation (see {@link ReportPeriod}).</li>
 *   <li>On time means it ended at or before its due date. A step without a due date had nothing to meet: it counts in
 *       {@code selesai} but not in the on-time share.</li>
 *   <li>Durations are working time from the step's start to its end, in the calendar of its organisation;
 *       median and 90th percentile by nearest rank ({@link Percentiles}).</li>
 *   <li>{@code mutuBaku} and the step's name come from the diagram version of the most recently finished step of
 *       the row, so a revised SOP shows its current standard.</li>
 * </ul>
 */
@Service
public class ComplianceReport {

    private static final String COMPLETED = "completed";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final OrganisationDirectory directory;
    private final MutuBakuCalendars calendars;

    public ComplianceReport(ProcessEngine engine, OrganisationDirectory directory, MutuBakuCalendars calendars) {
        this.historyService = engine.getHistoryService();
        this.repositoryService = engine.getRepositoryService();
        this.directory = directory;
        this.calendars = calendars;
    }

    /**
     * @param sop process key to report on, or null for every SOP
     * @throws InvalidRequestException if {@code sop} is neither in the organisation file nor deployed
     */
    public List<ComplianceRow> report(CallerScope scope, String sop, ReportPeriod period) {
        Map<RowKey, List<HistoricTaskInstance>> byStep = new LinkedHashMap<>();
        for (HistoricTaskInstance task : finishedSteps(scope, sop, period)) {
            byStep.computeIfAbsent(new RowKey(task.getProcessDefinitionKey(), task.getTaskDefinitionKey()),
                    key -> new ArrayList<>()).add(task);
        }
        Map<String, Map<String, Step>> stepsByDefinition = new HashMap<>();
        List<Positioned> rows = new ArrayList<>();
        byStep.forEach((key, tasks) -> {
            HistoricTaskInstance latest = tasks.stream()
                    .max(Comparator.comparing(HistoricTaskInstance::getEndTime)).orElseThrow();
            Step step = stepsByDefinition.computeIfAbsent(latest.getProcessDefinitionId(), this::stepsOf)
                    .getOrDefault(key.stepId(), new Step(Integer.MAX_VALUE, latest.getName(), null));
            String name = step.name() != null ? step.name() : latest.getName();
            rows.add(new Positioned(row(key, name, step.mutuBaku(), tasks), step.position()));
        });
        rows.sort(Comparator.comparing((Positioned p) -> p.row().sop())
                .thenComparingInt(Positioned::position)
                .thenComparing(p -> p.row().langkahId()));
        return rows.stream().map(Positioned::row).toList();
    }

    /**
     * The steps of the caller's SOPs completed in the period (by the rules on this class), the basis of every
     * timeliness figure.
     *
     * @param sop process key, or null for every SOP
     * @throws InvalidRequestException if {@code sop} is neither in the organisation file nor deployed
     */
    public List<HistoricTaskInstance> finishedSteps(CallerScope scope, String sop, ReportPeriod period) {
        if (sop != null) {
            requireKnown(sop);
        }
        List<HistoricTaskInstance> finished = new ArrayList<>();
        if (!scope.tenantIds().isEmpty()) {
            finished.addAll(query(sop, period).tenantIdIn(scope.tenantIdArray()).list());
        }
        for (String key : scope.sopKeysWithoutTenant()) {
            if (sop == null || sop.equals(key)) {
                finished.addAll(query(key, period).withoutTenantId().list());
            }
        }
        return finished.stream()
                .filter(task -> task.getProcessDefinitionKey() != null && task.getStartTime() != null
                        // a supervisor's late-step notice is no SOP step and has no mutu baku
                        && !LateStepNoticeVariables.PROCESS_KEY.equals(task.getProcessDefinitionKey())
                        && period.contains(task.getEndTime().toInstant(), zoneOf(task)))
                .toList();
    }

    /** Whether a completed step ended within its mutu baku; null when it had no due date. */
    static Boolean onTime(HistoricTaskInstance task) {
        return task.getDueDate() == null ? null : !task.getEndTime().toInstant().isAfter(task.getDueDate().toInstant());
    }

    private ComplianceRow row(RowKey key, String name, String mutuBaku, List<HistoricTaskInstance> tasks) {
        List<Duration> workingTimes = new ArrayList<>();
        int withDueDate = 0;
        int onTime = 0;
        for (HistoricTaskInstance task : tasks) {
            Instant start = task.getStartTime().toInstant();
            Instant end = task.getEndTime().toInstant();
            workingTimes.add(calendars.forProcess(key.sop(), task.getTenantId()).workingTimeBetween(start, end));
            if (task.getDueDate() != null) {
                withDueDate++;
                if (!end.isAfter(task.getDueDate().toInstant())) {
                    onTime++;
                }
            }
        }
        BigDecimal onTimeShare = withDueDate == 0 ? null
                : BigDecimal.valueOf(onTime).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(withDueDate), 1, RoundingMode.HALF_UP);
        Duration median = Percentiles.median(workingTimes).orElse(null);
        Duration p90 = Percentiles.nearestRank(workingTimes, 90).orElse(null);
        return new ComplianceRow(key.sop(), key.stepId(), name, tasks.size(), onTimeShare,
                median == null ? null : median.toString(), p90 == null ? null : p90.toString(), mutuBaku,
                median == null ? null : DurationWords.workingTime(median),
                p90 == null ? null : DurationWords.workingTime(p90),
                mutuBaku == null ? null : DurationWords.mutuBaku(mutuBaku));
    }

    private HistoricTaskInstanceQuery query(String sop, ReportPeriod period) {
        HistoricTaskInstanceQuery query = historyService.createHistoricTaskInstanceQuery()
                .finished()
                .taskDeleteReason(COMPLETED);
        if (sop != null) {
            query.processDefinitionKey(sop);
        }
        if (period.earliestPossible() != null) {
            query.finishedAfter(Date.from(period.earliestPossible()));
        }
        if (period.latestPossible() != null) {
            query.finishedBefore(Date.from(period.latestPossible()));
        }
        return query;
    }

    void requireKnown(String sop) {
        boolean known = directory.sop(sop).isPresent()
                || repositoryService.createProcessDefinitionQuery().processDefinitionKey(sop).count() > 0;
        if (!known) {
            throw new InvalidRequestException("SOP '" + sop + "' tidak dikenal. Gunakan kunci proses salah satu SOP: "
                    + String.join(", ", directory.sops().stream().map(Sop::processKey).toList()) + ".");
        }
    }

    /** The zone of the organisation the step's work belongs to, as {@link MutuBakuCalendars#forProcess} decides. */
    private ZoneId zoneOf(HistoricTaskInstance task) {
        return calendars.forProcess(task.getProcessDefinitionKey(), task.getTenantId()).zone();
    }

    /** The user tasks of a deployed diagram by id, numbered in the order they appear in the file. */
    private Map<String, Step> stepsOf(String processDefinitionId) {
        Map<String, Step> steps = new HashMap<>();
        int position = 0;
        for (UserTask task : repositoryService.getBpmnModelInstance(processDefinitionId)
                .getModelElementsByType(UserTask.class)) {
            steps.put(task.getId(), new Step(position++, task.getName(), task.getCamundaDueDate()));
        }
        return steps;
    }

    private record RowKey(String sop, String stepId) {
    }

    private record Step(int position, String name, String mutuBaku) {
    }

    private record Positioned(ComplianceRow row, int position) {
    }
}
