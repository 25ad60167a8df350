package id.sopflow.sop.setwan;

import static id.sopflow.sop.setwan.SetwanElements.KOREKSI_MATERI;
import static id.sopflow.sop.setwan.SetwanElements.KUMPULKAN_DATA;
import static id.sopflow.sop.setwan.SetwanElements.PUBLIKASI_MEDSOS;
import static id.sopflow.sop.setwan.SetwanElements.PUBLIKASI_MEDSOS_OTOMATIS;
import static id.sopflow.sop.setwan.SetwanElements.PUBLIKASI_WEBSITE;
import static id.sopflow.sop.setwan.SetwanElements.PUBLIKASI_WEBSITE_OTOMATIS;
import static id.sopflow.sop.setwan.SetwanSteps.INSTAGRAM_LINK;
import static id.sopflow.sop.setwan.SetwanSteps.TUESDAY_0900;
import static id.sopflow.sop.setwan.SetwanSteps.WEBSITE_LINK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import id.sopflow.caseheader.CaseHeader;
import id.sopflow.mutubaku.LateStepRepository;
import id.sopflow.publishing.Platform;
import id.sopflow.testkit.SharedContextTest;
import id.sopflow.verification.ReviewRound;
import id.sopflow.verification.ReviewRounds;
import id.sopflow.testkit.TestKit;

/**
 * Every path through SOP Bapinanduan rows 1–3 as deployed from processes/, with the real delegates. No automatic
 * channel is configured here, so both branches of row 3 go to link capture; automatic posting to Facebook is in
 * {@link SetwanPeriodicUpdateTest}.
 */
