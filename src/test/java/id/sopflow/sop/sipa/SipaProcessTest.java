package id.sopflow.sop.sipa;

import static id.sopflow.sop.sipa.SipaElements.BACA_LAPORAN_PERKEMBANGAN;
import static id.sopflow.sop.sipa.SipaElements.MASA_TANGGAPAN_BERAKHIR;
import static id.sopflow.sop.sipa.SipaElements.PERBAIKI_LAPORAN;
import static id.sopflow.sop.sipa.SipaElements.PERIKSA_LAPORAN_PERKEMBANGAN;
import static id.sopflow.sop.sipa.SipaElements.TANGGAPI_PERTANYAAN;
import static id.sopflow.sop.sipa.SipaElements.UNGGAH_MANUAL;
import static id.sopflow.sop.sipa.SipaElements.UNGGAH_MEDSOS;
import static id.sopflow.sop.sipa.SipaElements.VERIFIKASI_LAPORAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sopflow.mutubaku.LateStepRepository;
import id.sopflow.testkit.SharedContextTest;
import id.sopflow.testkit.TestKit;

/**
 * Every path through SIPA BERMEDSOS as deployed from processes/, with the real delegates. No Facebook page is
 * configured here, so posting goes to the admin's manual task; automatic posting has its own test
 * ({@link SipaAutomaticPostingTest}).
 */
