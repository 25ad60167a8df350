package id.sopflow.sop.setwan;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static id.sopflow.sop.setwan.SetwanElements.PUBLIKASI_MEDSOS;
import static id.sopflow.sop.setwan.SetwanElements.PUBLIKASI_MEDSOS_OTOMATIS;
import static id.sopflow.sop.setwan.SetwanElements.PUBLIKASI_WEBSITE;
import static id.sopflow.sop.setwan.SetwanElements.PUBLIKASI_WEBSITE_OTOMATIS;
import static id.sopflow.sop.setwan.SetwanElements.UPDATE_BERKALA;
import static id.sopflow.sop.setwan.SetwanSteps.INSTAGRAM_LINK;
import static id.sopflow.sop.setwan.SetwanSteps.WEBSITE_LINK;
import static id.sopflow.sop.setwan.SetwanSteps.WITA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import id.sopflow.InputRefusedException;
import id.sopflow.caseheader.CaseHeader;
import id.sopflow.mutubaku.LateStepRepository;
import id.sopflow.publishing.Platform;
import id.sopflow.testkit.TestKit;

/**
 * Row 4, the periodic update, driven through {@link SetwanPeriodicUpdates#runDue} with the engine clock (the
 * scheduler itself only calls it where the job executor runs); and row 3's automatic posting to the Sekretariat's
 * Facebook page against a local stand-in of the Graph API (posted once; refused → by hand with Facebook's message;
 * failing for a while → an incident for Cockpit).
 */
@SpringBootTest
class SetwanPeriodicUpdateTest {

    private static final String PERMALINK = "https://www.facebook.com/setwanbalangan/posts/pfbid0apbd";
    /** Friday 20 November 2026 10:00 WITA: the application starts. */
    private static final Instant FRIDAY = wita(2026, 11, 20, 10, 0);
    /** Monday 23 November 2026 08:00 WITA: the first scheduled moment (default: every Monday 08:00). */
    private static final Instant MONDAY_0800 = wita(2026, 11, 23, 8, 0);

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void facebook(DynamicPropertyRegistry properties) {
        properties.add("sopflow.publishing.facebook.graph-url", graph::baseUrl);
        properties.add("sopflow.publishing.facebook.pages.setwan-balangan.page-id", () -> "888");
        properties.add("sopflow.publishing.facebook.pages.setwan-balangan.access-token", () -> "token-uji");
    }

    @Autowired
    ProcessEngine engine;

    @Autowired
    SetwanPeriodicUpdates updates;

    @Autowired
    UpdateSlotRepository slots;

    @Autowired
    SetwanPublicationRepository publications;

    @Autowired
    LateStepRepository lateSteps;

    @Autowired
    JdbcTemplate jdbc;

    SetwanSteps steps;

