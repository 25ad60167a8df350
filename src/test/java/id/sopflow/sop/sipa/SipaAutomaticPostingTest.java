package id.sopflow.sop.sipa;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * Row 3 of the real SIPA diagram with Desa Babayau's Facebook page configured, against a local stand-in of the
 * Graph API: posted automatically; failing for a while and raising an incident for Cockpit; or refused and handed
 * to the admin to post by hand.
 */
@SpringBootTest
class SipaAutomaticPostingTest {

    private static final String PERMALINK = "https://www.facebook.com/desababayau/posts/pfbid0sipa";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void facebook(DynamicPropertyRegistry properties) {
        properties.add("sopflow.publishing.facebook.graph-url", graph::baseUrl);
        properties.add("sopflow.publishing.facebook.pages.desa-babayau.page-id", () -> "777");
        properties.add("sopflow.publishing.facebook.pages.desa-babayau.access-token", () -> "token-uji");
    }

    @Autowired
    ProcessEngine engine;

    private final SipaProcessTest steps = new SipaProcessTest();

    @BeforeEach
    void setUp() {
        steps.engine = engine;
        steps.setUp();
        graph.stubFor(post(urlPathEqualTo("/777/photos")).willReturn(okJson("{\"id\":\"9001\"}")));
        graph.stubFor(get(urlPathEqualTo("/777_555")).willReturn(okJson("{\"permalink_url\":\"" + PERMALINK + "\"}")));
    }

    @AfterEach
    void tearDown() {
        steps.tearDown();
    }

    @Test
    void aVerifiedReportIsPostedToTheDesasPageOnceAndItsLinkIsTheOutput() {
        graph.stubFor(post(urlPathEqualTo("/777/feed")).willReturn(okJson("{\"id\":\"777_555\"}")));
        ProcessInstance report = verifiedReport();

        steps.executeJob(report, SipaElements.UNGGAH_MEDSOS);
        assertThat(report).variables()
                .containsEntry(SipaVariables.TAUTAN_PUBLIKASI.name(), PERMALINK)
                .containsEntry(SipaVariables.SALURAN_PUBLIKASI.name(), "facebook");
        steps.executeJob(report, SipaElements.UNGGAH_MEDSOS);

        assertThat(report).isWaitingAt(SipaElements.MASA_TANGGAPAN_BERAKHIR);
        graph.verify(1, postRequestedFor(urlPathEqualTo("/777/feed")));
    }

    @Test
    void postingThatKeepsFailingRaisesAnIncidentForCockpit() {
        graph.stubFor(post(urlPathEqualTo("/777/feed")).willReturn(serverError()));
        ProcessInstance report = verifiedReport();

        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                steps.executeJob(report, SipaElements.UNGGAH_MEDSOS);
            } catch (RuntimeException transientFailure) {
                // the engine keeps the job with one retry fewer
            }
        }

        org.assertj.core.api.Assertions.assertThat(engine.getRuntimeService().createIncidentQuery()
                .processInstanceId(report.getId()).activityId(SipaElements.UNGGAH_MEDSOS).count()).isEqualTo(1);
        assertThat(report).isWaitingAt(SipaElements.UNGGAH_MEDSOS);
        graph.verify(3, postRequestedFor(urlPathEqualTo("/777/feed")));
    }

    @Test
    void postingFailsIsRetriedAndFallsBackToTheAdminWhenFacebookRefuses() {
        graph.stubFor(post(urlPathEqualTo("/777/feed")).inScenario("gagal").whenScenarioStateIs(STARTED)
                .willReturn(serverError()).willSetStateTo("menolak"));
        graph.stubFor(post(urlPathEqualTo("/777/feed")).inScenario("gagal").whenScenarioStateIs("menolak")
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Permissions error\",\"code\":200}}")));
        ProcessInstance report = verifiedReport();

        try {
            steps.executeJob(report, SipaElements.UNGGAH_MEDSOS);
        } catch (RuntimeException transientFailure) {
            // retried
        }
        steps.executeJob(report, SipaElements.UNGGAH_MEDSOS);

        assertThat(report).isWaitingAt(SipaElements.UNGGAH_MANUAL);
        org.assertj.core.api.Assertions.assertThat(steps.variable(report, SipaVariables.ALASAN_UNGGAH_MANUAL)).contains("Permissions error");
    }

    private ProcessInstance verifiedReport() {
        ProcessInstance report = steps.startAs("pemdes-babayau", SipaFixtures.completeReport());
        steps.verify(report, "admin-sipa", true, null);
        assertThat(report).isWaitingAt(SipaElements.UNGGAH_MEDSOS);
        return report;
    }
}
