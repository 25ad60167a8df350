package id.sopflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;


import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import id.sopflow.mutubaku.LateStepNoticeVariables;
import id.sopflow.publishing.FacebookPageChannel;
import id.sopflow.publishing.PostRequest;
import id.sopflow.publishing.PublicationOutcome;
import id.sopflow.publishing.Publisher;
import id.sopflow.publishing.TransientPublishingFailure;
import id.sopflow.mutubaku.LateSteps;
import id.sopflow.sop.setwan.SetwanPeriodicUpdates;
import id.sopflow.sop.sipa.SipaElements;
import id.sopflow.sop.sipa.SipaPublicSteps;
import id.sopflow.sop.sipa.SipaVariables;
import id.sopflow.sop.setwan.SetwanVariables;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two sopflow nodes on one PostgreSQL database (README "Two nodes on one PostgreSQL"): started at the same moment on
 * an empty database, sharing a burst of step timers, schedules and the public form, and a third node in a JVM of
 * its own killed with -9 in the middle of a burst. Counts for a longer run: {@code -Dsopflow.cluster.timers=10000}
 * (default 1,000), {@code -Dsopflow.cluster.crash-timers=3000} (default 300).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final int TIMERS = Integer.getInteger("sopflow.cluster.timers", 1000);
    private static final int CRASH_TIMERS = Integer.getInteger("sopflow.cluster.crash-timers", 300);
    private static final String TENANT = "desa-lok-batu";

    private static EmbeddedPostgres postgres;
    /** Facebook's Graph API as Desa Lamida Atas's page sees it, slow to answer; counts every post it gets. */
    private static WireMockServer graph;
    private static GreenMail smtp;
    private static SopflowNode nodeA;
    private static SopflowNode nodeB;
    private static JdbcTemplate sql;
    private static String jdbcUrl;

    @BeforeAll
    static void startTwoNodesTogether() throws Exception {
        postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
        graph = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        graph.start();
        graph.stubFor(WireMock.post(WireMock.urlPathEqualTo("/5555/feed"))
                .willReturn(WireMock.okJson("{\"id\":\"5555_1\"}").withFixedDelay(100)));
        graph.stubFor(WireMock.get(WireMock.urlPathEqualTo("/5555_1"))
                .willReturn(WireMock.okJson("{\"permalink_url\":\"https://www.facebook.com/desalokbatu/posts/1\"}")));
        graph.stubFor(WireMock.post(WireMock.urlPathEqualTo("/4321/photos"))
                .willReturn(WireMock.okJson("{\"id\":\"foto_1\"}")));
        graph.stubFor(WireMock.post(WireMock.urlPathEqualTo("/4321/feed"))
                .willReturn(WireMock.okJson("{\"id\":\"4321_1\"}").withFixedDelay(8000)));
        graph.stubFor(WireMock.get(WireMock.urlPathEqualTo("/4321_1"))
                .willReturn(WireMock.okJson("{\"permalink_url\":\"https://www.facebook.com/desalamidaatas/posts/1\"}")));
        int smtpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        smtp.start();
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        jdbcUrl = url;
        Map<String, String> mail = Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(smtpPort),
                "sopflow.mutu-baku.mail.from", "sopflow@paringin.example",
                // The test calls Setwan's schedule check itself, with chosen moments.
                "sopflow.setwan.pembaruan-berkala.aktif", "false",
                "sopflow.publishing.facebook.graph-url", graph.baseUrl(),
                "sopflow.publishing.facebook.pages.desa-lamida-atas.page-id", "4321",
                "sopflow.publishing.facebook.pages.desa-lamida-atas.access-token", "token-uji",
                "sopflow.publishing.facebook.pages.desa-lok-batu.page-id", "5555",
                "sopflow.publishing.facebook.pages.desa-lok-batu.access-token", "token-uji",
                // A post claimed but never recorded counts as interrupted after 5 s here (6 minutes in production).
                "sopflow.publishing.claim-lease", "PT5S");
        ExecutorService starters = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<SopflowNode> a = CompletableFuture.supplyAsync(
                    () -> SopflowNode.start("knotenA", url, mail), starters);
            // Node B starts while A prepares the empty database (A holds the start-up lock). Not a moment earlier:
            // Camunda's REST API starts one fetch-and-lock thread per JVM when its web context starts, and two
            // contexts starting theirs at the same instant in one JVM race for it (a test-only artefact of running
            // two nodes in one JVM; separate servers have a thread each).
            JdbcTemplate database = new JdbcTemplate(postgres.getPostgresDatabase());
            Instant deadline = Instant.now().plusSeconds(240);
            while (!a.isDone() && Instant.now().isBefore(deadline) && database.queryForObject(
                    "select count(*) from pg_locks where locktype = 'advisory'", Long.class) == 0) {
                Thread.sleep(20);
            }
            CompletableFuture<SopflowNode> b = CompletableFuture.supplyAsync(
                    () -> SopflowNode.start("knotenB", url, mail), starters);
            nodeA = a.join();
            nodeB = b.join();
        } finally {
            starters.shutdown();
        }
        sql = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws IOException {
        for (AutoCloseable closeable : new AutoCloseable[] { nodeA, nodeB }) {
            if (closeable != null) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // the next one still has to stop
                }
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (graph != null) {
            graph.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void bothNodesStartedOnTheEmptyDatabaseAndPreparedItOnce() throws Exception {
        assertThat(health(nodeA)).contains("\"status\":\"UP\"");
        assertThat(health(nodeB)).contains("\"status\":\"UP\"");

        assertThat(sql.queryForList("select NAME_ from ACT_RE_DEPLOYMENT group by NAME_ having count(*) > 1"))
                .as("deployments made twice").isEmpty();
        assertThat(sql.queryForObject("select count(*) from ACT_RE_DEPLOYMENT where NAME_ = 'sopflow'", Long.class))
                .isEqualTo(1);
        assertThat(sql.queryForList("select NAME_, OWNER_ from ACT_RU_FILTER group by NAME_, OWNER_ "
                + "having count(*) > 1")).as("Tasklist filters made twice").isEmpty();
        assertThat(sql.queryForList("select TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_ "
                + "from ACT_RU_AUTHORIZATION group by TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_ "
                + "having count(*) > 1")).as("authorizations made twice").isEmpty();
        assertThat(sql.queryForList("select TENANT_ID_, GROUP_ID_, USER_ID_ from ACT_ID_TENANT_MEMBER "
                + "group by TENANT_ID_, GROUP_ID_, USER_ID_ having count(*) > 1")).isEmpty();
        assertThat(sql.queryForObject("select count(*) from ACT_ID_USER where ID_ = 'camat-paringin'", Long.class))
                .isEqualTo(1);
        assertThat(sql.queryForObject("select count(*) from ACT_ID_TENANT where ID_ = ?", Long.class, TENANT))
                .isEqualTo(1);
        assertThat(nodeA.bean(ClusterStartupLock.class).isHeld()).isFalse();
        assertThat(nodeB.bean(ClusterStartupLock.class).isHeld()).isFalse();
    }

    @Test
    @Order(2)
    void aBurstOfStepTimersIsDrainedByBothNodesEachLateStepOnce() throws Exception {
        String definitionId = nodeA.engine().getRepositoryService().createDeployment().tenantId(TENANT)
                .addClasspathResource("bpmn/uji-terlambat.bpmn").deployWithResult()
                .getDeployedProcessDefinitions().get(0).getId();
        RuntimeService runtime = nodeA.engine().getRuntimeService();
        IntStream.range(0, TIMERS).parallel()
                .forEach(i -> runtime.startProcessInstanceById(definitionId, "kasus-" + i));

        // Every step's time runs out at once: its due date and its timer both lie in the past.
        Instant due = Instant.now().minusSeconds(60);
        sql.update("update ACT_RU_TASK set DUE_DATE_ = ? where PROC_DEF_ID_ = ?",
                java.sql.Timestamp.from(due), definitionId);
        int timers = sql.update("update ACT_RU_JOB set DUEDATE_ = ? where PROCESS_DEF_ID_ = ? "
                + "and HANDLER_TYPE_ = 'timer-transition'", java.sql.Timestamp.from(due), definitionId);
        assertThat(timers).isEqualTo(TIMERS);
        long started = System.nanoTime();
        nodeA.wakeJobExecutor();
        nodeB.wakeJobExecutor();

        awaitCount("select count(*) from SOPFLOW_LATE_STEP where PROCESS_KEY = 'sipa-bermedsos'", TIMERS,
                Duration.ofMinutes(3));
        awaitCount("select count(*) from ACT_RU_JOB where PROCESS_DEF_ID_ = '" + definitionId + "'", 0,
                Duration.ofMinutes(1));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("cluster timers: %d step timers drained by two nodes in %.1f s (%.0f late steps/s)%n",
                TIMERS, seconds, TIMERS / seconds);

        // Each late step once, all in the one notice the Camat has for the desa (the nodes racing to open it take
        // turns on its SOPFLOW_LATE_NOTICE row: the first opens it, the others join), each task raised once.
        assertThat(sql.queryForObject("select count(distinct TASK_ID) from SOPFLOW_LATE_STEP "
                + "where PROCESS_KEY = 'sipa-bermedsos'", Long.class)).isEqualTo(TIMERS);
        assertThat(sql.queryForObject("select count(distinct NOTIFICATION_TASK_ID) from SOPFLOW_LATE_STEP "
                + "where PROCESS_KEY = 'sipa-bermedsos'", Long.class)).isEqualTo(1);
        assertThat(sql.queryForObject("select count(*) from SOPFLOW_LATE_STEP "
                + "where PROCESS_KEY = 'sipa-bermedsos' and NOTIFICATION_TASK_ID is null", Long.class)).isZero();
        assertThat(nodeA.engine().getTaskService().createTaskQuery()
                .processDefinitionKey(LateStepNoticeVariables.PROCESS_KEY).count()).isEqualTo(1);
        assertThat(sql.queryForObject("select count(*) from ACT_RU_TASK where PROC_DEF_ID_ = ? and PRIORITY_ = ?",
                Long.class, definitionId, LateSteps.LATE_PRIORITY)).isEqualTo(TIMERS);
        assertThat(sql.queryForObject("select count(*) from ACT_RU_INCIDENT", Long.class)).isZero();
        assertThat(sql.queryForObject("select count(*) from ACT_HI_JOB_LOG where PROCESS_DEF_ID_ = ? "
                + "and JOB_STATE_ = 1", Long.class, definitionId)).as("no timer run failed and was retried").isZero();

        // One mail, for the notice, sent after its transaction committed (never for a run that lost the race).
        awaitMails(1, Duration.ofSeconds(30));
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        // Both nodes took part: the job log records which host ran each timer.
        List<Map<String, Object>> byNode = sql.queryForList("select HOSTNAME_, count(*) as N from ACT_HI_JOB_LOG "
                + "where PROCESS_DEF_ID_ = ? and JOB_DEF_TYPE_ = 'timer-transition' and JOB_STATE_ = 2 "
                + "group by HOSTNAME_", definitionId);
        System.out.println("cluster timers: successful timer runs per node " + byNode);
        assertThat(byNode).extracting(row -> row.get("HOSTNAME_")).containsExactlyInAnyOrder("knotenA", "knotenB");
        assertThat(byNode.stream().mapToLong(row -> ((Number) row.get("N")).longValue()).sum()).isEqualTo(TIMERS);
    }

    @Test
    @Order(3)
    void schedulesRunOncePerPeriodAcrossBothNodesAndCatchUpOnce() throws Exception {
        // Setwan's periodic update (Mondays 08.00 WITA = 00.00 UTC): both nodes check the same moment at once.
        SetwanPeriodicUpdates onA = nodeA.bean(SetwanPeriodicUpdates.class);
        SetwanPeriodicUpdates onB = nodeB.bean(SetwanPeriodicUpdates.class);
        onA.runDue(Instant.parse("2027-01-03T12:00:00Z"));
        bothAtOnce(() -> onA.runDue(Instant.parse("2027-01-04T01:00:00Z")),
                () -> onB.runDue(Instant.parse("2027-01-04T01:00:00Z")));
        // Both nodes down for three weeks: the missed Mondays are served once, as the latest moment.
        bothAtOnce(() -> onA.runDue(Instant.parse("2027-01-25T01:00:00Z")),
                () -> onB.runDue(Instant.parse("2027-01-25T01:00:00Z")));
        assertThat(sql.queryForList("select OUTCOME from SOPFLOW_SETWAN_PEMBARUAN where OUTCOME <> 'MULAI' "
                + "order by SLOT_AT", String.class)).containsExactly("DIBUAT", "DIGABUNG");
        assertThat(sql.queryForObject("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = ?", Long.class,
                SetwanVariables.PROCESS_KEY)).isEqualTo(1);

        // The monthly recap and reminder (timer start events): overdue after a stop, both nodes see the job.
        Instant due = Instant.now().minusSeconds(3600);
        int jobs = sql.update("update ACT_RU_JOB set DUEDATE_ = ? where HANDLER_TYPE_ = 'timer-start-event' "
                + "and PROCESS_DEF_KEY_ in ('sipa-bermedsos-rekap-bulanan', 'sipa-bermedsos-pengingat-bulanan')",
                java.sql.Timestamp.from(due));
        assertThat(jobs).isEqualTo(2);
        nodeA.wakeJobExecutor();
        nodeB.wakeJobExecutor();
        awaitCount("select count(*) from ACT_RU_JOB where HANDLER_TYPE_ = 'timer-start-event' and DUEDATE_ < now()",
                0, Duration.ofMinutes(1));
        assertThat(sql.queryForList("select PROC_DEF_KEY_, count(*) as N from ACT_HI_PROCINST "
                + "where PROC_DEF_KEY_ in ('sipa-bermedsos-rekap-bulanan', 'sipa-bermedsos-pengingat-bulanan') "
                + "group by PROC_DEF_KEY_")).extracting(row -> ((Number) row.get("N")).longValue())
                .containsExactly(1L, 1L);
        assertThat(sql.queryForObject("select count(*) from ACT_RU_JOB where HANDLER_TYPE_ = 'timer-start-event'",
                Long.class)).as("each schedule set again for its next moment").isEqualTo(2);
    }

    @Test
    @Order(4)
    void thePublicFormWorksAcrossNodesWithOneLimitAndNoQuestionLostOrDoubled() throws Exception {
        // The report is walked to publication as the SIPA tests do, running its jobs by hand: no job executor may
        // race them for the same jobs meanwhile.
        nodeA.stopJobExecutor();
        nodeB.stopJobExecutor();
        SipaPublicSteps steps = new SipaPublicSteps(nodeA.engine());
        try {
            ProcessInstance report = steps.publishedReport("pemdes-babayau", "Jalan desa diperbaiki", null);
            String page = "/publik/sipa/" + report.getBusinessKey();

            // A form opened on node A is sent to node B (behind a load balancer without stickiness).
            String tokenFromA = token(nodeA, page);
            assertThat(askQuestion(nodeB, page, tokenFromA, "Pertanyaan pertama").statusCode()).isEqualTo(303);

            // Four questions sent to both nodes at the same moment: all four kept, none twice.
            List<CompletableFuture<Integer>> sent = IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> askQuestion(i % 2 == 0 ? nodeA : nodeB, page,
                            tokenFromA, "Pertanyaan serentak " + i).statusCode()))
                    .toList();
            assertThat(sent).extracting(CompletableFuture::join).containsOnly(303);
            assertThat(steps.questions(report)).isEqualTo(5);

            // The limit per address (5 per 10 minutes by default) holds for both nodes together.
            assertThat(askQuestion(nodeA, page, tokenFromA, "Keenam").statusCode()).isEqualTo(429);
            assertThat(askQuestion(nodeB, page, tokenFromA, "Ketujuh").statusCode()).isEqualTo(429);
            assertThat(steps.questions(report)).isEqualTo(5);
        } finally {
            steps.tearDown();
            nodeA.startJobExecutor();
            nodeB.startJobExecutor();
        }
    }

    @Test
    @Order(5)
    void aNodeKilledInTheMiddleOfABurstLosesNothingAndItsTimersFireAfterItsRestart() throws Exception {
        // Node C is a JVM of its own (only a process can be killed with -9) and, for this test, the only node working:
        // A and B stop taking jobs. It locks jobs for 5 s, so that what it held when killed is free soon after.
        List<String> nodeC = List.of("--camunda.bpm.job-execution.lock-time-in-millis=5000",
                "--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=2000",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--sopflow.mutu-baku.mail.from=sopflow@paringin.example",
                "--sopflow.setwan.pembaruan-berkala.aktif=false");
        SopflowProcess first = SopflowProcess.start("knotenC", jdbcUrl, nodeC);
        nodeA.stopJobExecutor();
        nodeB.stopJobExecutor();
        try {
            first.awaitHealthy(Duration.ofMinutes(4));
            String definitionId = nodeA.engine().getRepositoryService().createDeployment().tenantId(TENANT)
                    .addClasspathResource("bpmn/uji-terlambat.bpmn").deployWithResult()
                    .getDeployedProcessDefinitions().get(0).getId();
            RuntimeService runtime = nodeA.engine().getRuntimeService();
            IntStream.range(0, CRASH_TIMERS).parallel()
                    .forEach(i -> runtime.startProcessInstanceById(definitionId, "kasus-c-" + i));
            Instant due = Instant.now().minusSeconds(60);
            sql.update("update ACT_RU_TASK set DUE_DATE_ = ? where PROC_DEF_ID_ = ?",
                    java.sql.Timestamp.from(due), definitionId);
            sql.update("update ACT_RU_JOB set DUEDATE_ = ? where PROCESS_DEF_ID_ = ?",
                    java.sql.Timestamp.from(due), definitionId);

            awaitAtLeast("select count(*) from SOPFLOW_LATE_STEP s join ACT_RU_TASK t on t.ID_ = s.TASK_ID "
                    + "where t.PROC_DEF_ID_ = '" + definitionId + "'", CRASH_TIMERS / 10, Duration.ofMinutes(2));
            first.kill();
            long lockedByTheDead = sql.queryForObject("select count(*) from ACT_RU_JOB where PROCESS_DEF_ID_ = ? "
                    + "and LOCK_OWNER_ is not null", Long.class, definitionId);
            long recordedBeforeKill = lateStepsOf(definitionId);
            System.out.printf("cluster crash: knotenC killed after %d of %d late steps, holding %d locked jobs%n",
                    recordedBeforeKill, CRASH_TIMERS, lockedByTheDead);
            assertThat(recordedBeforeKill).as("killed in the middle").isLessThan(CRASH_TIMERS);

            SopflowProcess second = SopflowProcess.start("knotenC", jdbcUrl, nodeC);
            try {
                second.awaitHealthy(Duration.ofMinutes(4));
                awaitCount("select count(*) from ACT_RU_JOB where PROCESS_DEF_ID_ = '" + definitionId + "'", 0,
                        Duration.ofMinutes(3));
            } finally {
                second.kill();
            }
            // Every timer fired; every late step is whole (record, notice, priority) and there once.
            assertThat(lateStepsOf(definitionId)).isEqualTo(CRASH_TIMERS);
            assertThat(sql.queryForObject("select count(*) from SOPFLOW_LATE_STEP s join ACT_RU_TASK t "
                    + "on t.ID_ = s.TASK_ID join ACT_RU_TASK n on n.ID_ = s.NOTIFICATION_TASK_ID "
                    + "where t.PROC_DEF_ID_ = ? and t.PRIORITY_ = ?", Long.class, definitionId,
                    LateSteps.LATE_PRIORITY)).isEqualTo(CRASH_TIMERS);
            assertThat(sql.queryForObject("select count(*) from ACT_RU_TASK where PROC_DEF_ID_ = ?", Long.class,
                    definitionId)).as("no case lost").isEqualTo(CRASH_TIMERS);
            assertThat(sql.queryForObject("select count(*) from ACT_RU_INCIDENT", Long.class)).isZero();
        } finally {
            if (first.isAlive()) {
                first.kill();
            }
            nodeA.startJobExecutor();
            nodeB.startJobExecutor();
        }
    }

    @Test
    @Order(6)
    void aNodeKilledWhileFacebookIsAnsweringLeavesThePostToAPersonNeverToASecondPost() throws Exception {
        nodeA.stopJobExecutor();
        nodeB.stopJobExecutor();
        // The report is walked to its posting step first, its jobs run by hand, with no job executor running.
        SipaPublicSteps steps = new SipaPublicSteps(nodeA.engine());
        ProcessInstance report;
        try {
            report = steps.verifiedReport("pemdes-lamida-atas", "Posyandu Desa Lamida Atas");
        } finally {
            // Back to the real clock: job locks expire by it.
            steps.tearDown();
        }
        SopflowProcess nodeC = SopflowProcess.start("knotenC", jdbcUrl, List.of(
                "--camunda.bpm.job-execution.lock-time-in-millis=3000",
                "--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=2000",
                "--sopflow.setwan.pembaruan-berkala.aktif=false",
                "--sopflow.publishing.facebook.graph-url=" + graph.baseUrl(),
                "--sopflow.publishing.facebook.pages.desa-lamida-atas.page-id=4321",
                "--sopflow.publishing.facebook.pages.desa-lamida-atas.access-token=token-uji",
                "--sopflow.publishing.claim-lease=PT5S"));
        try {
            nodeC.awaitHealthy(Duration.ofMinutes(4));
            // Node C takes the posting job and calls Facebook, which takes 8 s to answer: C is killed meanwhile.
            Instant deadline = Instant.now().plusSeconds(120);
            while (graph.findAll(WireMock.postRequestedFor(WireMock.urlPathEqualTo("/4321/feed"))).isEmpty()
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            nodeC.kill();
            assertThat(graph.findAll(WireMock.postRequestedFor(WireMock.urlPathEqualTo("/4321/feed")))).hasSize(1);

            // Node A takes over once C's job lock has expired: the post may exist, so it is left to a person.
            // C claimed the post before calling Facebook. A node that picks the job up while that claim is younger
            // than the lease (PT5S here) rightly takes it for a post still being made and retries in 5 minutes
            // (R3/PT5M), past this test's wait: on a loaded machine A's first pick-up fell inside the lease. A starts
            // only once the lease is over, so the test checks the take-over it is about, not the timing.
            Thread.sleep(Duration.ofSeconds(6).toMillis());
            nodeA.startJobExecutor();
            nodeA.wakeJobExecutor();
            Instant until = Instant.now().plusSeconds(90);
            Task manual = null;
            while (manual == null && Instant.now().isBefore(until)) {
                Thread.sleep(250);
                manual = nodeA.engine().getTaskService().createTaskQuery().processInstanceId(report.getId())
                        .taskDefinitionKey(SipaElements.UNGGAH_MANUAL).singleResult();
            }
            assertThat(manual).as("the manual posting task").isNotNull();
            assertThat((String) nodeA.engine().getRuntimeService().getVariable(report.getId(),
                    SipaVariables.ALASAN_UNGGAH_MANUAL.name())).contains("terputus sebelum tautannya tercatat");
            assertThat(graph.findAll(WireMock.postRequestedFor(WireMock.urlPathEqualTo("/4321/feed"))))
                    .as("Facebook got one post, never a second").hasSize(1);
        } finally {
            if (nodeC.isAlive()) {
                nodeC.kill();
            }
            nodeA.startJobExecutor();
            nodeB.startJobExecutor();
        }
    }

    @Test
    @Order(7)
    void eachPostIsMadeOnceWhenBothNodesRunItAtTheSameMoment() {
        // Posting jobs of 200 cases, each run by both nodes at once (a job whose lock expired while the platform was
        // slow is run again by another node): the stand-in counts the posts.
        Publisher onA = nodeA.bean(Publisher.class);
        Publisher onB = nodeB.bean(Publisher.class);
        int posts = Integer.getInteger("sopflow.cluster.posts", 200);
        IntStream.range(0, posts).parallel().forEach(i -> {
            PostRequest request = new PostRequest("kasus-" + i + ":unggahMedsos:facebook", "desa-lok-batu",
                    "Laporan kegiatan desa " + i, List.of());
            List<CompletableFuture<String>> both = List.of(onA, onB).stream()
                    .map(publisher -> CompletableFuture.supplyAsync(() -> outcome(publisher, request)))
                    .toList();
            both.forEach(CompletableFuture::join);
            // The execution that found the other one posting retries later and finds the post.
            assertThat(outcome(onB, request)).isEqualTo("sudah ada");
        });
        assertThat(graph.findAll(WireMock.postRequestedFor(WireMock.urlPathEqualTo("/5555/feed")))).hasSize(posts);
        assertThat(sql.queryForObject("select count(*) from SOPFLOW_PUBLICATION where IDEMPOTENCY_KEY like "
                + "'kasus-%:unggahMedsos:facebook'", Long.class)).isEqualTo(posts);
        System.out.printf("cluster posts: %d posting jobs run by both nodes at once, %d posts at the stand-in%n",
                posts, graph.findAll(WireMock.postRequestedFor(WireMock.urlPathEqualTo("/5555/feed"))).size());
    }

    @Test
    @Order(8)
    void aNodeKilledWhileStaffCompleteStepsLeavesEachStepDoneOrOpenNeverHalfDone() throws Exception {
        int steps = 100;
        String definitionId = nodeA.engine().getRepositoryService().createDeployment().tenantId(TENANT)
                .addClasspathResource("bpmn/uji-terlambat.bpmn").deployWithResult()
                .getDeployedProcessDefinitions().get(0).getId();
        RuntimeService runtime = nodeA.engine().getRuntimeService();
        IntStream.range(0, steps).forEach(i -> runtime.startProcessInstanceById(definitionId, "langkah-" + i));
        List<String> tasks = sql.queryForList("select ID_ from ACT_RU_TASK where PROC_DEF_ID_ = ?", String.class,
                definitionId);
        SopflowProcess nodeC = SopflowProcess.start("knotenC", jdbcUrl,
                List.of("--sopflow.setwan.pembaruan-berkala.aktif=false"));
        try {
            nodeC.awaitHealthy(Duration.ofMinutes(4));
            // The Admin completes the steps through node C's REST API, eight at a time; C is killed on the way.
            HttpClient http = HttpClient.newHttpClient();
            String login = "Basic " + java.util.Base64.getEncoder()
                    .encodeToString("admin-sipa:demo".getBytes(StandardCharsets.UTF_8));
            java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
            ExecutorService staff = Executors.newFixedThreadPool(8);
            for (String task : tasks) {
                staff.submit(() -> {
                    try {
                        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                                + nodeC.port + "/engine-rest/task/" + task + "/complete"))
                                .header("Authorization", login).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (done.statusCode() == 204) {
                            answered.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException killed) {
                        // the node died under this request
                    }
                });
            }
            Instant deadline = Instant.now().plusSeconds(120);
            while (answered.get() < steps / 4 && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            nodeC.kill();
            staff.shutdownNow();
            staff.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(answered.get()).as("steps completed before the kill").isBetween(1, steps - 1);

            // Every step is either done (its case ended) or open (its case waiting on it): nothing in between.
            long open = sql.queryForObject("select count(*) from ACT_RU_TASK where PROC_DEF_ID_ = ?", Long.class,
                    definitionId);
            long ended = sql.queryForObject("select count(*) from ACT_HI_PROCINST where PROC_DEF_ID_ = ? "
                    + "and END_TIME_ is not null", Long.class, definitionId);
            long waiting = sql.queryForObject("select count(*) from ACT_RU_EXECUTION e where e.PROC_DEF_ID_ = ? "
                    + "and e.PARENT_ID_ is null", Long.class, definitionId);
            System.out.printf("cluster crash: knotenC killed after %d of %d completions: %d done, %d open%n",
                    answered.get(), steps, ended, open);
            assertThat(open + ended).isEqualTo(steps);
            assertThat(waiting).as("cases still running").isEqualTo(open);
            assertThat(ended).as("every answered completion is kept").isGreaterThanOrEqualTo(answered.get());
            assertThat(sql.queryForObject("select count(*) from ACT_HI_TASKINST where PROC_DEF_ID_ = ? "
                    + "and END_TIME_ is not null", Long.class, definitionId)).isEqualTo(ended);

            // The rest can be done on the node still running.
            nodeA.engine().getTaskService().createTaskQuery().processDefinitionId(definitionId).list()
                    .forEach(task -> nodeA.engine().getTaskService().complete(task.getId()));
            assertThat(sql.queryForObject("select count(*) from ACT_HI_PROCINST where PROC_DEF_ID_ = ? "
                    + "and END_TIME_ is not null", Long.class, definitionId)).isEqualTo(steps);
        } finally {
            if (nodeC.isAlive()) {
                nodeC.kill();
            }
        }
    }

    @Test
    @Order(9)
    void aNodeKilledWhileWritingAReportLeavesNoHalfReportAndTheReportIsWrittenOnce() throws Exception {
        nodeA.stopJobExecutor();
        nodeB.stopJobExecutor();
        SipaPublicSteps steps = new SipaPublicSteps(nodeA.engine());
        ProcessInstance report;
        try {
            report = steps.publishedReport("pemdes-babayau", "Laporan yang diarsipkan", null);
            steps.closeFeedbackWindowLeavingTheReportToTheJobExecutor(report);
        } finally {
            steps.tearDown();
        }
        // Writing the report is made slow (a trigger on the archive table that sleeps), so that node C, which takes
        // the report job, is killed right in the middle of writing it.
        sql.execute("create or replace function uji_laporan_lambat() returns trigger language plpgsql as "
                + "$$ begin perform pg_sleep(8); return new; end $$");
        sql.execute("create trigger uji_laporan_lambat before insert on SOPFLOW_REPORT "
                + "for each row execute function uji_laporan_lambat()");
        SopflowProcess nodeC = SopflowProcess.start("knotenC", jdbcUrl, List.of(
                "--camunda.bpm.job-execution.lock-time-in-millis=3000",
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=2000", "--sopflow.setwan.pembaruan-berkala.aktif=false"));
        try {
            nodeC.awaitHealthy(Duration.ofMinutes(4));
            awaitAtLeast("select count(*) from pg_stat_activity where state = 'active' "
                    + "and query ilike 'insert into sopflow_report%'", 1, Duration.ofMinutes(2));
            nodeC.kill();
        } finally {
            if (nodeC.isAlive()) {
                nodeC.kill();
            }
            // Waits for the dead node's statement to end: PostgreSQL then finds its client gone and rolls back.
            sql.execute("drop trigger uji_laporan_lambat on SOPFLOW_REPORT");
        }
        assertThat(sql.queryForObject("select count(*) from SOPFLOW_REPORT where PROCESS_INSTANCE_ID = ?",
                Long.class, report.getId())).as("no half-written report").isZero();

        // Node A runs the report job again once C's lock has expired: one report, complete.
        nodeA.startJobExecutor();
        nodeA.wakeJobExecutor();
        try {
            awaitCount("select count(*) from SOPFLOW_REPORT where PROCESS_INSTANCE_ID = '" + report.getId() + "'",
                    1, Duration.ofMinutes(2));
            awaitCount("select count(*) from ACT_RU_JOB where PROCESS_INSTANCE_ID_ = '" + report.getId() + "' "
                    + "and LOCK_OWNER_ is not null", 0, Duration.ofMinutes(1));
            Thread.sleep(1000);
            assertThat(sql.queryForObject("select count(*) from SOPFLOW_REPORT where PROCESS_INSTANCE_ID = ?",
                    Long.class, report.getId())).isEqualTo(1);
            assertThat(sql.queryForObject("select octet_length(CONTENT) from SOPFLOW_REPORT "
                    + "where PROCESS_INSTANCE_ID = ?", Long.class, report.getId())).isPositive();
            assertThat(sql.queryForObject("select count(*) from ACT_RU_INCIDENT", Long.class)).isZero();
        } finally {
            nodeB.startJobExecutor();
        }
    }

    private static String outcome(Publisher publisher, PostRequest request) {
        try {
            PublicationOutcome outcome = publisher.publish(FacebookPageChannel.ID, request);
            return outcome instanceof PublicationOutcome.Published published && published.repeated()
                    ? "sudah ada" : "diunggah";
        } catch (TransientPublishingFailure postedByTheOther) {
            return "sedang diunggah node lain";
        }
    }

    private static long lateStepsOf(String definitionId) {
        return sql.queryForObject("select count(distinct s.TASK_ID) from SOPFLOW_LATE_STEP s join ACT_RU_TASK t "
                + "on t.ID_ = s.TASK_ID where t.PROC_DEF_ID_ = ?", Long.class, definitionId);
    }


    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private static String token(SopflowNode node, String page) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + node.port() + page)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(response.body());
        assertThat(token.find()).as("form token on %s", page).isTrue();
        return token.group(1);
    }

    private static HttpResponse<String> askQuestion(SopflowNode node, String page, String token, String question) {
        String form = "nama=Warga&isi=" + URLEncoder.encode(question, StandardCharsets.UTF_8)
                + "&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + page + "/pertanyaan"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bothAtOnce(Runnable onA, Runnable onB) {
        CompletableFuture.allOf(CompletableFuture.runAsync(onA), CompletableFuture.runAsync(onB)).join();
    }

    private static void awaitCount(String query, long expected, Duration timeout) throws InterruptedException {
        await(query, count -> count == expected, timeout);
        assertThat(sql.queryForObject(query, Long.class)).as(query).isEqualTo(expected);
    }

    private static void awaitAtLeast(String query, long expected, Duration timeout) throws InterruptedException {
        await(query, count -> count >= expected, timeout);
        assertThat(sql.queryForObject(query, Long.class)).as(query).isGreaterThanOrEqualTo(expected);
    }

    private static void await(String query, java.util.function.LongPredicate done, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && !done.test(sql.queryForObject(query, Long.class))) {
            Thread.sleep(50);
        }
    }

    private static void awaitMails(int expected, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && smtp.getReceivedMessages().length < expected) {
            Thread.sleep(200);
        }
    }

    private static String health(SopflowNode node) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + node.port() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
