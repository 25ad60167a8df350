package id.sopflow.mutubaku.api;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import id.sopflow.identity.AsSystem;
import id.sopflow.mutubaku.DurationWords;
import id.sopflow.mutubaku.LateStepNoticeVariables;
import id.sopflow.mutubaku.LateStepNotices;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.sopflow.caseheader.CaseHeader;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Organisation;
import id.sopflow.identity.OrganisationModel.Sop;
import id.sopflow.mutubaku.IndonesianTime;
import id.sopflow.mutubaku.MutuBakuCalendars;
import id.sopflow.mutubaku.WorkingTimeCalendar;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Service;

/**
 * What the Cockpit plugin "Langkah terlambat" shows a supervisor: the late steps now, grouped the ways a supervisor
 * asks (per SOP, per organisation and desa, per actor), the steps about to fall due, and timeliness over a period.
 * Every figure comes from engine queries run with the caller authenticated, through {@link LateStepQuery} and
 * {@link ComplianceReport}, so the engine's authorization and tenant checks apply.
 */
@Service
class LateStepDashboard {

    /** Working hours ahead that "segera jatuh tempo" looks, unless the caller asks otherwise. */
    static final int DEFAULT_HOURS_AHEAD = 2;
    static final int MAX_HOURS_AHEAD = 40;
    /** What an engine id (a case's, a task's) looks like: anything else is refused before it reaches a query. */
    private static final Pattern ENGINE_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final int VARIABLE_BATCH = 500;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final LateStepQuery lateSteps;
    private final ComplianceReport compliance;
    private final RuntimeService runtimeService;
    private final ProcessEngine engine;
    private final OrganisationDirectory directory;
    private final MutuBakuCalendars calendars;

    LateStepDashboard(LateStepQuery lateSteps, ComplianceReport compliance, ProcessEngine engine,
                      OrganisationDirectory directory, MutuBakuCalendars calendars) {
        this.lateSteps = lateSteps;
        this.compliance = compliance;
        this.runtimeService = engine.getRuntimeService();
        this.engine = engine;
        this.directory = directory;
        this.calendars = calendars;
    }

    /**
     * What the dashboard shows: the counts over every late step of the caller's scope, and one page of the late
     * steps, most late first. Only the page is dressed with case titles, actor names and words, so the answer stays
     * the same size whether a desa has three late steps or a kabupaten has thousands.
     *
     * @param sop         only this SOP, or null for all
     * @param hoursAhead  how many working hours ahead count as "segera jatuh tempo", besides the rest of today
     * @param paging      the page of late steps; its size is also the most due-soon steps listed
     */
    LateOverview overview(CallerScope scope, String sop, int hoursAhead, Instant now, Paging paging) {
        if (hoursAhead < 1 || hoursAhead > MAX_HOURS_AHEAD) {
            throw new InvalidRequestException("Parameter 'jam' tidak sah: " + hoursAhead + ". Isi jumlah jam kerja ke "
                    + "depan antara 1 dan " + MAX_HOURS_AHEAD + ".");
        }
        List<LateStepRow> late = lateSteps.find(scope, now).stream().filter(row -> matches(row, sop)).toList();
        Instant furthest = latestDueSoon(hoursAhead, now);
        List<LateStepRow> soon = lateSteps.dueBetween(scope, now, furthest).stream()
                .filter(row -> matches(row, sop))
                .filter(row -> dueSoon(row, hoursAhead, now))
                .toList();
        List<LateStepRow> page = paging.of(late);
        List<LateStepRow> soonPage = new Paging(0, paging.maxResults()).of(soon);
        Map<String, String> titles = caseTitles(page, soonPage);
        return new LateOverview(
                IndonesianTime.format(now, callerZone(scope)),
                late.size(),
                paging.firstResult(),
                paging.maxResults(),
                page.stream().map(row -> step(row, titles, now)).toList(),
                count(late, LateStepRow::sopNama),
                count(late, row -> organisationName(row) + " — " + (row.desa() == null ? "-" : row.desa())),
                count(late, this::actorNames),
                count(late, LateStepRow::langkahId),
                soon.size(),
                soonPage.stream().map(row -> step(row, titles, now)).toList(),
                hoursAhead);
    }

