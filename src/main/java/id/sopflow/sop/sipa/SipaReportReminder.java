package id.sopflow.sop.sipa;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import id.sopflow.identity.AsSystem;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Actor;
import id.sopflow.identity.OrganisationModel.Organisation;
import id.sopflow.identity.OrganisationModel.Unit;
import id.sopflow.mutubaku.MutuBakuCalendars;
import id.sopflow.mutubaku.WorkingTimeCalendar;

/**
 * {@code serviceTask_ingatkanDesa}: every desa of the kecamatan that has not started a SIPA BERMEDSOS report this
 * month gets a Tasklist task "Pengingat…" for its Pemerintah Desa group, in the desa's own tenant so that only that
 * desa (and the kecamatan staff who work in it) sees it. A desa that already has an open reminder for the month gets
 * no second one. The task is acknowledged by completing it; it is due at the last moment of the month.
 */
@Component("sipaReportReminder")
class SipaReportReminder implements JavaDelegate {

    static final int PRIORITY = 60;

    private final SipaMonthlyRecapHistory history;
    private final OrganisationDirectory directory;
    private final MutuBakuCalendars calendars;
    private final TaskService taskService;
    private final IdentityService identityService;

    SipaReportReminder(SipaMonthlyRecapHistory history, OrganisationDirectory directory, MutuBakuCalendars calendars,
                       TaskService taskService, IdentityService identityService) {
        this.history = history;
        this.directory = directory;
        this.calendars = calendars;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Organisation kecamatan = SipaMonthlyRecap.kecamatan(directory);
        String desaGroup = directory.sop(SipaVariables.PROCESS_KEY).orElseThrow().actors().stream()
                .filter(Actor::starts).map(Actor::group).findFirst().orElseThrow();
        WorkingTimeCalendar calendar = calendars.forProcess(SipaVariables.PROCESS_KEY, kecamatan.id());
        Instant now = ClockUtil.getCurrentTime().toInstant();
        YearMonth month = YearMonth.from(ZonedDateTime.ofInstant(now, calendar.zone()));
        Instant from = month.atDay(1).atStartOfDay(calendar.zone()).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(calendar.zone()).toInstant();
        String monthName = SipaRecapPeriod.monthName(month);
        String title = "Pengingat: kirim laporan SIPA BERMEDSOS bulan " + monthName;

        List<String> reminded = AsSystem.run(identityService, () -> {
            List<String> names = new ArrayList<>();
            for (Unit desa : kecamatan.units()) {
                if (history.submitted(desa.id(), from, now) > 0 || hasOpenReminder(desa.id(), title)) {
                    continue;
                }
                Task reminder = taskService.newTask();
                reminder.setName(title + " — " + desa.name());
                reminder.setDescription(desa.name() + " belum menyampaikan laporan kegiatan pembangunan atau "
                        + "realisasi APBDes melalui SIPA BERMEDSOS pada bulan " + monthName + ". Mulai proses "
                        + "\"SIPA BERMEDSOS\" di Tasklist, lalu selesaikan tugas ini.");
                reminder.setTenantId(desa.id());
                reminder.setPriority(PRIORITY);
                reminder.setDueDate(Date.from(end.minusSeconds(1)));
                taskService.saveTask(reminder);
                taskService.addCandidateGroup(reminder.getId(), desaGroup);
                names.add(desa.name());
            }
            return names;
        });
        SipaRecapVariables.PERIODE_REKAP.set(execution, month.toString());
        SipaRecapVariables.BULAN_REKAP.set(execution, monthName);
        SipaRecapVariables.DESA_DIINGATKAN.set(execution, reminded.isEmpty() ? "-" : String.join(", ", reminded));
    }

    private boolean hasOpenReminder(String desaId, String title) {
        return taskService.createTaskQuery().tenantIdIn(desaId).taskNameLike(title + "%").count() > 0;
    }
}
