package id.sopflow.mutubaku;

import static id.sopflow.mutubaku.LateStepNoticeVariables.ALAMAT_API_TERLAMBAT;
import static id.sopflow.mutubaku.LateStepNoticeVariables.ARAHAN_PER_LANGKAH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sopflow.caseheader.CaseHeader;
import id.sopflow.testkit.SharedContextTest;

/**
 * A step handed in at 15:30 on a Friday in Paringin (WITA) with a mutu baku of one hour: due Monday 08:00, and
 * marked late when its boundary timer fires then.
 */
@SharedContextTest
class LateStepTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final Instant FRIDAY_1530 = ZonedDateTime.of(2026, 11, 20, 15, 30, 0, 0, WITA).toInstant();
    private static final Instant MONDAY_0800 = ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, WITA).toInstant();

    @Autowired
    ProcessEngine engine;

    @Autowired
    LateStepRepository lateSteps;

    private String deploymentId;

    @BeforeEach
    void deploy() {
        deploymentId = engine.getRepositoryService().createDeployment()
                .tenantId("desa-babayau")
                .addClasspathResource("bpmn/uji-terlambat.bpmn").deploy().getId();
        ClockUtil.setCurrentTime(Date.from(FRIDAY_1530));
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
        engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LateStepNoticeVariables.PROCESS_KEY)
                .list().forEach(notice -> engine.getRuntimeService().deleteProcessInstance(notice.getId(), "uji"));
    }

    @Test
    void dueDateAndTimerCountWorkingTimeInTheOrganisationsZone() {
        ProcessInstance instance = start();

        Task step = stepOf(instance);
        assertThat(step.getDueDate().toInstant()).isEqualTo(MONDAY_0800);
        assertThat(timerOf(instance).getDuedate().toInstant()).isEqualTo(MONDAY_0800);
    }

    @Test
    void firingTheTimerMarksTheStepLateAndTellsTheCamatWhileTheStepStaysOpen() {
        ProcessInstance instance = start();
        Task step = stepOf(instance);
        engine.getTaskService().claim(step.getId(), "admin-sipa");

        ClockUtil.setCurrentTime(Date.from(MONDAY_0800.plusSeconds(60)));
        engine.getManagementService().executeJob(timerOf(instance).getId());

        LateStep late = lateSteps.find(step.getId()).orElseThrow();
        assertThat(late.processKey()).isEqualTo("sipa-bermedsos");
        assertThat(late.stepId()).isEqualTo("userTask_verifikasiLaporan");
        assertThat(late.stepName()).isEqualTo("Verifikasi laporan");
        assertThat(late.processInstanceId()).isEqualTo(instance.getId());
        assertThat(late.tenantId()).isEqualTo("desa-babayau");
        assertThat(late.candidateGroups()).isEqualTo("sipa-admin");
        assertThat(late.assignee()).isEqualTo("admin-sipa");
        assertThat(late.mutuBaku()).isEqualTo("PT1H");
        assertThat(late.dueAt()).isEqualTo(MONDAY_0800);
        assertThat(late.detectedAt()).isEqualTo(MONDAY_0800.plusSeconds(60));
        assertThat(late.completedAt()).isNull();

        Task stillOpen = stepOf(instance);
        assertThat(stillOpen.getId()).isEqualTo(step.getId());
        assertThat(stillOpen.getAssignee()).isEqualTo("admin-sipa");
        assertThat(stillOpen.getPriority()).isEqualTo(LateSteps.LATE_PRIORITY);

        Task notification = engine.getTaskService().createTaskQuery().taskCandidateGroup("sipa-camat").singleResult();
        assertThat(notification.getId()).isEqualTo(late.notificationTaskId());
        assertThat(notification.getName()).isEqualTo("Langkah terlambat — Desa Babayau (contoh)");
        assertThat(notification.getDescription())
                .contains("di Desa Babayau (contoh) melewati mutu bakunya")
                .contains("tertutup sendiri bila semua langkahnya selesai");
        assertThat(notification.getTenantId()).isEqualTo("desa-babayau");
        assertThat(engine.getTaskService().getIdentityLinksForTask(notification.getId()))
                .extracting(IdentityLink::getGroupId).contains("sipa-camat");
    }

    @Test
    void theNoticeHasItsOwnFormThatAsksTheSupervisorsApiForItsSteps() {
        ProcessInstance instance = start();
        ClockUtil.setCurrentTime(Date.from(MONDAY_0800.plusSeconds(60)));
        engine.getManagementService().executeJob(timerOf(instance).getId());

        Task notice = noticeTask();
        assertThat(engine.getFormService().getTaskFormKey(notice.getProcessDefinitionId(),
                notice.getTaskDefinitionKey())).isEqualTo("embedded:deployment:sopflow-langkah-terlambat.html");
        Map<String, Object> shown = engine.getTaskService().getVariables(notice.getId());
        assertThat(ALAMAT_API_TERLAMBAT.from(shown)).contains("/api/mutu-baku/terlambat");
        assertThat(CaseHeader.UNIT.from(shown)).contains("Desa Babayau (contoh)");
        // Tasklist's card shows the desa the notice is about.
        assertThat(CaseHeader.UNIT.from(engine.getTaskService().getVariablesLocal(notice.getId())))
                .contains("Desa Babayau (contoh)");
    }

    @Test
    void stepsOfOneDesaThatFallLateWhileTheNoticeIsOpenJoinItAndItClosesWithTheLast() {
        ProcessInstance first = start();
        ProcessInstance second = start();
        ClockUtil.setCurrentTime(Date.from(MONDAY_0800.plusSeconds(60)));
        engine.getManagementService().executeJob(timerOf(first).getId());
        engine.getManagementService().executeJob(timerOf(second).getId());

        Task notice = noticeTask();
        assertThat(lateSteps.find(stepOf(first).getId()).orElseThrow().notificationTaskId()).isEqualTo(notice.getId());
        assertThat(lateSteps.find(stepOf(second).getId()).orElseThrow().notificationTaskId()).isEqualTo(notice.getId());
        assertThat(lateSteps.openInNotice(notice.getId(), null)).isEqualTo(2);

        engine.getTaskService().complete(stepOf(first).getId());
        assertThat(engine.getTaskService().createTaskQuery().taskId(notice.getId()).count())
                .as("one of its steps is still late").isOne();

        engine.getTaskService().complete(stepOf(second).getId());
        assertThat(engine.getTaskService().createTaskQuery().taskId(notice.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(notice.getProcessInstanceId()).singleResult().getEndActivityId())
                .isEqualTo("event_ditutupOtomatis");

        // closed: the next late step of the desa opens a new notice
        ProcessInstance third = start();
        ClockUtil.setCurrentTime(Date.from(MONDAY_0800.plusSeconds(7 * 24 * 3600)));
        engine.getManagementService().executeJob(timerOf(third).getId());
        assertThat(noticeTask().getId()).isNotEqualTo(notice.getId());
        assertThat(lateSteps.find(stepOf(third).getId()).orElseThrow().notificationTaskId())
                .isEqualTo(noticeTask().getId());
    }

    @Test
    void completingTheLateStepClosesTheNoticeByItself() {
        ProcessInstance instance = start();
        Task step = stepOf(instance);
        ClockUtil.setCurrentTime(Date.from(MONDAY_0800));
        engine.getManagementService().executeJob(timerOf(instance).getId());
        Task notice = noticeTask();

        ClockUtil.setCurrentTime(Date.from(MONDAY_0800.plusSeconds(3600)));
        engine.getIdentityService().setAuthentication("admin-sipa", List.of("sipa-admin"),
                List.of("kec-paringin", "desa-babayau"));
        engine.getTaskService().claim(step.getId(), "admin-sipa");
        engine.getTaskService().complete(step.getId());
        engine.getIdentityService().clearAuthentication();

        assertThat(engine.getTaskService().createTaskQuery().taskId(notice.getId()).count()).isZero();
        HistoricProcessInstance closed = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(notice.getProcessInstanceId()).singleResult();
        assertThat(closed.getEndActivityId()).isEqualTo("event_ditutupOtomatis");
    }

    @Test
    void deletingTheLateCaseClosesTheNoticeToo() {
        ProcessInstance instance = start();
        ClockUtil.setCurrentTime(Date.from(MONDAY_0800));
        engine.getManagementService().executeJob(timerOf(instance).getId());
        Task notice = noticeTask();

        engine.getRuntimeService().deleteProcessInstance(instance.getId(), "dibatalkan");

        assertThat(engine.getTaskService().createTaskQuery().taskId(notice.getId()).count()).isZero();
    }

    @Test
    void aNoticeRowWhoseTaskIsGoneIsNeitherJoinedNorInTheWay() {
        // e.g. a database restored to an older state: the row survived, its notice did not
        assertThat(lateSteps.lockNoticeSlot("sipa-camat", "desa-babayau")).isEmpty();
        lateSteps.noticeOpened("sipa-camat", "desa-babayau", "tugas-yang-hilang", MONDAY_0800);
        ProcessInstance instance = start();
        ClockUtil.setCurrentTime(Date.from(MONDAY_0800.plusSeconds(60)));
        engine.getManagementService().executeJob(timerOf(instance).getId());

        Task notice = noticeTask();
        assertThat(lateSteps.find(stepOf(instance).getId()).orElseThrow().notificationTaskId())
                .isEqualTo(notice.getId());
        assertThat(lateSteps.openNotice("sipa-camat", "desa-babayau")).contains(notice.getId());
    }

    @Test
    void theCamatClosesTheNoticeWithAnArahanOnEachStepThatTheStepCarries() {
        ProcessInstance first = start();
        ProcessInstance second = start();
        Task step = stepOf(first);
        Task other = stepOf(second);
        ClockUtil.setCurrentTime(Date.from(MONDAY_0800));
        engine.getManagementService().executeJob(timerOf(first).getId());
        engine.getManagementService().executeJob(timerOf(second).getId());
        Task notice = noticeTask();
        String elsewhere = start().getId();

        engine.getIdentityService().setAuthentication("camat-paringin", List.of("sipa-camat", "pengawas"),
                List.of("kec-paringin", "desa-babayau"));
        assertThatThrownBy(() -> engine.getTaskService().complete(notice.getId(),
                Map.of(ARAHAN_PER_LANGKAH.name(), "{}", "terverifikasi", true)))
                .hasMessageContaining("terverifikasi");
        assertThatThrownBy(() -> engine.getTaskService().complete(notice.getId(), Map.of()))
                .hasMessageContaining("Tulis arahan untuk sedikitnya satu langkah");
        assertThatThrownBy(() -> engine.getTaskService().complete(notice.getId(),
                Map.of(ARAHAN_PER_LANGKAH.name(), "{\"" + step.getId() + "\": \"  \"}")))
                .hasMessageContaining("Tulis arahan untuk sedikitnya satu langkah");
        assertThatThrownBy(() -> engine.getTaskService().complete(notice.getId(),
                Map.of(ARAHAN_PER_LANGKAH.name(), "{\"" + stepOf(engine.getRuntimeService()
                        .createProcessInstanceQuery().processInstanceId(elsewhere).singleResult()).getId()
                        + "\": \"Segera\"}")))
                .as("a step this notice does not gather").hasMessageContaining("tercantum dalam pemberitahuan ini");
        assertThatThrownBy(() -> engine.getTaskService().complete(notice.getId(),
                Map.of(ARAHAN_PER_LANGKAH.name(), "[\"Segera\"]")))
                .hasMessageContaining("Isian arahan tidak terbaca");
        assertThatThrownBy(() -> engine.getTaskService().complete(notice.getId(),
                Map.of(ARAHAN_PER_LANGKAH.name(), "{\"" + step.getId() + "\": \"" + "x".repeat(2001) + "\"}")))
                .hasMessageContaining("paling panjang 2000 karakter");
        assertThat(engine.getTaskService().createTaskQuery().taskId(notice.getId()).count())
                .as("every refusal left the notice open").isOne();
        String arahan = "{\"" + step.getId() + "\": \" Selesaikan verifikasi hari ini. \", \"" + other.getId()
                + "\": \"\"}";
        engine.getTaskService().complete(notice.getId(), ARAHAN_PER_LANGKAH.put(Variables.createVariables(), arahan));
        engine.getIdentityService().clearAuthentication();

        assertThat(engine.getTaskService().getTaskComments(step.getId()))
                .extracting(Comment::getFullMessage)
                .containsExactly("Arahan Camat Paringin (camat-paringin): Selesaikan verifikasi hari ini.");
        assertThat(engine.getTaskService().getTaskComments(other.getId())).as("no arahan written for it").isEmpty();
        assertThat(ARAHAN_PER_LANGKAH.fromHistory(engine.getHistoryService(), notice.getProcessInstanceId()))
                .contains(arahan);
        // the facts it was started with are the late-step record's: history keeps the arahan alone
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(notice.getProcessInstanceId()).list())
                .extracting(variable -> variable.getName()).containsExactly(ARAHAN_PER_LANGKAH.name());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(notice.getProcessInstanceId()).singleResult().getEndActivityId())
                .isEqualTo("event_ditutupDenganArahan");
        assertThat(stepOf(first).getId()).isEqualTo(step.getId());

        // closed by the Camat: the desa's next late step opens a new notice
        ProcessInstance third = start();
        ClockUtil.setCurrentTime(Date.from(MONDAY_0800.plusSeconds(7 * 24 * 3600)));
        engine.getManagementService().executeJob(timerOf(third).getId());
        assertThat(noticeTask().getId()).isNotEqualTo(notice.getId());
    }

    @Test
    void aTimerRunBeforeItsStepIsDueKeepsTheStepsChanceToBeRecordedLate() {
        ProcessInstance instance = start();
        Task step = stepOf(instance);

        engine.getManagementService().executeJob(timerOf(instance).getId());

        assertThat(lateSteps.find(step.getId())).isEmpty();
        Job again = timerOf(instance);
        assertThat(again.getDuedate().toInstant()).isEqualTo(MONDAY_0800);

        ClockUtil.setCurrentTime(Date.from(MONDAY_0800));
        engine.getManagementService().executeJob(again.getId());

        assertThat(lateSteps.find(step.getId())).isPresent();
        assertThat(timerOf(instance)).isNull();
    }

    @Test
    void aLateStepCompletedLaterHasItsCompletionRecorded() {
        ProcessInstance instance = start();
        Task step = stepOf(instance);
        ClockUtil.setCurrentTime(Date.from(MONDAY_0800));
        engine.getManagementService().executeJob(timerOf(instance).getId());

        Instant mondayTen = MONDAY_0800.plusSeconds(2 * 3600);
        ClockUtil.setCurrentTime(Date.from(mondayTen));
        engine.getIdentityService().setAuthentication("admin-sipa", List.of("sipa-admin"),
                List.of("kec-paringin", "desa-babayau"));
        try {
            engine.getTaskService().claim(step.getId(), "admin-sipa");
            engine.getTaskService().complete(step.getId());
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        LateStep late = lateSteps.find(step.getId()).orElseThrow();
        assertThat(late.completedAt()).isEqualTo(mondayTen);
        assertThat(late.completedBy()).isEqualTo("admin-sipa");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
                .isZero();
    }

    @Test
    void aStepWhoseDueDateWasExtendedIsNotLate() {
        ProcessInstance instance = start();
        Task step = stepOf(instance);
        step.setDueDate(Date.from(MONDAY_0800.plusSeconds(24 * 3600)));
        engine.getTaskService().saveTask(step);

        ClockUtil.setCurrentTime(Date.from(MONDAY_0800));
        engine.getManagementService().executeJob(timerOf(instance).getId());

        assertThat(lateSteps.find(step.getId())).isEmpty();
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("sipa-camat").count()).isZero();
    }

    @Test
    void aStepDoneInTimeLeavesNoRecord() {
        ProcessInstance instance = start();
        Task step = stepOf(instance);
        engine.getTaskService().complete(step.getId());

        assertThat(lateSteps.ofProcessInstance(instance.getId())).isEmpty();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    private Task noticeTask() {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(LateStepNoticeVariables.PROCESS_KEY)
                .taskCandidateGroup("sipa-camat").singleResult();
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().createProcessInstanceByKey("sipa-bermedsos")
                .processDefinitionTenantId("desa-babayau")
                .execute();
    }

    private Task stepOf(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("userTask_verifikasiLaporan").singleResult();
    }

    private Job timerOf(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("timer_verifikasiLaporanTerlambat").singleResult();
    }
}
