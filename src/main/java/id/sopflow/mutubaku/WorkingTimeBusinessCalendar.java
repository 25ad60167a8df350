package id.sopflow.mutubaku;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Lets {@code camunda:dueDate="PT1H"} and a timer's {@code timeDuration} PT1H mean one hour of working time in the
 * calendar of the organisation the work belongs to; the diagram keeps the plain ISO duration a process owner reads
 * in Modeler. Anything that is not a duration (a fixed date) goes to the engine's own calendar unchanged.
 */
class WorkingTimeBusinessCalendar implements BusinessCalendar {

    private final MutuBakuCalendars calendars;
    private final BusinessCalendar fixedDates;

    WorkingTimeBusinessCalendar(MutuBakuCalendars calendars, BusinessCalendar fixedDates) {
        this.calendars = calendars;
        this.fixedDates = fixedDates;
    }

    @Override
    public Date resolveDuedate(String duedateDescription) {
        return resolveDuedate(duedateDescription, (Date) null);
    }

    @Override
    public Date resolveDuedate(String duedateDescription, Date startDate) {
        if (!isDuration(duedateDescription)) {
            return fixedDates.resolveDuedate(duedateDescription, startDate);
        }
        return resolve(duedateDescription, startDate, currentExecution());
    }

    @Override
    public Date resolveDuedate(String duedateDescription, Task task) {
        if (!isDuration(duedateDescription)) {
            return fixedDates.resolveDuedate(duedateDescription, task);
        }
        if (task instanceof TaskEntity entity && entity.getExecution() != null) {
            return resolve(duedateDescription, null, entity.getExecution());
        }
        WorkingTimeCalendar calendar = calendars.forTenant(task.getTenantId()).orElse(calendars.fallback());
        return Date.from(calendar.addWorkingTime(now(null), duedateDescription.trim()));
    }

    private Date resolve(String duration, Date startDate, ExecutionEntity execution) {
        WorkingTimeCalendar calendar = execution == null
                ? calendars.fallback()
                : calendars.forProcess(execution.getProcessDefinition().getKey(), execution.getTenantId());
        return Date.from(calendar.addWorkingTime(now(startDate), duration.trim()));
    }

    /** Timers are resolved while the engine works on an execution; that execution tells whose work it is. */
    private static ExecutionEntity currentExecution() {
        BpmnExecutionContext context = Context.getBpmnExecutionContext();
        return context == null ? null : context.getExecution();
    }

    private static Instant now(Date startDate) {
        return (startDate != null ? startDate : ClockUtil.getCurrentTime()).toInstant();
    }

    private static boolean isDuration(String description) {
        return description != null && description.trim().startsWith("P");
    }
}
