package id.sopflow.mutubaku;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A step handed in at 15:30 on a Friday in Paringin (WITA) with a mutu baku of one hour: due Monday 08:00, and
 * marked late when its boundary timer fires then.
 */
@SpringBootTest
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
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
        engine.getTaskService().createTaskQuery().taskCandidateGroup("sipa-camat").list()
                .forEach(task -> engine.getTaskService().deleteTask(task.getId(), true));
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
        assertThat(notification.getName()).isEqualTo("Langkah terlambat: Verifikasi laporan — Desa Babayau (contoh)");
        assertThat(notification.getDescription())
                .contains("SIPA BERMEDSOS")
                .contains("Admin")
                .contains("admin-sipa")
                .contains("Senin, 23 November 2026 08.00 WITA")
                .contains("mutu baku 1 jam kerja")
                .contains(instance.getId());
        assertThat(notification.getTenantId()).isEqualTo("desa-babayau");
        assertThat(engine.getTaskService().getIdentityLinksForTask(notification.getId()))
                .extracting(IdentityLink::getGroupId).contains("sipa-camat");
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