    /**
     * The zone the caller reads times in: their organisation's (a Camat of Paringin reads WITA like the rows below the
     * stamp), or the configured default when their tenants span zones or none.
     */
    private ZoneId callerZone(CallerScope scope) {
        List<ZoneId> zones = scope.tenantIds().stream()
                .flatMap(tenant -> calendars.forTenant(tenant).stream())
                .map(calendar -> calendar.zone())
                .distinct()
                .toList();
        return zones.size() == 1 ? zones.get(0) : calendars.fallback().zone();
    }

    /**
     * The open steps a supervisor's notice gathers, as far as the caller may see them, most late first, dressed as
     * the dashboard's rows: what the notice's form lists, with a field for an arahan on each.
     */
    NoticeSteps noticeSteps(CallerScope scope, String noticeTaskId, Instant now, Paging paging) {
        if (noticeTaskId == null || !ENGINE_ID.matcher(noticeTaskId).matches()) {
            throw new InvalidRequestException("Id pemberitahuan tidak sah: isi id tugas pemberitahuan dari Tasklist.");
        }
        LateStepPage page = lateSteps.ofNotice(scope, noticeTaskId, now, paging);
        Map<String, String> titles = caseTitles(page.rows(), List.of());
        return new NoticeSteps(page.total(), page.rows().stream().map(row -> step(row, titles, now)).toList());
    }

    record NoticeSteps(int total, List<DashboardStep> steps) {
    }

    /** Every late step, most late first, for the CSV and XLSX export: the full table, not the dashboard's page. */
    List<DashboardStep> allLateSteps(CallerScope scope, String sop, Instant now) {
        List<LateStepRow> late = lateSteps.find(scope, now).stream().filter(row -> matches(row, sop)).toList();
        Map<String, String> titles = caseTitles(late, List.of());
        return late.stream().map(row -> step(row, titles, now)).toList();
    }

    /**
     * Share of completed steps done within their mutu baku, per SOP, step, desa and month, by the rules of
     * {@link ComplianceReport} (completed steps with a due date, counted on the day they ended in their
     * organisation's zone). The database counts them ({@code counts} runs {@code sopflow/cockpit/ketepatan.xml}
     * with the caller's authorizations); this adds the groups up.
     */
    Timeliness timeliness(CallerScope scope, String sop, ReportPeriod period,
                          Function<TimelinessQuery, List<TimelinessBucket>> counts) {
        if (sop != null) {
            compliance.requireKnown(sop);
        }
        List<Counted> finished = new ArrayList<>();
        if (!scope.tenantIds().isEmpty() || !scope.sopKeysWithoutTenant().isEmpty()) {
            ZoneId server = ZoneId.systemDefault();
            for (TimelinessBucket bucket : counts.apply(new TimelinessQuery(scope, sop,
                    LateStepNoticeVariables.PROCESS_KEY, period.earliestPossible(), period.latestPossible()))) {
                // the database hands back the server's local time, as the engine wrote it
                Instant hour = LocalDateTime.of(bucket.getYear(), bucket.getMonth(), bucket.getDay(),
                        bucket.getHour(), 0).atZone(server).toInstant();
                ZoneId zone = calendars.forProcess(bucket.getSop(), bucket.getTenantId()).zone();
                if (period.contains(hour, zone)) {
                    finished.add(new Counted(bucket, YearMonth.from(hour.atZone(zone)), hour));
                }
            }
        }
        Map<String, String> stepNames = new HashMap<>();
        finished.stream()
                .sorted(Comparator.comparing(Counted::hour))
                .forEach(counted -> stepNames.put(stepKey(counted), counted.bucket().getStepName()));
        return new Timeliness(
                period.from() == null ? null : period.from().toString(),
                period.to() == null ? null : period.to().toString(),
                shares(finished, counted -> counted.bucket().getSop(), this::sopName),
                shares(finished, LateStepDashboard::stepKey, key -> sopName(key.substring(0, key.indexOf('/')))
                        + " — " + stepNames.getOrDefault(key, key.substring(key.indexOf('/') + 1))),
                shares(finished, counted -> counted.bucket().getTenantId() == null ? ""
                                : counted.bucket().getTenantId(),
                        tenant -> tenant.isEmpty() ? "(tanpa desa)" : directory.tenantName(tenant).orElse(tenant)),
                monthly(finished));
    }

