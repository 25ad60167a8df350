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

import id.sopflow.ProcessVariable;
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
                .containsEntry(SipaVariables.DESA.name(), "Desa Babayau (contoh)")
                .containsEntry(SipaVariables.DESA_ID.name(), "desa-babayau")
                .containsEntry(SipaVariables.PELAPOR.name(), "pemdes-babayau")
                .containsEntry(SipaVariables.LAPORAN_LENGKAP.name(), true);
        assertThat(report.getBusinessKey()).isEqualTo(variable(report, SipaVariables.KODE_PUBLIK)).hasSize(12);
        assertThat(taskOf(report).getDueDate().toInstant()).isEqualTo(TUESDAY_0900.plus(1, ChronoUnit.HOURS));

        verify(report, "admin-sipa", true, null);
        postManually(report, "https://www.facebook.com/desababayau/posts/1001");

        closeFeedbackWindow(report);
        assertThat(report).isWaitingAt(PERIKSA_LAPORAN_PERKEMBANGAN);
        assertThat(report).variables().containsKey(SipaVariables.LAPORAN_PERKEMBANGAN_ID.name()).containsKey(SipaVariables.LAPORAN_PERKEMBANGAN_URL.name());
        complete(report, "kasi-sipa", SipaVariables.LAPORAN_DIPERIKSA.with(true));
        assertThat(report).isWaitingAt(BACA_LAPORAN_PERKEMBANGAN);
        complete(report, "camat-paringin", SipaVariables.ARAHAN_CAMAT.with("Pertahankan pelaporan tepat waktu."));

        assertThat(report).isEnded();
    }

    @Test
    void aRejectedReportGoesBackToTheDesaWithTheReasonUntilItIsVerified() {
        ProcessInstance report = startAs("pemdes-lok-batu", SipaFixtures.completeReport());

        verify(report, "admin-sipa", false, "Foto tidak menunjukkan jalan yang dilaporkan.");
        assertThat(report).isWaitingAt(PERBAIKI_LAPORAN);
        assertThat(report).variables().containsEntry(SipaVariables.ALASAN_PENOLAKAN.name(), "Foto tidak menunjukkan jalan yang dilaporkan.");
        assertThat(taskOf(report).getAssignee()).isNull();

        VariableMap fix = SipaVariables.FOTO_PENGGANTI.get(0)
                .with(TestKit.upload("jalan-baru.png", SipaFixtures.png(), "image/png"));
        SipaVariables.FOTO_PENGGANTI.get(1).put(fix, TestKit.emptyUpload());
        complete(report, "pemdes-lok-batu", fix);
        assertThat(report).isWaitingAt(VERIFIKASI_LAPORAN);
        assertThat(report).variables().doesNotContainKey(SipaVariables.FOTO_PENGGANTI.get(0).name()).doesNotContainKey(SipaVariables.FOTO.get(1).name());
        assertThat(SipaVariables.FOTO.get(0).fromCase(engine.getRuntimeService(), report.getId()).orElseThrow()
                .toString()).contains("jalan-baru.png");

        verify(report, "admin-sipa", true, null);
        assertThat(report).variables().containsEntry(SipaVariables.PUTARAN_VERIFIKASI.name(), 2);
        assertThat(report).isWaitingAt(UNGGAH_MEDSOS);
    }

    @Test
    void refusingWithoutAReasonIsNotAccepted() {
        ProcessInstance report = startAs("pemdes-babayau", SipaFixtures.completeReport());
        Task verification = taskOf(report);

        authenticate("admin-sipa");
        engine.getTaskService().claim(verification.getId(), "admin-sipa");
        assertThatThrownBy(() -> engine.getTaskService().complete(verification.getId(),
                decision(false, " ")))
                .hasMessageContaining("Alasan");
        engine.getIdentityService().clearAuthentication();
        assertThat(report).isWaitingAt(VERIFIKASI_LAPORAN);
    }

    @Test
    void anIncompleteReportGoesBackToTheDesaWithEveryProblemBeforeTheKecamatanSeesIt() {
        // What the start form lets through and only the kelengkapan check refuses (a missing title never gets
        // this far: the form contract refuses it at the door).
        VariableMap incomplete = SipaFixtures.completeReport();
        SipaVariables.REALISASI.put(incomplete, 160_000_000L);
        SipaVariables.FOTO.get(0).put(incomplete, TestKit.emptyUpload());

        ProcessInstance report = startAs("pemdes-babayau", incomplete);

        assertThat(report).isWaitingAt(PERBAIKI_LAPORAN);
        String problems = variable(report, SipaVariables.MASALAH_KELENGKAPAN);
        assertThat(problems.lines().count()).isGreaterThanOrEqualTo(2);
        assertThat(problems).contains("Realisasi").contains("oto");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(report.getId())
                .taskCandidateGroup("sipa-admin").count()).isZero();

        complete(report, "pemdes-babayau", SipaVariables.FOTO_PENGGANTI.get(0).put(
                SipaVariables.ALASAN_SELISIH.with("Harga material naik; disetujui musyawarah desa 3 November 2026."),
                TestKit.upload("jalan.png", SipaFixtures.png(), "image/png")));
        assertThat(report).isWaitingAt(VERIFIKASI_LAPORAN);
    }

    @Test
    void withoutAnAutomaticChannelTheAdminPostsByHandAndRecordsTheLinks() {
        ProcessInstance report = startAs("pemdes-babayau", SipaFixtures.completeReport());
        verify(report, "admin-sipa", true, null);

        assertThat(report).isWaitingAt(UNGGAH_MEDSOS);
        executeJob(report, UNGGAH_MEDSOS);
        assertThat(report).isWaitingAt(UNGGAH_MANUAL);
        assertThat(variable(report, SipaVariables.ALASAN_UNGGAH_MANUAL)).isNotBlank();

        complete(report, "admin-sipa", SipaVariables.TAUTAN_PUBLIKASI.with(
                "https://www.facebook.com/desababayau/posts/1001\n"
                + "https://www.instagram.com/p/Cx1"));
        assertThat(report).variables().containsEntry(SipaVariables.SALURAN_PUBLIKASI.name(), "manual");
        assertThat(report).isWaitingAt(MASA_TANGGAPAN_BERAKHIR);
    }

    @Test
    void manualPostingNeedsRealLinks() {
        ProcessInstance report = startAs("pemdes-babayau", SipaFixtures.completeReport());
        verify(report, "admin-sipa", true, null);
        executeJob(report, UNGGAH_MEDSOS);

        // The form takes one link per line, which no HTML pattern can state: the form contract refuses an empty
        // field, the completion check (PublishingLinksCheck) anything that is no web address, for every caller.
        assertThatThrownBy(() -> complete(report, "admin-sipa", SipaVariables.TAUTAN_PUBLIKASI.with("sudah diunggah")))
                .hasMessageContaining("bukan alamat web yang sah");
        assertThatThrownBy(() -> complete(report, "admin-sipa", SipaVariables.TAUTAN_PUBLIKASI.with(" ")))
                .hasMessageContaining("(tautanPublikasi) wajib diisi");
        assertThatThrownBy(() -> engine.getTaskService().complete(taskOf(report).getId(),
                SipaVariables.TAUTAN_PUBLIKASI.with("sudah diunggah")))
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
        assertThat(answers).extracting(task -> SipaVariables.PERTANYAAN_ID.fromTask(engine.getTaskService(), task.getId())
                        .orElseThrow())
                .containsExactlyInAnyOrder(first, second);

        Task toFirst = answers.stream().filter(task -> SipaVariables.PERTANYAAN_ID
                .fromTask(engine.getTaskService(), task.getId()).filter(first::equals).isPresent())
                .findFirst().orElseThrow();
        completeTask(toFirst, "admin-sipa", SipaVariables.TANGGAPAN.with("Dijadwalkan pada APBDes 2027."));
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(report.getId())
                .variableName(SipaVariables.TANGGAPAN.name()).list()).extracting(v -> v.getValue())
                .contains("Dijadwalkan pada APBDes 2027.");

        ClockUtil.setCurrentTime(Date.from(TUESDAY_0900.plus(8, ChronoUnit.DAYS)));
        executeJob(report, MASA_TANGGAPAN_BERAKHIR);
        assertThat(report).as("the window waits for the open answer").isWaitingAt(TANGGAPI_PERTANYAAN);
        assertThatThrownBy(() -> questions.submit(code, null, null, "Masih bisa bertanya?"))
                .isInstanceOf(SipaQuestions.FeedbackClosedException.class);

        completeTask(taskOf(report), "pemdes-babayau", SipaVariables.TANGGAPAN.with("Selisih dikembalikan ke kas desa."));
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
        ProcessInstance report = startAs("pemdes-babayau",
                SipaVariables.FOTO.get(0).put(SipaFixtures.completeReport(), TestKit.emptyUpload()));
        fireLateTimer(report, PERBAIKI_LAPORAN);
        complete(report, "pemdes-babayau", Map.of("fotoPengganti1",
                TestKit.upload("jalan.png", SipaFixtures.png(), "image/png")));

        fireLateTimer(report, VERIFIKASI_LAPORAN);
        verify(report, "admin-sipa", true, null);
        executeJob(report, UNGGAH_MEDSOS);
        fireLateTimer(report, UNGGAH_MANUAL);
        complete(report, "admin-sipa", SipaVariables.TAUTAN_PUBLIKASI.with("https://www.facebook.com/desababayau/posts/1"));

        questions.submit(report.getBusinessKey(), null, null, "Pertanyaan");
        fireLateTimer(report, TANGGAPI_PERTANYAAN);
        completeTask(taskOf(report), "admin-sipa", SipaVariables.TANGGAPAN.with("Jawaban"));
        closeFeedbackWindow(report);

        fireLateTimer(report, PERIKSA_LAPORAN_PERKEMBANGAN);
        complete(report, "kasi-sipa", SipaVariables.LAPORAN_DIPERIKSA.with(true));
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
        complete(report, admin, decision(verified, reason));
    }

    /** The verification's decision and reason, as its form hands them in. */
    static VariableMap decision(boolean verified, String reason) {
        return SipaVariables.ALASAN_PENOLAKAN.put(SipaVariables.TERVERIFIKASI.with(verified), reason);
    }

    void postManually(ProcessInstance report, String link) {
        executeJob(report, UNGGAH_MEDSOS);
        complete(report, "admin-sipa", SipaVariables.TAUTAN_PUBLIKASI.with(link));
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

    String variable(ProcessInstance report, ProcessVariable<String> variable) {
        return variable.fromCase(engine.getRuntimeService(), report.getId()).orElse(null);
    }

    /** As the webapps do: the user with their groups and tenants. */
    void authenticate(String user) {
        TestKit.authenticate(engine.getIdentityService(), user);
    }
}