    @BeforeEach
    void setUp() {
        init(engine);
        steps = new SetwanSteps(engine);
        // Each test tells its own story from the start of the schedule.
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SetwanVariables.PROCESS_KEY).list()
                .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "uji"));
        jdbc.update("DELETE FROM SOPFLOW_SETWAN_PEMBARUAN");
        jdbc.update("DELETE FROM SOPFLOW_SETWAN_PUBLIKASI");
        at(FRIDAY);
        graph.stubFor(post(urlPathEqualTo("/888/photos")).willReturn(okJson("{\"id\":\"9101\"}")));
        graph.stubFor(post(urlPathEqualTo("/888/feed")).willReturn(okJson("{\"id\":\"888_777\"}")));
        graph.stubFor(get(urlPathEqualTo("/888_777")).willReturn(okJson("{\"permalink_url\":\"" + PERMALINK + "\"}")));
    }

    /** Puts the clock back and logs the user out after each test. */
    @RegisterExtension
    final TestKit kit = new TestKit();

    @Test
    void theScheduleGivesTheStafTheUpdateTaskOnTimeListingWhatFinishedCasesPublished() {
        ProcessInstance finished = steps.finishedCase();
        ProcessInstance unfinished = steps.acceptedCase(false, true, false);
        steps.executeJob(unfinished, PUBLIKASI_WEBSITE_OTOMATIS);
        steps.complete(unfinished, PUBLIKASI_WEBSITE, "website-setwan",
                SetwanVariables.TAUTAN_WEBSITE.with("https://dprd.balangankab.example.go.id/berita/belum-selesai"));
        assertThat(finished).isEnded();

        assertThat(updates.runDue(FRIDAY)).get().extracting(UpdateSlot::outcome).isEqualTo(UpdateSlot.Outcome.MULAI);
        assertThat(updates.runDue(MONDAY_0800.minusSeconds(1))).isEmpty();
        assertThat(openUpdates()).isEmpty();

        UpdateSlot made = updates.runDue(at(MONDAY_0800)).orElseThrow();
        assertThat(made.outcome()).isEqualTo(UpdateSlot.Outcome.DIBUAT);
        assertThat(made.slotAt()).isEqualTo(MONDAY_0800);
        Task update = onlyOpenUpdate();
        assertThat(update.getName()).isEqualTo("Update data dan informasi berkala");
        assertThat(update.getTenantId()).isEqualTo("setwan-balangan");
        assertThat(update.getProcessInstanceId()).isEqualTo(made.processInstanceId());
        assertThat(update.getDueDate().toInstant()).isEqualTo(wita(2026, 11, 23, 9, 0));
        assertThat(engine.getTaskService().getIdentityLinksForTask(update.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("setwan-staf");
        Map<String, Object> variables = engine.getTaskService().getVariables(update.getId());
        assertThat(SetwanVariables.DAFTAR_PUBLIKASI.from(variables).orElseThrow())
                .contains("Rapat Paripurna Penetapan APBD 2027", WEBSITE_LINK, INSTAGRAM_LINK)
                .doesNotContain("belum-selesai");
        assertThat(variables).containsEntry(SetwanVariables.JUMLAH_PUBLIKASI.name(), 2)
                .containsEntry(SetwanVariables.JADWAL_PEMBARUAN_TEKS.name(), "Senin, 23 November 2026 08.00 WITA")
                .containsEntry(SetwanVariables.JADWAL_TERGABUNG.name(), 0)
                .containsEntry(SetwanVariables.JUDUL.name(), "Pembaruan berkala Senin, 23 November 2026 08.00 WITA")
                .containsEntry(CaseHeader.UNIT.name(), "Sekretariat DPRD Kabupaten Balangan");

        assertThat(updates.runDue(at(MONDAY_0800.plusSeconds(60)))).as("a moment is served once").isEmpty();
        assertThat(openUpdates()).hasSize(1);

        assertThat(visibleUpdates("staf-setwan")).isEqualTo(1);
        assertThat(visibleUpdates("admin-medsos")).as("PPID Bunder").isZero();
        assertThat(visibleUpdates("pemdes-babayau")).as("a desa of Paringin").isZero();
    }

    @Test
    void aMomentDueWhileTheUpdateIsStillOpenIsFoldedIntoItAndTheLateUpdateIsMarked() {
        updates.runDue(FRIDAY);
        String first = updates.runDue(at(MONDAY_0800)).orElseThrow().processInstanceId();
        ProcessInstance firstUpdate = instance(first);
        steps.fireLateTimer(firstUpdate, UPDATE_BERKALA);
        assertThat(lateSteps.ofProcessInstance(first)).extracting(late -> late.stepId()).containsExactly(UPDATE_BERKALA);

        steps.finishedCase();
        Instant nextMonday = wita(2026, 11, 30, 8, 0);
        UpdateSlot folded = updates.runDue(at(nextMonday)).orElseThrow();

        assertThat(folded.outcome()).isEqualTo(UpdateSlot.Outcome.DIGABUNG);
        assertThat(folded.processInstanceId()).isEqualTo(first);
        assertThat(openUpdates()).as("no pile-up of identical tasks").hasSize(1);
        assertThat(steps.variable(firstUpdate, SetwanVariables.JADWAL_TERGABUNG)).isEqualTo(1);
        assertThat(steps.variable(firstUpdate, SetwanVariables.JADWAL_TERAKHIR_TEKS))
                .isEqualTo("Senin, 30 November 2026 08.00 WITA");
        assertThat(steps.variable(firstUpdate, SetwanVariables.DAFTAR_PUBLIKASI)).as("refreshed").contains(WEBSITE_LINK);
        assertThat(steps.variable(firstUpdate, SetwanVariables.JUMLAH_PUBLIKASI)).isEqualTo(2);

        assertThatThrownBy(() -> steps.complete(firstUpdate, UPDATE_BERKALA, "staf-setwan",
                SetwanVariables.CATATAN_PEMBARUAN.with(" ")))
                .hasMessageContaining("«Catatan pembaruan» (catatanPembaruan) wajib diisi");
        // Without a logged-in user the form contract does not run; the diagram's declared kelengkapan still does.
        String updateTask = steps.task(firstUpdate, UPDATE_BERKALA).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(updateTask,
                update(" ", "halaman berita")))
                .isInstanceOf(InputRefusedException.class).hasMessage("Catatan pembaruan wajib diisi.\n\"halaman "
                        + "berita\" bukan alamat web yang sah; tautan harus diawali https:// atau http://.");
        assertThatThrownBy(() -> steps.complete(firstUpdate, UPDATE_BERKALA, "staf-setwan",
                update("Foto diganti", "halaman berita")))
                .hasMessageContaining("(tautanPembaruan) tidak sesuai format yang diminta formulir");
        steps.complete(firstUpdate, UPDATE_BERKALA, "staf-setwan",
                update("Berita APBD 2027 dilengkapi nilai akhir.", WEBSITE_LINK));
        assertThat(firstUpdate).isEnded();
        assertThat(lateSteps.ofProcessInstance(first)).allSatisfy(late -> assertThat(late.completedAt()).isNotNull());

        UpdateSlot next = updates.runDue(at(wita(2026, 12, 7, 8, 0))).orElseThrow();
        assertThat(next.outcome()).isEqualTo(UpdateSlot.Outcome.DIBUAT);
        assertThat(openUpdates()).extracting(Task::getProcessInstanceId).containsExactly(next.processInstanceId());
        assertThat(slots.ofTenant("setwan-balangan")).extracting(UpdateSlot::outcome).containsExactly(
                UpdateSlot.Outcome.MULAI, UpdateSlot.Outcome.DIBUAT, UpdateSlot.Outcome.DIGABUNG, UpdateSlot.Outcome.DIBUAT);
    }

    @Test
    void aUserCannotStartAnUpdateAroundTheSchedule() {
        steps.authenticate("staf-setwan");
        try {
            assertThatThrownBy(() -> engine.getRuntimeService().createMessageCorrelation(SetwanVariables.MESSAGE_PEMBARUAN)
                    .correlateStartMessage()).hasMessageContaining("hanya dimulai oleh jadwal sopflow");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(SetwanVariables.PROCESS_KEY).count()).isZero();
    }

    @Test
    void afterTheApplicationWasDownOnlyTheLatestMissedMomentIsServed() {
        updates.runDue(FRIDAY);

        UpdateSlot made = updates.runDue(at(wita(2026, 12, 16, 10, 0))).orElseThrow();

        assertThat(made.slotAt()).isEqualTo(wita(2026, 12, 14, 8, 0));
        assertThat(openUpdates()).hasSize(1);
        assertThat(updates.runDue(at(wita(2026, 12, 16, 10, 1)))).isEmpty();
    }

    @Test
    void facebookIsPostedAutomaticallyOnceWhenTheSekretariatsPageIsConfigured() {
        ProcessInstance activity = steps.acceptedCase(true, false, false);

        steps.executeJob(activity, PUBLIKASI_MEDSOS_OTOMATIS);
        assertThat(activity).variables().containsEntry(SetwanVariables.TAUTAN_FACEBOOK.name(), PERMALINK);
        steps.executeJob(activity, PUBLIKASI_MEDSOS_OTOMATIS);
        steps.executeJob(activity, PUBLIKASI_WEBSITE_OTOMATIS);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(activity.getId())
                .taskDefinitionKey(PUBLIKASI_MEDSOS).count()).as("nothing left to post by hand").isZero();
        steps.complete(activity, PUBLIKASI_WEBSITE, "website-setwan", SetwanVariables.TAUTAN_WEBSITE.with(WEBSITE_LINK));

        assertThat(activity).isEnded();
        graph.verify(1, postRequestedFor(urlPathEqualTo("/888/feed")));
        graph.verify(1, postRequestedFor(urlPathEqualTo("/888/photos")));
        assertThat(publications.ofProcessInstance(activity.getId())).extracting(SetwanPublication::platform,
                SetwanPublication::url).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Platform.WEBSITE, WEBSITE_LINK),
                org.assertj.core.groups.Tuple.tuple(Platform.FACEBOOK, PERMALINK));
    }

    @Test
    void aRefusalByFacebookGoesToTheStafWithFacebooksMessage() {
        graph.stubFor(post(urlPathEqualTo("/888/feed")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Permissions error\",\"code\":200}}")));
        ProcessInstance activity = steps.acceptedCase(true, true, false);

        steps.executeJob(activity, PUBLIKASI_MEDSOS_OTOMATIS);

        assertThat(activity).isWaitingAt(PUBLIKASI_WEBSITE_OTOMATIS, PUBLIKASI_MEDSOS);
        assertThat(steps.variable(activity, SetwanVariables.ALASAN_MANUAL_MEDSOS))
                .contains("Facebook: terbit otomatis gagal", "Permissions error", "Instagram: belum ada saluran otomatis");
        assertThatThrownBy(() -> steps.complete(activity, PUBLIKASI_MEDSOS, "staf-setwan",
                SetwanVariables.TAUTAN_INSTAGRAM.with(INSTAGRAM_LINK))).hasMessageContaining("Tautan Facebook wajib diisi");
        steps.complete(activity, PUBLIKASI_MEDSOS, "staf-setwan", SetwanVariables.TAUTAN_FACEBOOK.put(
                SetwanVariables.TAUTAN_INSTAGRAM.with(INSTAGRAM_LINK), "https://www.facebook.com/setwanbalangan/posts/manual1"));
        assertThat(activity).variables().containsEntry(SetwanVariables.TAUTAN_FACEBOOK.name(),
                "https://www.facebook.com/setwanbalangan/posts/manual1");
    }

    @Test
    void postingThatKeepsFailingRaisesAnIncidentForCockpit() {
        graph.stubFor(post(urlPathEqualTo("/888/feed")).willReturn(serverError()));
        ProcessInstance activity = steps.acceptedCase(true, false, false);

        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                steps.executeJob(activity, PUBLIKASI_MEDSOS_OTOMATIS);
            } catch (RuntimeException transientFailure) {
                // the engine keeps the job with one retry fewer
            }
        }

        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(activity.getId())
                .activityId(PUBLIKASI_MEDSOS_OTOMATIS).count()).isEqualTo(1);
        graph.verify(3, postRequestedFor(urlPathEqualTo("/888/feed")));
    }

    private static Instant wita(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, WITA).toInstant();
    }

    private static Instant at(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
        return now;
    }

    private List<Task> openUpdates() {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(SetwanVariables.PROCESS_KEY)
                .taskDefinitionKey(UPDATE_BERKALA).list();
    }

    private Task onlyOpenUpdate() {
        List<Task> open = openUpdates();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private long visibleUpdates(String user) {
        steps.authenticate(user);
        try {
            return engine.getTaskService().createTaskQuery().taskDefinitionKey(UPDATE_BERKALA).count();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private ProcessInstance instance(String id) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    /** What the Staf hands in for a periodic update: a note and the updated page. */
    private static VariableMap update(String note, String link) {
        return SetwanVariables.TAUTAN_PEMBARUAN.put(SetwanVariables.CATATAN_PEMBARUAN.with(note), link);
    }
}