    private static String stepKey(Counted counted) {
        return counted.bucket().getSop() + "/" + counted.bucket().getStepId();
    }

    /** One group of the timeliness query, with the month and hour it falls in, in its organisation's zone. */
    private record Counted(TimelinessBucket bucket, YearMonth month, Instant hour) {
    }

    /**
     * Each step of one case against its mutu baku: working time taken (until now for an open step), time allowed,
     * late or not, and the supervisors' arahan on it. The case is looked up in the caller's scope exactly as the
     * dashboard's lists are; a case outside it is reported as not found.
     */
    CaseSteps caseSteps(CallerScope scope, String processInstanceId, Instant now) {
        if (processInstanceId == null || !ENGINE_ID.matcher(processInstanceId).matches()) {
            throw new InvalidRequestException("Id kasus tidak sah: '" + processInstanceId + "'. Buka tab ini dari "
                    + "halaman sebuah kasus di Cockpit.");
        }
        HistoryService history = engine.getHistoryService();
        HistoricProcessInstance instance = null;
        if (!scope.tenantIds().isEmpty()) {
            instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                    .tenantIdIn(scope.tenantIdArray()).singleResult();
        }
        if (instance == null && !scope.sopKeysWithoutTenant().isEmpty()) {
            instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                    .withoutTenantId().processDefinitionKeyIn(scope.sopKeysWithoutTenant().toArray(String[]::new))
                    .singleResult();
        }
        if (instance == null) {
            throw new CaseNotFoundException("Kasus " + processInstanceId + " tidak ditemukan atau bukan wewenang Anda.");
        }
        WorkingTimeCalendar calendar = calendars.forProcess(instance.getProcessDefinitionKey(), instance.getTenantId());
        Map<String, String> allowed = new HashMap<>();
        engine.getRepositoryService().getBpmnModelInstance(instance.getProcessDefinitionId())
                .getModelElementsByType(UserTask.class)
                .forEach(task -> allowed.put(task.getId(), task.getCamundaDueDate()));
        List<CaseStep> steps = new ArrayList<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).orderByHistoricActivityInstanceStartTime().asc().list()) {
            Instant start = task.getStartTime().toInstant();
            Instant end = task.getEndTime() == null ? null : task.getEndTime().toInstant();
            Instant until = end == null ? now : end;
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            boolean late = due != null && until.isAfter(due);
            String status = end == null ? (late ? "Terlambat, belum selesai" : "Berjalan")
                    : "completed".equals(task.getDeleteReason()) ? (late ? "Selesai terlambat" : "Tepat waktu")
                    : "Dibatalkan";
            String mutuBaku = allowed.get(task.getTaskDefinitionKey());
            steps.add(new CaseStep(task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
                    IndonesianTime.format(start, calendar.zone()),
                    end == null ? null : IndonesianTime.format(end, calendar.zone()),
                    calendar.workingTimeBetween(start, until).toString(),
                    calendar.words(calendar.workingTimeBetween(start, until)),
                    mutuBaku, mutuBaku == null ? "-" : DurationWords.mutuBaku(mutuBaku),
                    due == null ? null : IndonesianTime.format(due, calendar.zone()),
                    late, late ? calendar.words(calendar.workingTimeBetween(due, until)) : null, status,
                    arahan(task.getId())));
        }
        return new CaseSteps(instance.getId(), sopName(instance.getProcessDefinitionKey()),
                instance.getTenantId() == null ? "-" : directory.tenantName(instance.getTenantId())
                        .orElse(instance.getTenantId()), steps);
    }

    /** Comments are not tenant-checked by the engine; read only after the case was found in the caller's scope. */
    private List<String> arahan(String taskId) {
        IdentityService identity = engine.getIdentityService();
        return AsSystem.run(identity, () -> engine.getTaskService().getTaskComments(taskId).stream()
                .map(Comment::getFullMessage)
                .filter(message -> message != null && message.startsWith(LateStepNotices.COMMENT_PREFIX))
                .toList());
    }

    /**
     * The latest due date {@link #dueSoon} can accept in any organisation's calendar (and never beyond two weeks):
     * the open steps are read only up to it, not every step of the coming weeks, of which the kecamatan has
     * thousands.
     */
    private Instant latestDueSoon(int hoursAhead, Instant now) {
        List<WorkingTimeCalendar> all = new ArrayList<>();
        all.add(calendars.fallback());
        directory.organisations().forEach(organisation -> calendars.forTenant(organisation.id()).ifPresent(all::add));
        Instant latest = now;
        for (WorkingTimeCalendar calendar : all) {
            ZoneId zone = calendar.zone();
            Instant endOfToday = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
            Instant workingHorizon = calendar.addWorkingTime(now, "PT" + hoursAhead + "H");
            for (Instant candidate : new Instant[] { endOfToday, workingHorizon }) {
                if (candidate.isAfter(latest)) {
                    latest = candidate;
                }
            }
        }
        Instant twoWeeks = now.plus(Duration.ofDays(14));
        return latest.isAfter(twoWeeks) ? twoWeeks : latest;
    }

    private boolean dueSoon(LateStepRow row, int hoursAhead, Instant now) {
        WorkingTimeCalendar calendar = calendars.forProcess(row.sop(), row.tenant());
        Instant due = Instant.parse(row.jatuhTempo());
        ZoneId zone = calendar.zone();
        Instant endOfToday = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
        Instant workingHorizon = calendar.addWorkingTime(now, "PT" + hoursAhead + "H");
        return due.isBefore(endOfToday) || !due.isAfter(workingHorizon);
    }

    private DashboardStep step(LateStepRow row, Map<String, String> titles, Instant now) {
        WorkingTimeCalendar calendar = calendars.forProcess(row.sop(), row.tenant());
        Instant due = Instant.parse(row.jatuhTempo());
        String organisation = organisationName(row);
        String actors = actorNames(row);
        String remaining = due.isAfter(now) ? calendar.words(calendar.workingTimeBetween(now, due)) : null;
        return new DashboardStep(row.sop(), row.sopNama(), row.langkah(), row.langkahId(), organisation,
                row.desa() == null ? "-" : row.desa(), titles.getOrDefault(row.prosesId(), "-"), actors,
                row.penanggungJawab(), row.jatuhTempo(), IndonesianTime.format(due, calendar.zone()),
                due.isAfter(now) ? null : row.terlambatKerja(), due.isAfter(now) ? null : row.terlambatKerjaTeks(),
                remaining, row.prosesId(), row.tautanCockpit(), row.tugasId());
    }

    private String organisationName(LateStepRow row) {
        return directory.organisationOfTenant(row.tenant()).map(Organisation::name)
                .or(() -> directory.sop(row.sop()).flatMap(sop -> directory.organisation(sop.organisation()))
                        .map(Organisation::name))
                .orElse("-");
    }

    private String actorNames(LateStepRow row) {
        return row.grupPelaksana().isEmpty() ? "-" : String.join(", ",
                row.grupPelaksana().stream().map(group -> directory.actorName(group).orElse(group)).toList());
    }

    /** The case titles ({@code judul}) of these instances, read with the caller's authorizations. */
    private Map<String, String> caseTitles(List<LateStepRow> late, List<LateStepRow> soon) {
        List<String> ids = new ArrayList<>();
        late.forEach(row -> ids.add(row.prosesId()));
        soon.forEach(row -> ids.add(row.prosesId()));
        List<String> distinct = ids.stream().distinct().toList();
        Map<String, String> titles = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += VARIABLE_BATCH) {
            List<String> batch = distinct.subList(from, Math.min(distinct.size(), from + VARIABLE_BATCH));
            for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
                    .processInstanceIdIn(batch.toArray(String[]::new))
                    .variableName(CaseHeader.JUDUL.name())
                    .disableBinaryFetching()
                    .list()) {
                if (variable.getValue() instanceof String title && !title.isBlank()) {
                    titles.putIfAbsent(variable.getProcessInstanceId(), title.strip());
                }
            }
        }
        return titles;
    }

    private static boolean matches(LateStepRow row, String sop) {
        return sop == null || sop.equals(row.sop());
    }

    private static List<Count> count(List<LateStepRow> steps, Function<LateStepRow, String> key) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        steps.forEach(step -> counts.merge(key.apply(step), 1, Integer::sum));
        return counts.entrySet().stream()
                .map(entry -> new Count(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt(Count::jumlah).reversed().thenComparing(Count::nama))
                .toList();
    }

    private List<Share> shares(List<Counted> counted, Function<Counted, String> key, Function<String, String> name) {
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (Counted group : counted) {
            long[] total = totals.computeIfAbsent(key.apply(group), k -> new long[2]);
            total[0] += group.bucket().getFinished();
            total[1] += group.bucket().getOnTime();
        }
        return totals.entrySet().stream()
                .map(entry -> share(entry.getKey(), name.apply(entry.getKey()), entry.getValue()))
                .sorted(Comparator.comparing(Share::nama))
                .toList();
    }

    private List<Share> monthly(List<Counted> counted) {
        Map<YearMonth, long[]> totals = new HashMap<>();
        for (Counted group : counted) {
            long[] total = totals.computeIfAbsent(group.month(), k -> new long[2]);
            total[0] += group.bucket().getFinished();
            total[1] += group.bucket().getOnTime();
        }
        return totals.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> share(entry.getKey().toString(), entry.getKey().toString(), entry.getValue()))
                .toList();
    }

    private static Share share(String key, String name, long[] total) {
        BigDecimal percent = BigDecimal.valueOf(total[1]).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(total[0]), 1, RoundingMode.HALF_UP);
        return new Share(key, name, Math.toIntExact(total[0]), Math.toIntExact(total[1]), percent);
    }

    private String sopName(String key) {
        return directory.sop(key).map(Sop::name).orElse(key);
    }

    /**
     * One step in the dashboard's lists.
     *
     * @param jatuhTempo      due date, ISO instant
     * @param jatuhTempoTeks  the same as staff read it, in the organisation's zone
     * @param terlambatKerja  working time late, ISO 8601; null for a step not yet due
     * @param terlambatTeks   the same in words
     * @param sisaTeks        working time left until it falls due, in words; null for a late step
     * @param tautan          the instance in Cockpit
     */
    record DashboardStep(String sop, String sopNama, String langkah, String langkahId, String organisasi,
                         String desa, String kasus, String pelaksana, String penanggungJawab, String jatuhTempo,
                         String jatuhTempoTeks, String terlambatKerja, String terlambatTeks, String sisaTeks,
                         String prosesId, String tautan, String tugasId) {
    }

    record Count(String nama, int jumlah) {
    }

    /**
     * One step of a case against its mutu baku.
     *
     * @param dipakaiKerja    working time from start to end (or now), ISO 8601
     * @param dipakaiTeks     the same in words
     * @param mutuBaku        allowed time as the diagram says, ISO 8601
     * @param terlambatTeks   working time beyond the due date, in words; null when not late
     * @param arahan          the supervisors' arahan written on the step
     */
    record CaseStep(String langkah, String langkahId, String penanggungJawab, String mulai, String selesai,
                    String dipakaiKerja, String dipakaiTeks, String mutuBaku, String mutuBakuTeks, String jatuhTempo,
                    boolean terlambat, String terlambatTeks, String status, List<String> arahan) {
    }

    record CaseSteps(String prosesId, String sopNama, String desa, List<CaseStep> langkah) {
    }

    /**
     * @param jumlahTerlambat every late step in the caller's scope (and SOP), of which {@code terlambat} is the page
     *                        starting at {@code mulai}, at most {@code maksimal} long, most late first
     * @param perLangkah      late steps per step id (the diagram's badges)
     * @param jumlahSegera    every step due soon, of which {@code segeraJatuhTempo} lists at most {@code maksimal}
     */
    record LateOverview(String waktu, int jumlahTerlambat, int mulai, int maksimal, List<DashboardStep> terlambat,
                        List<Count> perSop, List<Count> perDesa, List<Count> perPelaksana, List<Count> perLangkah,
                        int jumlahSegera, List<DashboardStep> segeraJatuhTempo, int jamKeDepan) {
    }

    /** @param persen share done within the mutu baku, one decimal */
    record Share(String kunci, String nama, int selesai, int tepatWaktu, BigDecimal persen) {
    }

    record Timeliness(String dari, String sampai, List<Share> perSop, List<Share> perLangkah, List<Share> perDesa,
                      List<Share> perBulan) {
    }
}
