package id.sopflow.sop.sipa;

import id.sopflow.reporting.CaseHistory;
import id.sopflow.reporting.SopSteps;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Actor;
import id.sopflow.identity.OrganisationModel.Organisation;
import id.sopflow.identity.OrganisationModel.Unit;
import id.sopflow.sop.sipa.SipaMonthlyRecapData.DesaRow;
import id.sopflow.sop.sipa.SipaMonthlyRecapData.LateRow;

/**
 * Counts a month of SIPA BERMEDSOS for every desa of the kecamatan from what sopflow recorded: the cases' history
 * (reports started, posts, questions), {@code SOPFLOW_REVIEW_ROUND} (verification decisions) and
 * {@code SOPFLOW_LATE_STEP} (late steps). A month is counted in the kecamatan's time zone, start inclusive.
 */
@Component
class SipaMonthlyRecapHistory {

    private final HistoryService historyService;
    private final JdbcTemplate jdbc;
    private final OrganisationDirectory directory;
    private final SopSteps steps;

    SipaMonthlyRecapHistory(HistoryService historyService, JdbcTemplate jdbc, OrganisationDirectory directory,
            SopSteps steps) {
        this.historyService = historyService;
        this.jdbc = jdbc;
        this.directory = directory;
        this.steps = steps;
    }

    SipaMonthlyRecapData collect(Organisation kecamatan, YearMonth month, ZoneId zone) {
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<DesaRow> rows = new ArrayList<>();
        List<LateRow> late = new ArrayList<>();
        for (Unit desa : kecamatan.units()) {
            rows.add(desaRow(desa, from, to));
            late.addAll(lateSteps(desa, from, to));
        }
        return new SipaMonthlyRecapData(kecamatan.name(), month, SipaRecapPeriod.monthName(month), rows, late,
                ClockUtil.getCurrentTime().toInstant(), zone);
    }

    /** Reports the desa started in the month so far (the reminder's question). */
    int submitted(String desaId, Instant from, Instant to) {
        return (int) historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(SipaVariables.PROCESS_KEY).tenantIdIn(desaId)
                .startedAfter(Date.from(from.minusMillis(1))).list().stream()
                .filter(instance -> within(instance.getStartTime(), from, to))
                .count();
    }

    private DesaRow desaRow(Unit desa, Instant from, Instant to) {
        int submitted = submitted(desa.id(), from, to);
        int rejected = rounds(desa.id(), false, from, to);
        int verified = rounds(desa.id(), true, from, to);
        // Steps by template or 'langkah' property, not element id: a rename in Modeler keeps the recap whole.
        int posted = (int) historyService.createHistoricActivityInstanceQuery()
                .activityType("serviceTask").tenantIdIn(desa.id()).finished().list().stream()
                .filter(activity -> steps.is(activity.getProcessDefinitionId(), activity.getActivityId(),
                        SipaElements.STEP_BUKA_MASA_TANGGAPAN))
                .filter(activity -> within(activity.getEndTime(), from, to))
                .count();
        List<HistoricTaskInstance> questions = historyService.createHistoricTaskInstanceQuery()
                .processDefinitionKey(SipaVariables.PROCESS_KEY)
                .tenantIdIn(desa.id()).list().stream()
                .filter(task -> steps.is(task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
                        SipaElements.STEP_TANGGAPI_PERTANYAAN))
                .filter(task -> within(task.getStartTime(), from, to))
                .toList();
        List<HistoricTaskInstance> answered = questions.stream()
                .filter(CaseHistory::completed)
                .toList();
        int onTime = (int) answered.stream()
                .filter(task -> task.getDueDate() != null && !task.getEndTime().after(task.getDueDate()))
                .count();
        return new DesaRow(desa.id(), desa.name(), submitted, rejected, verified, posted, questions.size(),
                answered.size(), onTime);
    }

    private int rounds(String desaId, boolean approved, Instant from, Instant to) {
        // A round is stored with the element id it was decided in; every id the verification step has had counts.
        List<String> stepIds = List.copyOf(steps.ids(SipaVariables.PROCESS_KEY, SipaElements.STEP_VERIFIKASI_LAPORAN));
        List<Object> arguments = new java.util.ArrayList<>(List.of(desaId, approved, from.atOffset(ZoneOffset.UTC),
                to.atOffset(ZoneOffset.UTC)));
        arguments.addAll(stepIds);
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM SOPFLOW_REVIEW_ROUND r WHERE r.TENANT_ID = ? "
                + "AND r.APPROVED = ? AND r.DECIDED_AT >= ? AND r.DECIDED_AT < ? AND r.STEP_ID IN ("
                + String.join(",", java.util.Collections.nCopies(stepIds.size(), "?")) + ")", Integer.class,
                arguments.toArray());
        return count == null ? 0 : count;
    }

    /**
     * Late steps per actor and step. The engine keeps a step's candidate groups in no fixed order, so they are put in
     * the SOP's column order before counting.
     */
    private List<LateRow> lateSteps(Unit desa, Instant from, Instant to) {
        List<String> columns = directory.sop(SipaVariables.PROCESS_KEY)
                .map(sop -> sop.actors().stream().map(Actor::group).toList()).orElse(List.of());
        Function<String, String> actors = groups -> groups == null || groups.isBlank() ? "-"
                : Arrays.stream(groups.split(",")).map(String::strip)
                        .sorted(Comparator.comparingInt((String group) -> columns.indexOf(group) < 0
                                ? Integer.MAX_VALUE : columns.indexOf(group)).thenComparing(Comparator.naturalOrder()))
                        .map(group -> directory.actorName(group).orElse(group))
                        .collect(Collectors.joining(", "));
        Map<List<String>, Integer> counts = new TreeMap<>(Comparator.comparing((List<String> key) -> key.get(0))
                .thenComparing(key -> key.get(1)));
        jdbc.query("SELECT CANDIDATE_GROUPS, STEP_NAME FROM SOPFLOW_LATE_STEP WHERE PROCESS_KEY = ? AND TENANT_ID = ? "
                        + "AND DETECTED_AT >= ? AND DETECTED_AT < ?",
                (RowCallbackHandler) row -> counts.merge(List.of(actors.apply(row.getString(1)),
                        String.valueOf(row.getString(2))), 1, Integer::sum),
                SipaVariables.PROCESS_KEY, desa.id(), from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC));
        List<LateRow> rows = new ArrayList<>();
        counts.forEach((key, count) -> rows.add(new LateRow(desa.name(), key.get(0), key.get(1), count)));
        return rows;
    }

    private static boolean within(Date time, Instant from, Instant to) {
        return time != null && !time.toInstant().isBefore(from) && time.toInstant().isBefore(to);
    }
}
