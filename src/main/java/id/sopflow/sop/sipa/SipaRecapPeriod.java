package id.sopflow.sop.sipa;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import id.sopflow.mutubaku.MutuBakuCalendars;
import id.sopflow.mutubaku.WorkingTimeCalendar;

/**
 * {@code serviceTask_tentukanPeriodeRekap}: the start timer fires on the first days of every month; this decides
 * whether this start composes last month's recap. It does on the first working day of the month in the
 * kecamatan's calendar, or on a later day when that day was missed (the application was down), and only once per
 * month: a month that already has a composed recap is not composed again.
 */
@Component("sipaRecapPeriod")
class SipaRecapPeriod implements JavaDelegate {

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final MutuBakuCalendars calendars;
    private final HistoryService historyService;

    SipaRecapPeriod(MutuBakuCalendars calendars, HistoryService historyService) {
        this.calendars = calendars;
        this.historyService = historyService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        WorkingTimeCalendar calendar = calendars.forProcess(SipaVariables.PROCESS_KEY, execution.getTenantId());
        LocalDate today = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), calendar.zone())
                .toLocalDate();
        YearMonth month = YearMonth.from(today).minusMonths(1);
        SipaRecapVariables.PERIODE_REKAP.set(execution, month.toString());
        SipaRecapVariables.BULAN_REKAP.set(execution, monthName(month));
        boolean due = !today.isBefore(firstWorkingDay(YearMonth.from(today), calendar)) && !composed(month);
        SipaRecapVariables.PERLU_REKAP.set(execution, due);
    }

    static LocalDate firstWorkingDay(YearMonth month, WorkingTimeCalendar calendar) {
        LocalDate day = month.atDay(1);
        while (!calendar.isWorkingDay(day) && day.getMonth() == month.getMonth()) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Whether an earlier start already took on the recap of the month. */
    private boolean composed(YearMonth month) {
        String[] starts = historyService.createHistoricVariableInstanceQuery()
                .variableValueEquals(SipaRecapVariables.PERIODE_REKAP.name(), month.toString()).list().stream()
                .map(variable -> variable.getProcessInstanceId())
                .distinct()
                .toArray(String[]::new);
        return starts.length > 0 && historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(starts)
                .variableValueEquals(SipaRecapVariables.PERLU_REKAP.name(), true).count() > 0;
    }

    static String monthName(YearMonth month) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL, INDONESIAN);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + month.getYear();
    }
}
