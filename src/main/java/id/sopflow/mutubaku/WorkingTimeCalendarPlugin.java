package id.sopflow.mutubaku;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Plugs working time into the engine for user-task due dates ({@code dueDate}) and timer durations
 * ({@code duration}). Cycles (periodic duties) keep calendar time: "every Monday 08:00" is already a working moment.
 */
@Component
class WorkingTimeCalendarPlugin extends AbstractProcessEnginePlugin {

    private final MutuBakuCalendars calendars;

    WorkingTimeCalendarPlugin(MutuBakuCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        BusinessCalendarManager engineDefault = configuration.getBusinessCalendarManager();
        BusinessCalendar fixedDates = engineDefault != null
                ? engineDefault.getBusinessCalendar(DueDateBusinessCalendar.NAME)
                : new DueDateBusinessCalendar();
        WorkingTimeBusinessCalendar workingTime = new WorkingTimeBusinessCalendar(calendars, fixedDates);
        MapBusinessCalendarManager manager = new MapBusinessCalendarManager();
        manager.addBusinessCalendar(DueDateBusinessCalendar.NAME, workingTime);
        manager.addBusinessCalendar(DurationBusinessCalendar.NAME, workingTime);
        manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        configuration.setBusinessCalendarManager(manager);
    }
}
