package id.sopflow.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import id.sopflow.tasklist.TasklistBrowser;

/**
 * What process and browser tests used to copy into every class: the engine's clock, acting as a user (with the
 * user's groups and tenants, as the webapps do), firing a step's timer by its activity id, an uploaded file, and
 * browser sessions that save their evidence when a test fails. After each test the clock is the real one again, no
 * user is authenticated and every browser the test opened is closed, so a test can leave none of these behind for
 * the next class sharing the application context.
 *
 * <pre>{@code
 * @RegisterExtension
 * final TestKit kit = new TestKit();
 * ...
 * kit.clockAt(TUESDAY_0900);
 * kit.actAs("pemdes-babayau");
 * kit.fireTimer(caseId, "timer_verifikasiLaporanTerlambat");
 * TasklistBrowser browser = kit.browser();
 * }</pre>
 *
 * <p>Register it as an instance field: it finds the engine and the server port in the test's Spring context.
 */
public final class TestKit implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private ExtensionContext test;
    private final List<TasklistBrowser> browsers = new ArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        test = context;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            for (int i = 0; i < browsers.size(); i++) {
                browsers.get(i).saveEvidence(i == 0 ? name : name + "-" + (i + 1));
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            browsers.forEach(TasklistBrowser::close);
        } finally {
            browsers.clear();
            ClockUtil.reset();
            ProcessEngine engine = engineIfStarted();
            if (engine != null) {
                engine.getIdentityService().clearAuthentication();
            }
            test = null;
        }
    }

    // ---- the clock ----

    /** Sets the engine's clock (timers, due dates, history times) to the given moment. */
    public void clockAt(Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
    }

    public void clockAt(Date moment) {
        ClockUtil.setCurrentTime(moment);
    }

    /** The engine's clock now. */
    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    // ---- users ----

    /** Acts as the user from now on, with their groups and tenants as the webapps set them at log-in. */
    public void actAs(String user) {
        authenticate(engine().getIdentityService(), user);
    }

    /** No user from now on. */
    public void actAsNobody() {
        engine().getIdentityService().clearAuthentication();
    }

    /** As the webapps do at log-in: the user with their groups and tenants. */
    public static void authenticate(IdentityService identity, String user) {
        identity.clearAuthentication();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        identity.setAuthentication(user, groups, tenants);
    }

    // ---- timers ----

    /**
     * Fires the timer job at the given activity (a boundary timer, an intermediate timer) of the process instance:
     * the clock moves to one minute past its due date, then the job runs. Fails when the instance has no such job.
     *
     * @return the job that ran
     */
    public Job fireTimer(String processInstanceId, String timerActivityId) {
        Job timer = engine().getManagementService().createJobQuery().processInstanceId(processInstanceId)
                .activityId(timerActivityId).timers().singleResult();
        if (timer == null) {
            throw new AssertionError("no timer job at " + timerActivityId + " in process instance " + processInstanceId);
        }
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
        engine().getManagementService().executeJob(timer.getId());
        return timer;
    }

    // ---- uploads ----

    /** A file as the Tasklist's file input sends it. */
    public static FileValue upload(String fileName, byte[] content, String mimeType) {
        return Variables.fileValue(fileName).file(content).mimeType(mimeType).create();
    }

    /** What an empty file input sends: a file without name or content. */
    public static FileValue emptyUpload() {
        return Variables.fileValue("").file(new byte[0]).create();
    }

    // ---- browsers ----

    /** A headless Chromium on this test's server (English webapps); closed after the test, evidence on failure. */
    public TasklistBrowser browser() {
        return keep(TasklistBrowser.open(baseUrl()));
    }

    /** As {@link #browser()}, in the given browser language, e.g. {@code id-ID}. */
    public TasklistBrowser browser(String language) {
        return keep(TasklistBrowser.open(baseUrl(), language));
    }

    /** The test's server, e.g. {@code http://localhost:41234}; needs {@code webEnvironment = RANDOM_PORT}. */
    public String baseUrl() {
        String port = spring().getEnvironment().getProperty("local.server.port");
        if (port == null) {
            throw new IllegalStateException("no server: use @SpringBootTest(webEnvironment = RANDOM_PORT)");
        }
        return "http://localhost:" + port;
    }

    private TasklistBrowser keep(TasklistBrowser browser) {
        browsers.add(browser);
        return browser;
    }

    // ---- the Spring context ----

    public ProcessEngine engine() {
        return spring().getBean(ProcessEngine.class);
    }

    /** The engine, or null when the context could not start: tidying up must not hide why the test failed. */
    private ProcessEngine engineIfStarted() {
        try {
            return test == null ? null : spring().getBeanProvider(ProcessEngine.class).getIfAvailable();
        } catch (IllegalStateException contextFailed) {
            return null;
        }
    }

    private ApplicationContext spring() {
        if (test == null) {
            throw new IllegalStateException("the test kit works inside a test (register it with @RegisterExtension)");
        }
        return SpringExtension.getApplicationContext(test);
    }
}
