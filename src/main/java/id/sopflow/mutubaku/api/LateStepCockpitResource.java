package id.sopflow.mutubaku.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import id.sopflow.PublicAddress;
import id.sopflow.identity.OrganisationDirectory;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin's endpoints for one engine. Cockpit's security filter lets any user logged into the engine reach a
 * plugin's endpoints; these answer only a user who may open Cockpit (the same check Cockpit's own pages make), and
 * run every query with that user authenticated on the engine, so authorizations and tenants limit the answer.
 * Errors are {@code {"pesan": "..."}} in Bahasa Indonesia.
 */
public class LateStepCockpitResource extends AbstractCockpitPluginResource {

    private static final Logger log = LoggerFactory.getLogger(LateStepCockpitResource.class);
    private static final String COCKPIT = "cockpit";

    private final LateStepDashboard dashboard;
    private final OrganisationDirectory directory;
    private final PublicAddress publicAddress;

    LateStepCockpitResource(String engineName, LateStepDashboard dashboard, OrganisationDirectory directory,
                            PublicAddress publicAddress) {
        super(engineName);
        this.dashboard = dashboard;
        this.directory = directory;
        this.publicAddress = publicAddress;
    }

    /** Late steps now, grouped, and the steps due today and in the next {@code jam} working hours. */
    @GET
    @Path("terlambat")
    @Produces(MediaType.APPLICATION_JSON)
    public Response late(@QueryParam("sop") String sop, @QueryParam("jam") String jam,
                         @QueryParam("firstResult") String firstResult, @QueryParam("maxResults") String maxResults) {
        return answer(() -> Response.ok(dashboard.overview(scope(), blankToNull(sop), hours(jam), now(),
                Paging.parse(firstResult, maxResults))).build());
    }

    @GET
    @Path("terlambat.csv")
    public Response lateCsv(@QueryParam("sop") String sop) {
        return answer(() -> file(LateStepExport.csv(lateSteps(sop), publicAddress.base()),
                LateStepExport.CSV_TYPE, "langkah-terlambat.csv"));
    }

    @GET
    @Path("terlambat.xlsx")
    public Response lateXlsx(@QueryParam("sop") String sop) {
        return answer(() -> file(LateStepExport.xlsx(lateSteps(sop), publicAddress.base()),
                LateStepExport.XLSX_TYPE, "langkah-terlambat.xlsx"));
    }

    /** Timeliness over a period ({@code dari}, {@code sampai}: ISO dates), per SOP, step, desa and month. */
    @GET
    @Path("ketepatan")
    @Produces(MediaType.APPLICATION_JSON)
    public Response timeliness(@QueryParam("sop") String sop, @QueryParam("dari") String dari,
                               @QueryParam("sampai") String sampai) {
        return answer(() -> Response.ok(dashboard.timeliness(scope(), blankToNull(sop),
                ReportPeriod.parse(dari, sampai), this::finishedStepCounts)).build());
    }

    /**
     * Runs the timeliness query with the caller's authorizations and tenants checked by the database, as the engine's
     * historic task query checks them (READ_HISTORY on the process definition).
     */
    private List<TimelinessBucket> finishedStepCounts(TimelinessQuery query) {
        configureAuthorizationCheck(query);
        configureTenantCheck(query);
        addPermissionCheck(query, Resources.PROCESS_DEFINITION, "RES.PROC_DEF_KEY_", Permissions.READ_HISTORY);
        return getQueryService().executeQuery("sopflow.cockpit.selectTimeliness", query);
    }

    /** Each step of one case against its mutu baku: the tab on Cockpit's process instance page. */
    @GET
    @Path("kasus/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response caseSteps(@PathParam("id") String id) {
        return answer(() -> Response.ok(dashboard.caseSteps(scope(), id, now())).build());
    }

    private List<LateStepDashboard.DashboardStep> lateSteps(String sop) {
        return dashboard.allLateSteps(scope(), blankToNull(sop), now());
    }

    private Response answer(Supplier<Response> work) {
        var webappUser = Authentications.getCurrent() == null ? null
                : Authentications.getCurrent().getAuthenticationForProcessEngine(engineName);
        if (!(webappUser instanceof UserAuthentication user) || getCurrentAuthentication() == null) {
            return message(Response.Status.UNAUTHORIZED, "Silakan masuk ke Cockpit terlebih dahulu.");
        }
        if (!user.isAuthorizedForApp(COCKPIT)) {
            return message(Response.Status.FORBIDDEN, "Anda tidak berwenang membuka Cockpit, jadi tidak dapat melihat "
                    + "langkah terlambat di sini. Lihat tugas Anda di Tasklist.");
        }
        try {
            return work.get();
        } catch (InvalidRequestException e) {
            return message(Response.Status.BAD_REQUEST, e.getMessage());
        } catch (CaseNotFoundException e) {
            return message(Response.Status.NOT_FOUND, e.getMessage());
        } catch (AuthorizationException e) {
            log.info("Akses ditolak mesin proses untuk {}: {}", e.getUserId(), e.getMessage());
            return message(Response.Status.FORBIDDEN, "Anda tidak berwenang melihat sebagian data yang diminta. "
                    + "Hubungi administrator sopflow bila ini keliru.");
        }
    }

    private CallerScope scope() {
        Authentication caller = getCurrentAuthentication();
        return CallerScope.of(caller, directory);
    }

    private static int hours(String jam) {
        if (jam == null || jam.isBlank()) {
            return LateStepDashboard.DEFAULT_HOURS_AHEAD;
        }
        try {
            return Integer.parseInt(jam.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("Parameter 'jam' tidak sah: '" + jam + "' bukan bilangan bulat. Isi "
                    + "jumlah jam kerja ke depan, misalnya 2.");
        }
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static Response file(byte[] content, String type, String name) {
        return Response.ok(content, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .build();
    }

    private static Response message(Response.Status status, String text) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset(StandardCharsets.UTF_8.name()))
                .entity(Map.of("pesan", text)).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
