package id.sopflow.sop.sipa;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import id.sopflow.ProcessVariable;
import id.sopflow.testkit.TestKit;

/**
 * The posting step of SIPA BERMEDSOS (row 3) in the engine, against a WireMock stand-in of the Graph API: the test
 * diagram {@code publishing/uji-unggah-medsos.bpmn} models the task as the real one does (async before and after,
 * {@code R3/PT5M}, error {@code unggahManual} to the admin's manual task).
 */
@SpringBootTest
class SipaPublishingTest {

    private static final String PERMALINK = "https://www.facebook.com/desababayau/posts/pfbid0abc";
    private static final String TEKS = "Realisasi APBDes Desa Babayau semester I: 92% dari anggaran.";
    private static final String KODE_PUBLIK = "K7Q2M9XW";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void facebook(DynamicPropertyRegistry properties) {
        properties.add("sopflow.publishing.facebook.graph-url", graph::baseUrl);
        properties.add("sopflow.publishing.facebook.pages.desa-babayau.page-id", () -> "1234");
        properties.add("sopflow.publishing.facebook.pages.desa-babayau.access-token", () -> "token-uji");
    }

    /** The step after the post; a test can make it fail a number of times. */
    public static class StepAfterPosting implements ExecutionListener {

        final AtomicInteger failuresLeft = new AtomicInteger();

