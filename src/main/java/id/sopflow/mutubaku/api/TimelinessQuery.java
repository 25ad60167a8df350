package id.sopflow.mutubaku.api;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.cockpit.db.QueryParameters;

/**
 * Parameters of the plugin's timeliness query ({@code sopflow/cockpit/ketepatan.xml}): the caller's scope as
 * {@link CallerScope} states it, the SOP, and a period bound wide enough for every time zone. The resource adds the
 * engine's own authorization check (READ_HISTORY on the process definition, as the engine's historic task query
 * makes) and tenant check, so the query sees no more than {@link ComplianceReport#finishedSteps} would.
 */
public class TimelinessQuery extends QueryParameters {

    private static final long serialVersionUID = 1L;

    private final String sop;
    private final String excludedSop;
    private final List<String> tenantIds;
    private final List<String> sopKeysWithoutTenant;
    private final Date from;
    private final Date to;

    TimelinessQuery(CallerScope scope, String sop, String excludedSop, Instant from, Instant to) {
        this.sop = sop;
        this.excludedSop = excludedSop;
        this.tenantIds = scope.tenantIds();
        this.sopKeysWithoutTenant = scope.sopKeysWithoutTenant();
        this.from = from == null ? null : Date.from(from);
        this.to = to == null ? null : Date.from(to);
        disableMaxResultsLimit();
    }

    public String getSop() {
        return sop;
    }

    public String getExcludedSop() {
        return excludedSop;
    }

    public List<String> getTenantIds() {
        return tenantIds;
    }

    public List<String> getSopKeysWithoutTenant() {
        return sopKeysWithoutTenant;
    }

    public Date getFrom() {
        return from;
    }

    public Date getTo() {
        return to;
    }
}
