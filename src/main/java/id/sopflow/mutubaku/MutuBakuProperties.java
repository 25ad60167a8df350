package id.sopflow.mutubaku;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Working-time settings. Time zones come from the organisation file; everything here is optional.
 *
 * @param defaultTimeZone        zone for work that belongs to no known organisation
 * @param extraNonWorkingDates   closed days for every organisation on top of the national holiday file
 * @param workingHours           office hours for every organisation, e.g. {@code MONDAY: [07:30-12:00, 13:00-16:00]};
 *                               empty means the civil-service default (37.5 hours a week)
 * @param organisations          per organisation id: its own office hours and closed days (a kabupaten's
 *                               anniversary, a local holiday)
 */
@ConfigurationProperties("sopflow.mutu-baku")
public record MutuBakuProperties(
        String defaultTimeZone,
        List<LocalDate> extraNonWorkingDates,
        Map<DayOfWeek, List<String>> workingHours,
        Map<String, OrganisationCalendar> organisations) {

    public MutuBakuProperties {
        defaultTimeZone = defaultTimeZone == null ? "Asia/Jakarta" : defaultTimeZone;
        extraNonWorkingDates = extraNonWorkingDates == null ? List.of() : extraNonWorkingDates;
        workingHours = workingHours == null ? Map.of() : workingHours;
        organisations = organisations == null ? Map.of() : organisations;
    }

    public record OrganisationCalendar(Map<DayOfWeek, List<String>> workingHours,
                                       List<LocalDate> extraNonWorkingDates) {
        public OrganisationCalendar {
            workingHours = workingHours == null ? Map.of() : workingHours;
            extraNonWorkingDates = extraNonWorkingDates == null ? List.of() : extraNonWorkingDates;
        }
    }
}
