package id.sopflow.mutubaku;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.sopflow.StartupProblem;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.identity.OrganisationModel.Organisation;
import id.sopflow.identity.OrganisationModel.Sop;
import org.springframework.stereotype.Component;

/**
 * The working-time calendar of each organisation: its time zone (from the organisation file), its office hours
 * and its closed days. Work is counted in the calendar of the organisation it belongs to: the organisation of the
 * process instance's tenant, else the organisation that runs the SOP.
 */
@Component
public class MutuBakuCalendars {

    private final OrganisationDirectory directory;
    private final Map<String, WorkingTimeCalendar> byOrganisation = new HashMap<>();
    private final WorkingTimeCalendar fallback;

    public MutuBakuCalendars(OrganisationDirectory directory, MutuBakuProperties properties) {
        this.directory = directory;
        NonWorkingDates national = NonWorkingDates.fromClasspath(NonWorkingDates.DEFAULT_RESOURCE)
                .plus(properties.extraNonWorkingDates());
        WorkingWeek commonWeek = properties.workingHours().isEmpty()
                ? WorkingWeek.civilServiceDefault()
                : week("sopflow.mutu-baku.working-hours", properties.workingHours());
        for (Organisation organisation : directory.organisations()) {
            MutuBakuProperties.OrganisationCalendar own = properties.organisations().get(organisation.id());
            WorkingWeek week = own == null || own.workingHours().isEmpty()
                    ? commonWeek
                    : week("sopflow.mutu-baku.organisations." + organisation.id() + ".working-hours",
                            own.workingHours());
            NonWorkingDates closed = own == null ? national : national.plus(own.extraNonWorkingDates());
            byOrganisation.put(organisation.id(),
                    new WorkingTimeCalendar(ZoneId.of(organisation.timeZone()), week, closed.dates()));
        }
        for (String configured : properties.organisations().keySet()) {
            if (!byOrganisation.containsKey(configured)) {
                throw new StartupProblem("sopflow.mutu-baku.organisations." + configured
                        + ": organisasi '" + configured + "' tidak ada di berkas organisasi.",
                        "Pakai id organisasi yang tercantum di berkas organisasi.");
            }
        }
        fallback = new WorkingTimeCalendar(zone(properties.defaultTimeZone()), commonWeek, national.dates());
    }

    /** The calendar of the organisation a tenant (organisation or desa/kampung) belongs to. */
    public Optional<WorkingTimeCalendar> forTenant(String tenantId) {
        return directory.organisationOfTenant(tenantId).map(organisation -> byOrganisation.get(organisation.id()));
    }

    /** The calendar for work of an SOP: by the instance's tenant if it has one, else by the SOP's organisation. */
    public WorkingTimeCalendar forProcess(String processDefinitionKey, String tenantId) {
        return forTenant(tenantId)
                .or(() -> directory.sop(processDefinitionKey).map(Sop::organisation).map(byOrganisation::get))
                .orElse(fallback);
    }

    public WorkingTimeCalendar fallback() {
        return fallback;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            throw new StartupProblem("sopflow.mutu-baku.default-time-zone: zona waktu '" + id + "' tidak dikenal.",
                    "Pakai zona seperti Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT).");
        }
    }

    /** Reads {@code MONDAY: [07:30-12:00, 13:00-16:00]}; a day left out is a day off. */
    private static WorkingWeek week(String property, Map<DayOfWeek, List<String>> configured) {
        Map<DayOfWeek, List<WorkingPeriod>> periods = new EnumMap<>(DayOfWeek.class);
        try {
            configured.forEach((day, ranges) -> {
                List<WorkingPeriod> ofDay = new ArrayList<>();
                for (String range : ranges) {
                    String[] bounds = range.split("-");
                    if (bounds.length != 2) {
                        throw new IllegalArgumentException("'" + range + "' bukan rentang jam seperti 07:30-12:00");
                    }
                    ofDay.add(WorkingPeriod.of(bounds[0].trim(), bounds[1].trim()));
                }
                periods.put(day, ofDay);
            });
            return new WorkingWeek(periods);
        } catch (RuntimeException e) {
            throw new StartupProblem(property + ": " + e.getMessage(),
                    "Tulis jam kerja per hari sebagai daftar rentang, misalnya MONDAY: [\"07:30-12:00\", \"13:00-16:00\"].");
        }
    }
}
