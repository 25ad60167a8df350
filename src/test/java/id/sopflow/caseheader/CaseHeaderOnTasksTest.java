package id.sopflow.caseheader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sopflow.mutubaku.LateStepNoticeVariables;
import id.sopflow.testkit.SharedContextTest;

/**
 * The due date in words on a Tasklist card ({@code kasusBatasWaktu}) says the step's real due date: from its creation,
 * through the late-step handler's mark, and after a supervisor moves the due date in Tasklist.
 */
@SharedContextTest
class CaseHeaderOnTasksTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final Instant FRIDAY_1530 = ZonedDateTime.of(2026, 11, 20, 15, 30, 0, 0, WITA).toInstant();
    private static final Instant MONDAY_0800 = ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, WITA).toInstant();
    private static final String WORDS = "kasusBatasWaktu";

    @Autowired
    ProcessEngine engine;

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
        // the supervisors' late-step notices are cases of their own process, not standalone tasks
        engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LateStepNoticeVariables.PROCESS_KEY)
                .list().forEach(notice -> engine.getRuntimeService().deleteProcessInstance(notice.getId(), "uji"));
    }

    @Test
    void theWordsFollowTheDueDateThroughTheLateMarkAndAnExtension() {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey("sipa-bermedsos")
                .processDefinitionTenantId("desa-babayau").execute();
        String step = step(instance).getId();
        assertThat(words(step)).isEqualTo("Senin, 23 November 2026 08.00 WITA");

        // the timer fires: the handler marks the step and raises its priority (a task update) — the mark stays
        ClockUtil.setCurrentTime(Date.from(MONDAY_0800.plusSeconds(60)));
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(instance.getId()).activityId("timer_verifikasiLaporanTerlambat").singleResult()
                .getId());
        assertThat(step(instance).getPriority()).isEqualTo(80);
        assertThat(words(step)).isEqualTo("TERLAMBAT — batas Senin, 23 November 2026 08.00 WITA");

        // moved, still in the past: still late, with the new time
        engine.getTaskService().setDueDate(step, Date.from(MONDAY_0800.minusSeconds(15 * 60)));
        assertThat(words(step)).isEqualTo("TERLAMBAT — batas Senin, 23 November 2026 07.45 WITA");

        // a supervisor extends it to Tuesday 10.00: an ordinary step again
        engine.getTaskService().setDueDate(step, Date.from(MONDAY_0800.plusSeconds(26 * 3600)));
        assertThat(words(step)).isEqualTo("Selasa, 24 November 2026 10.00 WITA");

        engine.getTaskService().setDueDate(step, null);
        assertThat(engine.getTaskService().getVariableLocal(step, WORDS)).isNull();
    }

    private Task step(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("userTask_verifikasiLaporan").singleResult();
    }

    private Object words(String taskId) {
        return engine.getTaskService().getVariableLocal(taskId, WORDS);
    }
}