@SharedContextTest
class SipaProcessTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    /** Tuesday 09:00 WITA: an ordinary working morning. */
    static final Instant TUESDAY_0900 = ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, WITA).toInstant();

    @Autowired
    ProcessEngine engine;

    @Autowired
    SipaQuestions questions;

    @Autowired
    LateStepRepository lateSteps;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(TUESDAY_0900));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aCompleteReportVerifiedAtOnceIsPostedAnsweredAndReportedToTheCamat() {
        ProcessInstance report = startAs("pemdes-babayau", SipaFixtures.completeReport());

        assertThat(report).isWaitingAt(VERIFIKASI_LAPORAN);
        assertThat(report.getTenantId()).isEqualTo("desa-babayau");
        assertThat(report).variables()
                .containsEntry("desa", "Desa Babayau (contoh)")
                .containsEntry("desaId", "desa-babayau")
                .containsEntry("pelapor", "pemdes-babayau")
                .containsEntry("_laporanLengkap", true);
        assertThat(report.getBusinessKey()).isEqualTo(variable(report, "kodePublik")).hasSize(12);
        assertThat(taskOf(report).getDueDate().toInstant()).isEqualTo(TUESDAY_0900.plus(1, ChronoUnit.HOURS));

        verify(report, "admin-sipa", true, null);
        postManually(report, "https://www.facebook.com/desababayau/posts/1001");

        closeFeedbackWindow(report);
        assertThat(report).isWaitingAt(PERIKSA_LAPORAN_PERKEMBANGAN);
        assertThat(report).variables().containsKey("laporanPerkembanganId").containsKey("laporanPerkembanganUrl");
        complete(report, "kasi-sipa", Map.of("laporanDiperiksa", true));
        assertThat(report).isWaitingAt(BACA_LAPORAN_PERKEMBANGAN);
        complete(report, "camat-paringin", Map.of("arahanCamat", "Pertahankan pelaporan tepat waktu."));

        assertThat(report).isEnded();
    }

    @Test
    void aRejectedReportGoesBackToTheDesaWithTheReasonUntilItIsVerified() {
        ProcessInstance report = startAs("pemdes-lok-batu", SipaFixtures.completeReport());

        verify(report, "admin-sipa", false, "Foto tidak menunjukkan jalan yang dilaporkan.");
        assertThat(report).isWaitingAt(PERBAIKI_LAPORAN);
        assertThat(report).variables().containsEntry("alasanPenolakan", "Foto tidak menunjukkan jalan yang dilaporkan.");
        assertThat(taskOf(report).getAssignee()).isNull();

        complete(report, "pemdes-lok-batu", Map.of(
                "fotoPengganti1", TestKit.upload("jalan-baru.png", SipaFixtures.png(), "image/png"),
                "fotoPengganti2", TestKit.emptyUpload()));
        assertThat(report).isWaitingAt(VERIFIKASI_LAPORAN);
        assertThat(report).variables().doesNotContainKey("fotoPengganti1").doesNotContainKey("foto2");
        assertThat(engine.getRuntimeService().getVariableTyped(report.getId(), "foto1").toString()).contains("jalan-baru.png");

        verify(report, "admin-sipa", true, null);
        assertThat(report).variables().containsEntry("putaranVerifikasi", 2);
        assertThat(report).isWaitingAt(UNGGAH_MEDSOS);
    }

    @Test
    void refusingWithoutAReasonIsNotAccepted() {
        ProcessInstance report = startAs("pemdes-babayau", SipaFixtures.completeReport());
        Task verification = taskOf(report);

        authenticate("admin-sipa");
        engine.getTaskService().claim(verification.getId(), "admin-sipa");
        assertThatThrownBy(() -> engine.getTaskService().complete(verification.getId(),
                Map.of("terverifikasi", false, "alasanPenolakan", " ")))
                .hasMessageContaining("Alasan");
        engine.getIdentityService().clearAuthentication();
        assertThat(report).isWaitingAt(VERIFIKASI_LAPORAN);
    }

    @Test
    void anIncompleteReportGoesBackToTheDesaWithEveryProblemBeforeTheKecamatanSeesIt() {
        // What the start form lets through and only the kelengkapan check refuses (a missing title never gets
        // this far: the form contract refuses it at the door).
        VariableMap incomplete = SipaFixtures.completeReport()
                .putValue("realisasi", 160_000_000L)
                .putValue("foto1", TestKit.emptyUpload());

        ProcessInstance report = startAs("pemdes-babayau", incomplete);

        assertThat(report).isWaitingAt(PERBAIKI_LAPORAN);
        String problems = variable(report, "masalahKelengkapan");
        assertThat(problems.lines().count()).isGreaterThanOrEqualTo(2);
        assertThat(problems).contains("Realisasi").contains("oto");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(report.getId())
                .taskCandidateGroup("sipa-admin").count()).isZero();

        complete(report, "pemdes-babayau", Map.of(
                "alasanSelisih", "Harga material naik; disetujui musyawarah desa 3 November 2026.",
                "fotoPengganti1", TestKit.upload("jalan.png", SipaFixtures.png(), "image/png")));
        assertThat(report).isWaitingAt(VERIFIKASI_LAPORAN);
    }

    @Test
    void withoutAnAutomaticChannelTheAdminPostsByHandAndRecordsTheLinks() {
        ProcessInstance report = startAs("pemdes-babayau", SipaFixtures.completeReport());
        verify(report, "admin-sipa", true, null);

        assertThat(report).isWaitingAt(UNGGAH_MEDSOS);
        executeJob(report, UNGGAH_MEDSOS);
        assertThat(report).isWaitingAt(UNGGAH_MANUAL);
        assertThat(variable(report, "alasanUnggahManual")).isNotBlank();

        complete(report, "admin-sipa", Map.of("tautanPublikasi", "https://www.facebook.com/desababayau/posts/1001\n"
                + "https://www.instagram.com/p/Cx1"));
        assertThat(report).variables().containsEntry("saluranPublikasi", "manual");
        assertThat(report).isWaitingAt(MASA_TANGGAPAN_BERAKHIR);
    }

    @Test
    void manualPostingNeedsRealLinks() {
        ProcessInstance report = startAs("pemdes-babayau", SipaFixtures.completeReport());
        verify(report, "admin-sipa", true, null);
        executeJob(report, UNGGAH_MEDSOS);

        // The form takes one link per line, which no HTML pattern can state: the form contract refuses an empty
        // field, the completion check (PublishingLinksCheck) anything that is no web address, for every caller.
        assertThatThrownBy(() -> complete(report, "admin-sipa", Map.of("tautanPublikasi", "sudah diunggah")))
                .hasMessageContaining("bukan alamat web yang sah");
        assertThatThrownBy(() -> complete(report, "admin-sipa", Map.of("tautanPublikasi", " ")))
                .hasMessageContaining("(tautanPublikasi) wajib diisi");
        assertThatThrownBy(() -> engine.getTaskService().complete(taskOf(report).getId(),
                Map.of("tautanPublikasi", "sudah diunggah")))
                .hasMessageContaining("bukan alamat web yang sah");
        assertThat(report).isWaitingAt(UNGGAH_MANUAL);
    }

    @Test
    void eachQuestionInTheWindowOpensItsOwnEightHourTask() {
        ProcessInstance report = startAs("pemdes-babayau", SipaFixtures.completeReport());
        verify(report, "admin-sipa", true, null);
        postManually(report, "https://www.facebook.com/desababayau/posts/1001");
        String code = report.getBusinessKey();

        String first = questions.submit(code, "Ibu Sari", "0812-0000-0001", "Kapan jalan di RT 03 dibangun?");
        String second = questions.submit(code, null, null, "Kenapa realisasi lebih kecil dari anggaran?");

        List<Task> answers = engine.getTaskService().createTaskQuery().processInstanceId(report.getId())
                .taskDefinitionKey(TANGGAPI_PERTANYAAN).list();
        assertThat(answers).hasSize(2);
        assertThat(answers).allSatisfy(task -> assertThat(task.getDueDate().toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 11, 25, 9, 30, 0, 0, WITA).toInstant()));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(report.getId())
                .activityId(SipaElements.timerOf(TANGGAPI_PERTANYAAN)).count()).isEqualTo(2);
        assertThat(answers).extracting(task -> engine.getTaskService().getVariable(task.getId(), "pertanyaanId"))
                .containsExactlyInAnyOrder(first, second);

        Task toFirst = answers.stream().filter(task -> first.equals(
                engine.getTaskService().getVariable(task.getId(), "pertanyaanId"))).findFirst().orElseThrow();
        completeTask(toFirst, "admin-sipa", Map.of("tanggapan", "Dijadwalkan pada APBDes 2027."));
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(report.getId())
                .variableName("tanggapan").list()).extracting(v -> v.getValue())
                .contains("Dijadwalkan pada APBDes 2027.");

        ClockUtil.setCurrentTime(Date.from(TUESDAY_0900.plus(8, ChronoUnit.DAYS)));
        executeJob(report, MASA_TANGGAPAN_BERAKHIR);
        assertThat(report).as("the window waits for the open answer").isWaitingAt(TANGGAPI_PERTANYAAN);
        assertThatThrownBy(() -> questions.submit(code, null, null, "Masih bisa bertanya?"))
                .isInstanceOf(SipaQuestions.FeedbackClosedException.class);

        completeTask(taskOf(report), "pemdes-babayau", Map.of("tanggapan", "Selisih dikembalikan ke kas desa."));
        composeProgressReport(report);
        assertThat(report).isWaitingAt(PERIKSA_LAPORAN_PERKEMBANGAN);
    }

    @Test
    void aWindowWithoutQuestionsClosesOnItsOwn() {
        ProcessInstance report = startAs("pemdes-babayau", SipaFixtures.completeReport());
        verify(report, "admin-sipa", true, null);
        postManually(report, "https://www.facebook.com/desababayau/posts/1001");

        Job window = job(report, MASA_TANGGAPAN_BERAKHIR);
        assertThat(window.getDuedate().toInstant()).isEqualTo(TUESDAY_0900.plus(7, ChronoUnit.DAYS));
        closeFeedbackWindow(report);
        assertThat(report).isWaitingAt(PERIKSA_LAPORAN_PERKEMBANGAN);
    }

    @Test
    void questionsAreRefusedWhenEmptyOrForUnknownReports() {
        assertThatThrownBy(() -> questions.submit("tidakada", null, null, "Halo"))
                .isInstanceOf(SipaQuestions.ReportNotFoundException.class);
        assertThatThrownBy(() -> questions.submit("tidakada", null, null, "  "))
                .isInstanceOf(SipaQuestions.InvalidQuestionException.class)
                .hasMessage("Isi pertanyaan atau keluhan wajib diisi.");
    }

    @Test
    void everyStepsTimerMarksItLateWithoutDisturbingIt() {
        ProcessInstance report = startAs("pemdes-babayau", SipaFixtures.completeReport()
                .putValue("foto1", TestKit.emptyUpload()));
        fireLateTimer(report, PERBAIKI_LAPORAN);
        complete(report, "pemdes-babayau", Map.of("fotoPengganti1",
                TestKit.upload("jalan.png", SipaFixtures.png(), "image/png")));

        fireLateTimer(report, VERIFIKASI_LAPORAN);
        verify(report, "admin-sipa", true, null);
        executeJob(report, UNGGAH_MEDSOS);
        fireLateTimer(report, UNGGAH_MANUAL);
        complete(report, "admin-sipa", Map.of("tautanPublikasi", "https://www.facebook.com/desababayau/posts/1"));

        questions.submit(report.getBusinessKey(), null, null, "Pertanyaan");
        fireLateTimer(report, TANGGAPI_PERTANYAAN);
        completeTask(taskOf(report), "admin-sipa", Map.of("tanggapan", "Jawaban"));
        closeFeedbackWindow(report);

        fireLateTimer(report, PERIKSA_LAPORAN_PERKEMBANGAN);
        complete(report, "kasi-sipa", Map.of("laporanDiperiksa", true));
        fireLateTimer(report, BACA_LAPORAN_PERKEMBANGAN);
        complete(report, "camat-paringin", Map.of());

        assertThat(report).isEnded();
        assertThat(lateSteps.ofProcessInstance(report.getId()))
                .extracting(late -> late.stepId())
                .containsExactly(PERBAIKI_LAPORAN, VERIFIKASI_LAPORAN, UNGGAH_MANUAL, TANGGAPI_PERTANYAAN,
                        PERIKSA_LAPORAN_PERKEMBANGAN, BACA_LAPORAN_PERKEMBANGAN);
        assertThat(lateSteps.ofProcessInstance(report.getId())).allSatisfy(late ->
                assertThat(late.completedAt()).isNotNull());
    }

    // ---- steps as users take them

    ProcessInstance startAs(String user, VariableMap report) {
        authenticate(user);
        try {
            return engine.getRuntimeService().startProcessInstanceByKey(SipaVariables.PROCESS_KEY, report);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    void verify(ProcessInstance report, String admin, boolean verified, String reason) {
        Map<String, Object> decision = new java.util.HashMap<>();
        decision.put("terverifikasi", verified);
        decision.put("alasanPenolakan", reason);
        complete(report, admin, decision);
    }

    void postManually(ProcessInstance report, String link) {
        executeJob(report, UNGGAH_MEDSOS);
        complete(report, "admin-sipa", Map.of("tautanPublikasi", link));
    }

    void closeFeedbackWindow(ProcessInstance report) {
        ClockUtil.setCurrentTime(Date.from(job(report, MASA_TANGGAPAN_BERAKHIR).getDuedate().toInstant().plusSeconds(60)));
        executeJob(report, MASA_TANGGAPAN_BERAKHIR);
        composeProgressReport(report);
    }

    /** The report is composed in a job of its own, so that it sees every step before it as finished. */
    void composeProgressReport(ProcessInstance report) {
        if (job(report, SipaElements.SUSUN_LAPORAN_PERKEMBANGAN) != null) {
            executeJob(report, SipaElements.SUSUN_LAPORAN_PERKEMBANGAN);
        }
    }

    void fireLateTimer(ProcessInstance report, String userTask) {
        Job timer = job(report, SipaElements.timerOf(userTask));
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
        engine.getManagementService().executeJob(timer.getId());
        assertThat(report).isWaitingAt(userTask);
    }

    void complete(ProcessInstance report, String user, Map<String, Object> variables) {
        completeTask(taskOf(report), user, variables);
    }

    void completeTask(Task task, String user, Map<String, Object> variables) {
        authenticate(user);
        try {
            engine.getTaskService().claim(task.getId(), user);
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    void executeJob(ProcessInstance report, String activityId) {
        engine.getManagementService().executeJob(job(report, activityId).getId());
    }

    Job job(ProcessInstance report, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(report.getId())
                .activityId(activityId).singleResult();
    }

    Task taskOf(ProcessInstance report) {
        return engine.getTaskService().createTaskQuery().processInstanceId(report.getId()).singleResult();
    }

    String variable(ProcessInstance report, String name) {
        return (String) engine.getRuntimeService().getVariable(report.getId(), name);
    }

    /** As the webapps do: the user with their groups and tenants. */
    void authenticate(String user) {
        TestKit.authenticate(engine.getIdentityService(), user);
    }
}
