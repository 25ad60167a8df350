package id.sopflow.sop.sipa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import id.sopflow.reporting.ArchivedReport;
import id.sopflow.reporting.ReportArchive;

/**
 * The monthly recap for the Camat and the reminders to desa, started by their real timer jobs, over a month of
 * history made by running real SIPA BERMEDSOS cases at the engine clock's dates (October 2026).
 */
@SpringBootTest
class SipaMonthlyRecapTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired
    ProcessEngine engine;
    @Autowired
    ReportArchive archive;

    private final SipaProcessTest steps = new SipaProcessTest();

    @BeforeEach
    void setUp() {
        steps.engine = engine;
        steps.setUp();
    }

    @AfterEach
    void tearDown() {
        steps.tearDown();
    }

    @Test
    void onTheFirstWorkingDayTheCamatGetsTheRecapOfLastMonthOnce() throws IOException {
        seedOctober();

        HistoricProcessInstance sunday = startByTimer(SipaRecapVariables.PROCESS_KEY, at(2026, 11, 1, 8, 0));
        assertThat(sunday.getTenantId()).isEqualTo("kec-paringin");
        assertThat(isEnded(sunday)).as("1 November 2026 is a Sunday: no recap").isTrue();

        HistoricProcessInstance monday = startByTimer(SipaRecapVariables.PROCESS_KEY, at(2026, 11, 2, 8, 0));
        assertThat(monday.getTenantId()).isEqualTo("kec-paringin");
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(monday.getId()).activityId(SipaRecapVariables.SUSUN_REKAP).singleResult().getId());

        Task camat = engine.getTaskService().createTaskQuery().processInstanceId(monday.getId()).singleResult();
        assertThat(camat.getTaskDefinitionKey()).isEqualTo(SipaRecapVariables.BACA_REKAP);
        assertThat(camat.getTenantId()).isEqualTo("kec-paringin");
        assertThat(engine.getTaskService().createTaskQuery().taskId(camat.getId()).taskCandidateGroup("sipa-camat")
                .count()).isEqualTo(1);
        assertThat(visibleTo("camat-paringin", camat)).isTrue();
        assertThat(visibleTo("pemdes-babayau", camat)).isFalse();

        String reportId = SipaRecapVariables.REKAP_ID.fromCase(engine.getRuntimeService(), monday.getId()).orElseThrow();
        ArchivedReport pdf = archive.find(reportId).orElseThrow();
        assertThat(pdf.tenantId()).isEqualTo("kec-paringin");
        assertThat(pdf.processKey()).isEqualTo(SipaRecapVariables.PROCESS_KEY);
        assertThat(pdf.fileName()).isEqualTo("rekap-bulanan-sipa-bermedsos-kec-paringin-2026-10.pdf");
        assertThat(SipaRecapVariables.REKAP_URL.fromCase(engine.getRuntimeService(), monday.getId()))
                .contains("/api/laporan/" + reportId);

        String text = text(pdf.content());
        assertThat(text).contains("REKAP BULANAN SIPA BERMEDSOS", "Bulan Oktober 2026", "Kecamatan Paringin");
        // Desa: masuk, ditolak, terverifikasi, diunggah, pertanyaan, ditanggapi, tepat waktu
        assertThat(row(text, "Desa Babayau (contoh)")).isEqualTo("1 1 1 1 2 2 1");
        assertThat(row(text, "Desa Lamida Atas (contoh)")).isEqualTo("1 0 1 1 0 0 0");
        assertThat(row(text, "Desa Lok Batu (contoh)")).isEqualTo("0 0 0 0 0 0 0");
        assertThat(row(text, "Jumlah")).isEqualTo("2 1 2 2 2 2 1");
        assertThat(text).contains("Desa Babayau (contoh) Pemerintah Desa, Admin Tanggapi pertanyaan/keluhan masyarakat 1")
                .contains("Desa Lok Batu (contoh): tidak ada laporan pada bulan Oktober 2026.")
                .doesNotContain("Desa Babayau (contoh): tidak ada laporan");
        assertThat(SipaRecapVariables.RINGKASAN_REKAP.fromCase(engine.getRuntimeService(), monday.getId()).orElseThrow())
                .contains("Desa Lok Batu (contoh): 0 laporan masuk", "tidak melapor");

        HistoricProcessInstance tuesday = startByTimer(SipaRecapVariables.PROCESS_KEY, at(2026, 11, 3, 8, 0));
        assertThat(isEnded(tuesday)).as("October is composed already").isTrue();

        steps.completeTask(camat, "camat-paringin", SipaRecapVariables.ARAHAN_REKAP.with("Bina Desa Lok Batu."));
        assertThat(isEnded(monday)).isTrue();
    }

    @Test
    void onTheReminderDayOnlyDesaWithoutAReportOfTheMonthAreReminded() {
        ClockUtil.setCurrentTime(at(2026, 11, 3, 9, 0));
        steps.startAs("pemdes-babayau", SipaFixtures.completeReport());

        HistoricProcessInstance reminder = startByTimer(SipaRecapVariables.REMINDER_PROCESS_KEY, at(2026, 11, 20, 8, 0));

        assertThat(reminder.getTenantId()).isEqualTo("kec-paringin");
        assertThat(isEnded(reminder)).isTrue();
        List<Task> reminders = engine.getTaskService().createTaskQuery().taskNameLike("Pengingat:%").list();
        assertThat(reminders).extracting(Task::getTenantId)
                .containsExactlyInAnyOrder("desa-lamida-atas", "desa-lok-batu");
        Task lokBatu = reminders.stream().filter(task -> "desa-lok-batu".equals(task.getTenantId())).findFirst()
                .orElseThrow();
        assertThat(lokBatu.getName()).isEqualTo(
                "Pengingat: kirim laporan SIPA BERMEDSOS bulan November 2026 — Desa Lok Batu (contoh)");
        assertThat(lokBatu.getDueDate().toInstant()).isEqualTo(at(2026, 12, 1, 0, 0).toInstant().minusSeconds(1));
        assertThat(engine.getTaskService().createTaskQuery().taskId(lokBatu.getId())
                .taskCandidateGroup("sipa-pemerintah-desa").count()).isEqualTo(1);
        assertThat(visibleTo("pemdes-lok-batu", lokBatu)).isTrue();
        assertThat(visibleTo("pemdes-babayau", lokBatu)).isFalse();
        assertThat(visibleTo("pemdes-lamida-atas", lokBatu)).isFalse();

        startByTimer(SipaRecapVariables.REMINDER_PROCESS_KEY, at(2026, 11, 21, 8, 0));
        assertThat(engine.getTaskService().createTaskQuery().taskNameLike("Pengingat:%").count())
                .as("no second reminder while the first is open").isEqualTo(2);
    }

    /**
     * October 2026: Babayau reports, is refused once, fixes, is verified and posted; one question answered within
     * 8 working hours, one late (its timer fired). Lamida Atas reports, is verified and posted. Lok Batu does not
     * report. A Babayau report of November must not count.
     */
    private void seedOctober() {
        ClockUtil.setCurrentTime(at(2026, 10, 6, 9, 0));
        ProcessInstance babayau = steps.startAs("pemdes-babayau", SipaFixtures.completeReport());
        steps.verify(babayau, "admin-sipa", false, "Foto kurang jelas.");
        steps.complete(babayau, "pemdes-babayau", Map.of());
        steps.verify(babayau, "admin-sipa", true, null);
        steps.postManually(babayau, "https://www.facebook.com/desababayau/posts/1001");
        SipaQuestions questions = new SipaQuestions(engine.getRuntimeService());
        questions.submit(babayau.getBusinessKey(), "Ibu Sari", null, "Kapan jalan RT 03 dibangun?");
        steps.completeTask(steps.taskOf(babayau), "admin-sipa", SipaVariables.TANGGAPAN.with("Tahun depan."));
        ClockUtil.setCurrentTime(at(2026, 10, 7, 9, 0));
        questions.submit(babayau.getBusinessKey(), null, null, "Berapa sisa anggarannya?");
        steps.fireLateTimer(babayau, SipaElements.TANGGAPI_PERTANYAAN);
        steps.completeTask(engine.getTaskService().createTaskQuery().processInstanceId(babayau.getId())
                .taskDefinitionKey(SipaElements.TANGGAPI_PERTANYAAN).singleResult(), "pemdes-babayau",
                SipaVariables.TANGGAPAN.with("Rp 7.500.000, kembali ke kas desa."));

        ClockUtil.setCurrentTime(at(2026, 10, 14, 10, 0));
        ProcessInstance lamida = steps.startAs("pemdes-lamida-atas", SipaFixtures.completeReport());
        steps.verify(lamida, "admin-sipa", true, null);
        steps.postManually(lamida, "https://www.facebook.com/desalamidaatas/posts/2002");

        ClockUtil.setCurrentTime(at(2026, 11, 1, 10, 0));
        steps.startAs("pemdes-babayau", SipaFixtures.completeReport());
    }

    /** Fires the process's timer start job at the given time and returns the instance it started. */
    private HistoricProcessInstance startByTimer(String processKey, Date when) {
        ClockUtil.setCurrentTime(when);
        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(processKey).timers()
                .list().stream().filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();
        List<String> before = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey).list().stream().map(instance -> instance.getId()).toList();
        engine.getManagementService().executeJob(timer.getId());
        String started = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey).list().stream().map(instance -> instance.getId())
                .filter(id -> !before.contains(id)).findFirst().orElseThrow();
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(started)
                .singleResult();
    }

    private boolean isEnded(HistoricProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .count() == 0;
    }

    private boolean visibleTo(String user, Task task) {
        steps.authenticate(user);
        try {
            return engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 1;
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, WITA).toInstant());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The figures of a row of table A, e.g. "1 0 1 1 0 0 0". */
    private static String row(String text, String desa) {
        return text.lines().filter(line -> line.startsWith(desa + " ") && line.substring(desa.length()).strip()
                        .matches("[0-9 ]+"))
                .map(line -> line.substring(desa.length()).strip()).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + desa + " in:\n" + text));
    }
}
