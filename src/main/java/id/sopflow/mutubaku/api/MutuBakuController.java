package id.sopflow.mutubaku.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.mutubaku.api.LateStepDashboard.DashboardStep;
import id.sopflow.mutubaku.api.LateStepDashboard.NoticeSteps;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervisors' view of mutu baku: which steps are late now, and how each step met its standard over a period.
 * Every answer is limited to the caller's tenants; the caller is authenticated on the engine by
 * {@link id.sopflow.identity.ApiAuthenticationFilter}.
 */
@RestController
@RequestMapping(MutuBakuController.BASE_PATH)
class MutuBakuController {

    static final String BASE_PATH = "/api/mutu-baku";
    static final String TEXT_CSV = "text/csv";
    /** How many late steps there are in all, of which the body is one page. */
    static final String TOTAL_COUNT = "X-Total-Count";

    private final LateStepQuery lateSteps;
    private final ComplianceReport compliance;
    private final IdentityService identityService;
    private final OrganisationDirectory directory;
    private final LateStepDashboard dashboard;

    MutuBakuController(LateStepQuery lateSteps, ComplianceReport compliance, IdentityService identityService,
                       OrganisationDirectory directory, LateStepDashboard dashboard) {
        this.dashboard = dashboard;
        this.lateSteps = lateSteps;
        this.compliance = compliance;
        this.identityService = identityService;
        this.directory = directory;
    }

    /**
     * One page of the caller's late steps, most late first: a JSON array as before paging, so existing clients still
     * read it, with the length of the whole list in {@value #TOTAL_COUNT}. A script that wants every late step asks
     * for the next page ({@code firstResult} + {@code maxResults}) until it has {@value #TOTAL_COUNT} rows.
     */
    @GetMapping("/terlambat")
    ResponseEntity<List<LateStepRow>> late(@RequestParam(required = false) String firstResult,
                                           @RequestParam(required = false) String maxResults) {
        Paging paging = Paging.parse(firstResult, maxResults);
        LateStepPage page = lateSteps.find(callerScope(), ClockUtil.getCurrentTime().toInstant(), paging);
        return ResponseEntity.ok()
                .header(TOTAL_COUNT, String.valueOf(page.total()))
                .body(page.rows());
    }

    /**
     * The open late steps a supervisor's notice gathers (its Tasklist task id), as far as the caller may see them,
     * most late first and in words, each with its task id for the arahan: the list the notice's form shows. Pages
     * like {@code /terlambat}.
     */
    @GetMapping("/pemberitahuan/{noticeTaskId}/langkah")
    ResponseEntity<List<DashboardStep>> noticeSteps(@PathVariable String noticeTaskId,
                                                    @RequestParam(required = false) String firstResult,
                                                    @RequestParam(required = false) String maxResults) {
        Paging paging = Paging.parse(firstResult, maxResults);
        NoticeSteps page = dashboard.noticeSteps(callerScope(), noticeTaskId,
                ClockUtil.getCurrentTime().toInstant(), paging);
        return ResponseEntity.ok()
                .header(TOTAL_COUNT, String.valueOf(page.total()))
                .body(page.steps());
    }

    @GetMapping(value = "/kepatuhan", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ComplianceRow> compliance(@RequestParam(required = false) String sop,
                                   @RequestParam(required = false) String dari,
                                   @RequestParam(required = false) String sampai) {
        return compliance.report(callerScope(), blankToNull(sop), ReportPeriod.parse(dari, sampai));
    }

    @GetMapping(value = "/kepatuhan", produces = TEXT_CSV)
    ResponseEntity<byte[]> complianceCsv(@RequestParam(required = false) String sop,
                                         @RequestParam(required = false) String dari,
                                         @RequestParam(required = false) String sampai) {
        byte[] csv = ComplianceCsv.write(compliance(sop, dari, sampai));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("kepatuhan.csv").build().toString())
                .body(csv);
    }

    private CallerScope callerScope() {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null) {
            throw new IllegalStateException("Permintaan ke " + BASE_PATH + " tidak melewati ApiAuthenticationFilter");
        }
        return CallerScope.of(caller, directory);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