        @Override
        public void notify(DelegateExecution execution) {
            if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                throw new IllegalStateException("Langkah setelah unggah gagal (uji)");
            }
        }
    }

    @TestConfiguration
    static class Steps {

        @Bean
        StepAfterPosting stepAfterPosting() {
            return new StepAfterPosting();
        }
    }

    @Autowired
    ProcessEngine engine;

    @Autowired
    StepAfterPosting stepAfterPosting;

    @Autowired
    JdbcTemplate jdbc;

    private RuntimeService runtime;
    private ManagementService management;
    private String deploymentId;

    @BeforeEach
    void deploy() {
        runtime = engine.getRuntimeService();
        management = engine.getManagementService();
        deploymentId = engine.getRepositoryService().createDeployment()
                .addClasspathResource("publishing/uji-unggah-medsos.bpmn").deploy().getId();
        stepAfterPosting.failuresLeft.set(0);
        graph.stubFor(post(urlPathEqualTo("/1234/photos")).willReturn(okJson("{\"id\":\"501\"}")));
    }

    @AfterEach
    void undeploy() {
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }

    @Test
    void aConfiguredPageGetsTheReportWithItsPhotosAndTheInstanceMovesOn() {
        stubGraph();
        ProcessInstance instance = start("desa-babayau", true, false);

        executePostingJob(instance);
        assertThat(variable(instance, SipaVariables.TAUTAN_PUBLIKASI)).isEqualTo(PERMALINK);
        assertThat(variable(instance, SipaVariables.SALURAN_PUBLIKASI)).isEqualTo("facebook");
        Job afterPosting = onlyJob(instance);
        management.executeJob(afterPosting.getId());

        assertThat(ended(instance)).isTrue();
        assertThat(historicVariable(instance, SipaVariables.TAUTAN_PUBLIKASI)).isEqualTo(PERMALINK);
        graph.verify(1, postRequestedFor(urlPathEqualTo("/1234/feed")));
        graph.verify(1, postRequestedFor(urlPathEqualTo("/1234/photos")).withRequestBodyPart(aMultipart("source")
                .withHeader("Content-Disposition", containing("filename=\"kegiatan.jpg\""))
                .withHeader("Content-Type", containing("image/jpeg"))
                .withBody(binaryEqualTo("foto-kegiatan".getBytes(StandardCharsets.UTF_8))).build()));
        graph.verify(1, postRequestedFor(urlPathEqualTo("/1234/feed")).withFormParam("message",
                        matching("(?s)" + java.util.regex.Pattern.quote(TEKS) + ".*/publik/sipa/" + KODE_PUBLIK + ".*"))
                .withFormParam("attached_media[0]", equalToJson("{\"media_fbid\":\"501\"}")));
        assertThat(jdbc.queryForObject("SELECT URL FROM SOPFLOW_PUBLICATION WHERE IDEMPOTENCY_KEY = ?",
                String.class, SipaPublishing.idempotencyKey(instance.getId()))).isEqualTo(PERMALINK);
    }

    @Test
    void aDesaWithoutAConfiguredPageGoesToTheManualTaskWithTheReason() {
        stubGraph();
        ProcessInstance instance = start("desa-lain", true, false);

        executePostingJob(instance);

        Task manual = manualTask(instance);
        assertThat(manual).isNotNull();
        assertThat(variable(instance, SipaVariables.ALASAN_UNGGAH_MANUAL))
                .isEqualTo("Unggah otomatis ke Facebook belum disiapkan untuk desa-lain (halaman atau token belum "
                        + "diatur). Unggah manual ke Facebook lalu catat tautannya.");
        assertThat(variable(instance, SipaVariables.SALURAN_PUBLIKASI)).isEqualTo("manual");
        assertThat(variable(instance, SipaVariables.TAUTAN_PUBLIKASI)).isNull();
        graph.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void facebookNotChosenGoesToTheManualTaskWithoutCallingFacebook() {
        stubGraph();
        ProcessInstance instance = start("desa-babayau", false, true);

        executePostingJob(instance);

        assertThat(manualTask(instance)).isNotNull();
        assertThat(variable(instance, SipaVariables.ALASAN_UNGGAH_MANUAL))
                .isEqualTo("Instagram diunggah manual: unggah konten ke Instagram lalu catat tautannya.");
        graph.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void withInstagramAlsoChosenFacebookIsPostedAndTheAdminAddsTheInstagramLink() {
        stubGraph();
        ProcessInstance instance = start("desa-babayau", true, true);

        executePostingJob(instance);

        assertThat(manualTask(instance)).isNotNull();
        assertThat(variable(instance, SipaVariables.TAUTAN_PUBLIKASI)).isEqualTo(PERMALINK);
        assertThat(variable(instance, SipaVariables.SALURAN_PUBLIKASI)).isEqualTo("facebook");
        assertThat(variable(instance, SipaVariables.ALASAN_UNGGAH_MANUAL))
                .isEqualTo("Sudah terunggah otomatis ke Facebook: " + PERMALINK
                        + ". Instagram diunggah manual: unggah konten ke Instagram lalu tambahkan tautannya.");
        graph.verify(1, postRequestedFor(urlPathEqualTo("/1234/feed")));
    }

    @Test
    void aRefusedTokenGoesToTheManualTaskAtOnceWithFacebooksMessage() {
        graph.stubFor(post(urlPathEqualTo("/1234/feed")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Invalid OAuth access token - Cannot parse access token\","
                        + "\"type\":\"OAuthException\",\"code\":190}}")));
        ProcessInstance instance = start("desa-babayau", true, false);

        executePostingJob(instance);

        assertThat(manualTask(instance)).isNotNull();
        assertThat(variable(instance, SipaVariables.ALASAN_UNGGAH_MANUAL))
                .startsWith("Unggah otomatis ke Facebook gagal: Facebook menjawab HTTP 400 (kode 190)")
                .contains("Invalid OAuth access token - Cannot parse access token")
                .endsWith("Unggah manual ke Facebook lalu catat tautannya.");
        graph.verify(1, postRequestedFor(urlPathEqualTo("/1234/feed")));
    }

    @Test
    void twoServerErrorsAreRetriedAndTheThirdAttemptPostsOnce() {
        graph.stubFor(post(urlPathEqualTo("/1234/feed")).inScenario("gangguan").whenScenarioStateIs(STARTED)
                .willReturn(serverError()).willSetStateTo("gagal sekali"));
        graph.stubFor(post(urlPathEqualTo("/1234/feed")).inScenario("gangguan").whenScenarioStateIs("gagal sekali")
                .willReturn(serverError()).willSetStateTo("pulih"));
        graph.stubFor(post(urlPathEqualTo("/1234/feed")).inScenario("gangguan").whenScenarioStateIs("pulih")
                .willReturn(okJson("{\"id\":\"1234_987\"}")));
        graph.stubFor(get(urlPathEqualTo("/1234_987")).willReturn(okJson("{\"permalink_url\":\"" + PERMALINK + "\"}")));
        ProcessInstance instance = start("desa-babayau", true, false);
        Job posting = onlyJob(instance);

        assertThatThrownBy(() -> management.executeJob(posting.getId()))
                .hasMessageContaining("Facebook menjawab HTTP 500");
        assertThat(retriesOf(posting)).isEqualTo(2);
        assertThatThrownBy(() -> management.executeJob(posting.getId()))
                .hasMessageContaining("Facebook menjawab HTTP 500");
        assertThat(retriesOf(posting)).isEqualTo(1);
        management.executeJob(posting.getId());

        assertThat(variable(instance, SipaVariables.TAUTAN_PUBLIKASI)).isEqualTo(PERMALINK);
        assertThat(manualTask(instance)).isNull();
        graph.verify(3, postRequestedFor(urlPathEqualTo("/1234/feed")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SOPFLOW_PUBLICATION WHERE IDEMPOTENCY_KEY = ?",
                Integer.class, SipaPublishing.idempotencyKey(instance.getId()))).isEqualTo(1);
    }

    /**
     * A process owner renames the posting step in Modeler and deploys: the post's idempotency key does not come from
     * the element id, so running the renamed step again for the same report (a retry, or an operator restarting the
     * step in Cockpit) does not post a second time, and the key is the one Facebook comments are matched by.
     */
    @Test
    void aRenamedPostingStepStillPostsOnlyOncePerReport() throws Exception {
        stubGraph();
        String renamedStep = "serviceTask_unggahKeFacebook";
        String renamed;
        try (var in = getClass().getClassLoader().getResourceAsStream("publishing/uji-unggah-medsos.bpmn")) {
            renamed = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(SipaElements.UNGGAH_MEDSOS, renamedStep);
        }
        String renamedDeployment = engine.getRepositoryService().createDeployment()
                .addString("uji-unggah-medsos.bpmn", renamed).deploy().getId();
        try {
            ProcessInstance instance = start("desa-babayau", true, false);
            executePostingJob(instance);
            assertThat(variable(instance, SipaVariables.TAUTAN_PUBLIKASI)).isEqualTo(PERMALINK);

            String afterPosting = onlyJob(instance).getId();
            runtime.createProcessInstanceModification(instance.getId()).startBeforeActivity(renamedStep).execute();
            Job again = management.createJobQuery().processInstanceId(instance.getId()).list().stream()
                    .filter(job -> !job.getId().equals(afterPosting)).findFirst().orElseThrow();
            management.executeJob(again.getId());

            graph.verify(1, postRequestedFor(urlPathEqualTo("/1234/feed")));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SOPFLOW_PUBLICATION WHERE IDEMPOTENCY_KEY = ?",
                    Integer.class, SipaPublishing.idempotencyKey(instance.getId()))).isEqualTo(1);
            assertThat(SipaPublishing.idempotencyKey(instance.getId())).doesNotContain(renamedStep);
        } finally {
            engine.getRepositoryService().deleteDeployment(renamedDeployment, true);
        }
    }

    @Test
    void threeServerErrorsRaiseAnIncidentThatTheOperatorResolvesByGivingUpOnFacebook() {
        graph.stubFor(post(urlPathEqualTo("/1234/feed")).willReturn(serverError()
                .withBody("{\"error\":{\"message\":\"An unexpected error has occurred.\",\"code\":2}}")));
        ProcessInstance instance = start("desa-babayau", true, false);
        Job posting = onlyJob(instance);

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(posting.getId()));
        }

        assertThat(retriesOf(posting)).isZero();
        assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult().getIncidentMessage())
                .contains("HTTP 500");
        assertThat(manualTask(instance)).isNull();
        graph.verify(3, postRequestedFor(urlPathEqualTo("/1234/feed")));

        // What the operator does in Cockpit: give up on Facebook for this case and retry the job.
        runtime.setVariable(instance.getId(), SipaVariables.PLATFORM_FACEBOOK.name(), false);
        management.setJobRetries(posting.getId(), 1);
        management.executeJob(posting.getId());

        assertThat(manualTask(instance)).isNotNull();
        assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        graph.verify(3, postRequestedFor(urlPathEqualTo("/1234/feed")));
    }

    @Test
    void aServerErrorThenARefusalIsRetriedOnceAndThenHandedToTheAdmin() {
        graph.stubFor(post(urlPathEqualTo("/1234/feed")).inScenario("lalu ditolak").whenScenarioStateIs(STARTED)
                .willReturn(serverError()).willSetStateTo("ditolak"));
        graph.stubFor(post(urlPathEqualTo("/1234/feed")).inScenario("lalu ditolak").whenScenarioStateIs("ditolak")
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Invalid OAuth access token.\",\"code\":190}}")));
        ProcessInstance instance = start("desa-babayau", true, false);
        Job posting = onlyJob(instance);

        assertThatThrownBy(() -> management.executeJob(posting.getId()));
        management.executeJob(posting.getId());

        assertThat(manualTask(instance)).isNotNull();
        assertThat(variable(instance, SipaVariables.ALASAN_UNGGAH_MANUAL)).contains("Invalid OAuth access token.");
        assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void whenTheStepAfterThePostFailsItsRetryNeverPostsAgain() {
        stubGraph();
        stepAfterPosting.failuresLeft.set(2);
        ProcessInstance instance = start("desa-babayau", true, false);
        Job posting = onlyJob(instance);
        management.executeJob(posting.getId());

        Job afterPosting = onlyJob(instance);
        assertThat(afterPosting.getId()).isNotEqualTo(posting.getId());
        assertThatThrownBy(() -> management.executeJob(afterPosting.getId()))
                .hasMessageContaining("Langkah setelah unggah gagal");
        assertThatThrownBy(() -> management.executeJob(afterPosting.getId()))
                .hasMessageContaining("Langkah setelah unggah gagal");
        management.executeJob(afterPosting.getId());

        assertThat(ended(instance)).isTrue();
        assertThat(historicVariable(instance, SipaVariables.TAUTAN_PUBLIKASI)).isEqualTo(PERMALINK);
        graph.verify(1, postRequestedFor(urlPathEqualTo("/1234/feed")));
    }

    private ProcessInstance start(String desaId, boolean facebook, boolean instagram) {
        VariableMap variables = Variables.createVariables()
                .putValue(SipaVariables.DESA_ID.name(), desaId)
                .putValue(SipaVariables.TEKS_KONTEN.name(), TEKS)
                .putValue(SipaVariables.KODE_PUBLIK.name(), KODE_PUBLIK)
                .putValue(SipaVariables.PLATFORM_FACEBOOK.name(), facebook)
                .putValue(SipaVariables.PLATFORM_INSTAGRAM.name(), instagram)
                .putValueTyped(SipaVariables.FOTO.get(0).name(), TestKit.upload("kegiatan.jpg",
                        "foto-kegiatan".getBytes(StandardCharsets.UTF_8), "image/jpeg"));
        return runtime.startProcessInstanceByKey("uji-unggah-medsos", variables);
    }

    private void executePostingJob(ProcessInstance instance) {
        management.executeJob(onlyJob(instance).getId());
    }

    private Job onlyJob(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    }

    private int retriesOf(Job job) {
        return management.createJobQuery().jobId(job.getId()).singleResult().getRetries();
    }

    private Task manualTask(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SipaElements.UNGGAH_MANUAL).singleResult();
    }

    private <T> T variable(ProcessInstance instance, ProcessVariable<T> variable) {
        return variable.type().cast(runtime.getVariable(instance.getId(), variable.name()));
    }

    private <T> T historicVariable(ProcessInstance instance, ProcessVariable<T> variable) {
        return variable.type().cast(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(variable.name()).singleResult().getValue());
    }

    private boolean ended(ProcessInstance instance) {
        return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
    }

    private static void stubGraph() {
        graph.stubFor(post(urlPathEqualTo("/1234/feed")).willReturn(okJson("{\"id\":\"1234_987\"}")));
        graph.stubFor(get(urlPathEqualTo("/1234_987")).willReturn(okJson("{\"permalink_url\":\"" + PERMALINK + "\"}")));
    }
}