@SharedContextTest
class SetwanProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    LateStepRepository lateSteps;

    @Autowired
    ReviewRounds reviewRounds;

    @Autowired
    SetwanPublicationRepository publications;

    SetwanSteps steps;

    @BeforeEach
    void setUp() {
        init(engine);
        steps = new SetwanSteps(engine);
        ClockUtil.setCurrentTime(Date.from(TUESDAY_0900));
    }

    /** Puts the clock back and logs the user out after each test. */
    @RegisterExtension
    final TestKit kit = new TestKit();

    @Test
    void anAcceptedActivityIsPublishedOnWebsiteAndSocialMediaAndItsLinksAreTheOutput() {
        ProcessInstance activity = steps.startAs("staf-setwan", SetwanSteps.activity());

        assertThat(activity.getTenantId()).isEqualTo("setwan-balangan");
        assertThat(activity).isWaitingAt(KUMPULKAN_DATA);
        assertThat(activity).variables().containsEntry(SetwanVariables.STAF.name(), "staf-setwan")
                .containsEntry(CaseHeader.UNIT.name(), "Sekretariat DPRD Kabupaten Balangan")
                // named fix (issue 18): the organisation's name is the header's unit, no longer a 'desa'
                .doesNotContainKey("desa");
        Task collect = steps.task(activity, KUMPULKAN_DATA);
        assertThat(collect.getDueDate().toInstant()).isEqualTo(TUESDAY_0900.plus(60, ChronoUnit.MINUTES));
        assertThat(candidateGroups(collect)).containsExactly("setwan-staf");

        steps.complete(activity, KUMPULKAN_DATA, "staf-setwan", SetwanSteps.material());
        assertThat(activity).isWaitingAt(KOREKSI_MATERI);
        assertThat(fileName(activity, 0)).isEqualTo("foto-paripurna.png");
        assertThat(fileName(activity, 1)).isEqualTo("kliping-radar-banjarmasin.pdf");
        assertThat(activity).variables().doesNotContainKeys(SetwanVariables.LAMPIRAN.get(2).name(),
                SetwanVariables.LAMPIRAN_BARU.get(0).name(), SetwanVariables.LAMPIRAN_BARU.get(1).name(),
                SetwanVariables.LAMPIRAN_BARU.get(2).name());
        Task review = steps.task(activity, KOREKSI_MATERI);
        assertThat(candidateGroups(review)).containsExactly("setwan-kabag");
        assertThat(review.getDueDate().toInstant()).isEqualTo(TUESDAY_0900.plus(30, ChronoUnit.MINUTES));

        VariableMap accepted = SetwanSteps.accepted(false, true, true);
        SetwanVariables.NASKAH_PUBLIKASI.put(accepted, "DPRD Kabupaten Balangan menetapkan APBD 2027 (disempurnakan Kabag).");
        steps.complete(activity, KOREKSI_MATERI, "kabag-setwan", accepted);
        assertThat(activity).isWaitingAt(PUBLIKASI_WEBSITE_OTOMATIS, PUBLIKASI_MEDSOS_OTOMATIS);
        assertThat(activity).variables().containsEntry(SetwanVariables.PUTARAN_KOREKSI.name(), 1);

        steps.executeJob(activity, PUBLIKASI_WEBSITE_OTOMATIS);
        steps.executeJob(activity, PUBLIKASI_MEDSOS_OTOMATIS);
        assertThat(activity).isWaitingAt(PUBLIKASI_WEBSITE, PUBLIKASI_MEDSOS);
        // Row 3 is the Staf's on paper; the Team Website, which runs the website, may do the website part too.
        assertThat(candidateGroups(steps.task(activity, PUBLIKASI_WEBSITE)))
                .containsExactlyInAnyOrder("setwan-staf", "setwan-team-website");
        assertThat(candidateGroups(steps.task(activity, PUBLIKASI_MEDSOS))).containsExactly("setwan-staf");
        assertThat(steps.variable(activity, SetwanVariables.ALASAN_MANUAL_WEBSITE)).contains("Website");
        assertThat(steps.variable(activity, SetwanVariables.ALASAN_MANUAL_MEDSOS)).contains("Instagram").contains("YouTube")
                .doesNotContain("Facebook");

        steps.complete(activity, PUBLIKASI_WEBSITE, "website-setwan", SetwanVariables.TAUTAN_WEBSITE.with(" " + WEBSITE_LINK + " "));
        VariableMap links = SetwanVariables.TAUTAN_INSTAGRAM.with(INSTAGRAM_LINK);
        SetwanVariables.TAUTAN_YOUTUBE.put(links, "https://youtu.be/apbd2027");
        SetwanVariables.TAUTAN_FACEBOOK.put(links, "");
        steps.complete(activity, PUBLIKASI_MEDSOS, "staf-setwan", links);

        assertThat(activity).isEnded();
        assertThat(SetwanVariables.TAUTAN_PUBLIKASI.fromHistory(engine.getHistoryService(), activity.getId()))
                .contains(WEBSITE_LINK + "\n" + INSTAGRAM_LINK + "\nhttps://youtu.be/apbd2027");
        assertThat(publications.ofProcessInstance(activity.getId()))
                .extracting(SetwanPublication::platform, SetwanPublication::url, SetwanPublication::tenantId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Platform.WEBSITE, WEBSITE_LINK, "setwan-balangan"),
                        org.assertj.core.groups.Tuple.tuple(Platform.INSTAGRAM, INSTAGRAM_LINK, "setwan-balangan"),
                        org.assertj.core.groups.Tuple.tuple(Platform.YOUTUBE, "https://youtu.be/apbd2027", "setwan-balangan"));
    }

    @Test
    void materialNotAcceptedGoesBackToTheStafWithTheCorrectionsAndEveryRoundIsRecorded() {
        ProcessInstance activity = steps.startAs("staf-setwan", SetwanSteps.activity());
        steps.complete(activity, KUMPULKAN_DATA, "staf-setwan", SetwanSteps.material());

        steps.complete(activity, KOREKSI_MATERI, "kabag-setwan",
                SetwanSteps.refused("Sebutkan jumlah anggaran APBD 2027 dan lampirkan foto penandatanganan."));
        assertThat(activity).isWaitingAt(KUMPULKAN_DATA);
        assertThat(activity).variables()
                .containsEntry(SetwanVariables.KOREKSI_KABAG.name(), "Sebutkan jumlah anggaran APBD 2027 dan lampirkan foto penandatanganan.")
                .containsEntry(SetwanVariables.PUTARAN_KOREKSI.name(), 1);
        assertThat(steps.task(activity, KUMPULKAN_DATA).getAssignee()).isNull();

        VariableMap fix = Variables.createVariables();
        SetwanVariables.URAIAN.put(fix, "APBD 2027 sebesar Rp 1,2 triliun ditetapkan dalam rapat paripurna.");
        SetwanVariables.LAMPIRAN_BARU.get(0).put(fix, SetwanSteps.emptyUpload());
        SetwanVariables.LAMPIRAN_BARU.get(2).put(fix, SetwanSteps.png("penandatanganan.png"));
        steps.complete(activity, KUMPULKAN_DATA, "staf-setwan", fix);
        assertThat(activity).isWaitingAt(KOREKSI_MATERI);
        assertThat(fileName(activity, 0)).as("an untouched input keeps the file").isEqualTo("foto-paripurna.png");
        assertThat(fileName(activity, 2)).isEqualTo("penandatanganan.png");

        steps.complete(activity, KOREKSI_MATERI, "kabag-setwan", SetwanSteps.accepted(true, false, false));
        assertThat(activity).variables().containsEntry(SetwanVariables.PUTARAN_KOREKSI.name(), 2);
        List<ReviewRound> rounds = reviewRounds.of(activity.getId());
        assertThat(rounds).extracting(ReviewRound::round, ReviewRound::approved, ReviewRound::reviewerId, ReviewRound::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, false, "kabag-setwan",
                                "Sebutkan jumlah anggaran APBD 2027 dan lampirkan foto penandatanganan."),
                        org.assertj.core.groups.Tuple.tuple(2, true, "kabag-setwan", null));
        assertThat(rounds).allSatisfy(round -> assertThat(round.tenantId()).isEqualTo("setwan-balangan"));
    }

    @Test
    void theKabagMustGiveCorrectionsForTidakAndSocialMediaForYa() {
        ProcessInstance activity = steps.startAs("staf-setwan", SetwanSteps.activity());
        steps.complete(activity, KUMPULKAN_DATA, "staf-setwan", SetwanSteps.material());

        assertThatThrownBy(() -> steps.complete(activity, KOREKSI_MATERI, "kabag-setwan", SetwanSteps.refused(" ")))
                .hasMessageContaining("Alasan penolakan wajib diisi");
        assertThatThrownBy(() -> steps.complete(activity, KOREKSI_MATERI, "kabag-setwan",
                SetwanSteps.accepted(false, false, false)))
                .hasMessageContaining("sedikitnya satu media sosial");
        VariableMap emptied = SetwanSteps.accepted(true, false, false);
        SetwanVariables.NASKAH_PUBLIKASI.put(emptied, "");
        assertThatThrownBy(() -> steps.complete(activity, KOREKSI_MATERI, "kabag-setwan", emptied))
                .hasMessageContaining("(naskahPublikasi) wajib diisi"); // the form contract: the field is required
        assertThat(activity).isWaitingAt(KOREKSI_MATERI);
        assertThat(reviewRounds.of(activity.getId())).isEmpty();
    }

    @Test
    void incompleteMaterialOrFilesThatAreNotScansStayWithTheStafWithEveryProblem() {
        ProcessInstance activity = steps.startAs("staf-setwan", SetwanSteps.activity());
        VariableMap material = SetwanSteps.material();
        SetwanVariables.URAIAN.put(material, " ");
        SetwanVariables.NASKAH_PUBLIKASI.put(material, null);
        SetwanVariables.LAMPIRAN_BARU.get(1).put(material, Variables.fileValue("catatan.docx")
                .file("PK\u0003\u0004 bukan pindaian".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).create());

        assertThatThrownBy(() -> steps.complete(activity, KUMPULKAN_DATA, "staf-setwan", material))
                // The form's required fields, at the door (form contract)…
                .hasMessageContaining("(uraian) wajib diisi")
                .hasMessageContaining("(naskahPublikasi) wajib diisi");
        SetwanVariables.URAIAN.put(material, "Rapat paripurna DPRD membahas APBD 2027.");
        SetwanVariables.NASKAH_PUBLIKASI.put(material, "DPRD Balangan membahas APBD 2027.");
        // …and what only Setwan's rules know, on completion.
        assertThatThrownBy(() -> steps.complete(activity, KUMPULKAN_DATA, "staf-setwan", material))
                .hasMessageContaining("Lampiran 2 (\"catatan.docx\") bukan PDF, JPEG, PNG atau WebP");
        assertThat(activity).isWaitingAt(KUMPULKAN_DATA);
        assertThat(activity).variables().doesNotContainKeys(SetwanVariables.LAMPIRAN.get(0).name(),
                SetwanVariables.LAMPIRAN_BARU.get(1).name());
    }

    @Test
    void capturedLinksMustLieOnTheirPlatformsAndTheSekretariatsWebsite() {
        ProcessInstance activity = steps.acceptedCase(true, true, false);
        steps.executeJob(activity, PUBLIKASI_WEBSITE_OTOMATIS);
        steps.executeJob(activity, PUBLIKASI_MEDSOS_OTOMATIS);

        assertThatThrownBy(() -> steps.complete(activity, PUBLIKASI_WEBSITE, "website-setwan",
                SetwanVariables.TAUTAN_WEBSITE.with("https://www.facebook.com/setwanbalangan/posts/1")))
                .hasMessageContaining("dprd.balangankab.example.go.id");
        assertThatThrownBy(() -> steps.complete(activity, PUBLIKASI_WEBSITE, "website-setwan",
                SetwanVariables.TAUTAN_WEBSITE.with("sudah terbit")))
                .hasMessageContaining("\"sudah terbit\" bukan alamat web yang sah");
        assertThatThrownBy(() -> steps.complete(activity, PUBLIKASI_MEDSOS, "staf-setwan",
                SetwanVariables.TAUTAN_INSTAGRAM.put(
                        SetwanVariables.TAUTAN_FACEBOOK.with("https://www.facebook.com/setwanbalangan/posts/1"),
                        "https://www.facebook.com/setwanbalangan/posts/2")))
                .hasMessageContaining("bukan alamat Instagram");
        assertThatThrownBy(() -> steps.complete(activity, PUBLIKASI_MEDSOS, "staf-setwan",
                SetwanVariables.TAUTAN_INSTAGRAM.with(INSTAGRAM_LINK)))
                .hasMessageContaining("Tautan Facebook wajib diisi");
        assertThat(activity).isWaitingAt(PUBLIKASI_WEBSITE, PUBLIKASI_MEDSOS);
    }

    @Test
    void everyStepsTimerMarksItLateWithoutDisturbingIt() {
        ProcessInstance activity = steps.startAs("staf-setwan", SetwanSteps.activity());
        steps.fireLateTimer(activity, KUMPULKAN_DATA);
        steps.complete(activity, KUMPULKAN_DATA, "staf-setwan", SetwanSteps.material());
        steps.fireLateTimer(activity, KOREKSI_MATERI);
        steps.complete(activity, KOREKSI_MATERI, "kabag-setwan", SetwanSteps.accepted(false, true, false));
        steps.executeJob(activity, PUBLIKASI_WEBSITE_OTOMATIS);
        steps.executeJob(activity, PUBLIKASI_MEDSOS_OTOMATIS);
        steps.fireLateTimer(activity, PUBLIKASI_WEBSITE);
        steps.fireLateTimer(activity, PUBLIKASI_MEDSOS);
        steps.complete(activity, PUBLIKASI_WEBSITE, "website-setwan", SetwanVariables.TAUTAN_WEBSITE.with(WEBSITE_LINK));
        steps.complete(activity, PUBLIKASI_MEDSOS, "staf-setwan", SetwanVariables.TAUTAN_INSTAGRAM.with(INSTAGRAM_LINK));

        assertThat(activity).isEnded();
        assertThat(lateSteps.ofProcessInstance(activity.getId()))
                .extracting(late -> late.stepId())
                .containsExactly(KUMPULKAN_DATA, KOREKSI_MATERI, PUBLIKASI_WEBSITE, PUBLIKASI_MEDSOS);
        assertThat(lateSteps.ofProcessInstance(activity.getId())).allSatisfy(late -> {
            assertThat(late.completedAt()).isNotNull();
            assertThat(late.tenantId()).isEqualTo("setwan-balangan");
        });
        assertThat(lateSteps.ofProcessInstance(activity.getId()))
                .as("the Kabag, the SOP's supervisor, was told, and each notice closed itself with its step")
                .allSatisfy(late -> {
                    HistoricTaskInstance notice = engine.getHistoryService().createHistoricTaskInstanceQuery()
                            .taskId(late.notificationTaskId()).singleResult();
                    assertThat(notice.getName()).startsWith("Langkah terlambat");
                    assertThat(notice.getTenantId()).isEqualTo("setwan-balangan");
                    assertThat(notice.getEndTime()).isNotNull();
                    assertThat(engine.getHistoryService().createHistoricIdentityLinkLogQuery()
                            .taskId(notice.getId()).groupId("setwan-kabag").count()).isPositive();
                });
    }

    @Test
    void onlyTheSekretariatsStafStartsAndOnlyTheSekretariatSeesTheCase() {
        assertThatThrownBy(() -> steps.startAs("ketua-ppid", SetwanSteps.activity()))
                .isInstanceOf(AuthorizationException.class);
        ProcessInstance activity = steps.startAs("staf-setwan", SetwanSteps.activity());

        steps.authenticate("admin-medsos");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(activity.getId()).count()).isZero();
        steps.authenticate("staf-setwan");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(activity.getId()).count()).isEqualTo(1);
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
    }

    /** The name of the file in attachment slot {@code slot} (0–2). */
    private String fileName(ProcessInstance instance, int slot) {
        return SetwanVariables.LAMPIRAN.get(slot).fromCase(engine.getRuntimeService(), instance.getId())
                .map(FileValue::getFilename).orElseThrow();
    }
}
