package id.sopflow.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.sopflow.sop.sipa.SipaVariables;
import id.sopflow.testkit.SharedContextTest;
import id.sopflow.testkit.TestKit;

import id.sopflow.InputRefusedException;

/**
 * The Admin's "Verifikasi laporan" as a review step: a Tidak needs a reason, and every round is recorded with who
 * decided, when and why.
 */
@SharedContextTest
class ReviewRoundRecorderTest {

    private static final String TENANT = "desa-babayau";
    private static final String VERIFIKASI = "userTask_verifikasiLaporan";
    private static final Instant MONDAY_0900 = Instant.parse("2026-03-09T01:00:00Z");

    @Autowired
    ProcessEngine engine;

    @Autowired
    ReviewRounds reviewRounds;

    private final List<String> deploymentIds = new ArrayList<>();

    @BeforeEach
    void deploy() {
        deploymentIds.add(engine.getRepositoryService().createDeployment().tenantId(TENANT)
                .addClasspathResource("bpmn/verification/uji-verifikasi.bpmn")
                .addInputStream("uji-verifikasi.html", getClass().getResourceAsStream("/bpmn/verification/uji-verifikasi.html"))
                .deploy().getId());
        ClockUtil.setCurrentTime(Date.from(MONDAY_0900));
    }

    @AfterEach
    void cleanUp() {
        engine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
        deploymentIds.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    }

    @Test
    void aRefusalWithoutAReasonIsRefusedAndNothingIsSaved() {
        // submitTaskForm is what Tasklist calls
        ProcessInstance instance = startCompleteReport();
        Task task = verification(instance);

        asAdmin();
        assertThatThrownBy(() -> engine.getFormService().submitTaskForm(task.getId(),
                Map.of("terverifikasi", false, "alasanPenolakan", "   ")))
                .isInstanceOf(ProcessEngineException.class)
                .isInstanceOf(InputRefusedException.class)
                .hasMessage("Alasan penolakan wajib diisi bila keputusannya Tidak, "
                        + "agar pengirim tahu apa yang harus diperbaiki.");
        engine.getIdentityService().clearAuthentication();

        assertThat(verification(instance).getId()).as("the task stays open").isEqualTo(task.getId());
        assertThat(reviewRounds.of(instance.getId())).isEmpty();
        assertThat(engine.getRuntimeService().getVariables(instance.getId()))
                .as("the refused completion rolled back")
                .doesNotContainKeys("terverifikasi", "alasanPenolakan", "putaranVerifikasi");
    }

    @Test
    void aDecisionIsRequired() {
        ProcessInstance instance = startCompleteReport();
        Task task = verification(instance);

        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId()))
                .isInstanceOf(ProcessEngineException.class)
                .isInstanceOf(InputRefusedException.class)
                .hasMessage("Keputusan \"Verifikasi laporan\" wajib dipilih: Ya atau Tidak.");
        assertThat(verification(instance).getId()).isEqualTo(task.getId());
        assertThat(reviewRounds.of(instance.getId())).isEmpty();
    }

    @Test
    void aDecisionThatIsNoYesOrNoIsAModelError() {
        ProcessInstance instance = startCompleteReport();
        Task task = verification(instance);

        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of("terverifikasi", "ya")))
                .isInstanceOf(ProcessEngineException.class)
                .isNotInstanceOf(InputRefusedException.class)
                .hasMessageContaining("terverifikasi")
                .hasMessageContaining("harus Boolean");
        assertThat(verification(instance).getId()).isEqualTo(task.getId());
    }

    @Test
    void roundsAreNumberedAndRecordWhoDecidedWhenAndWhy() {
        ProcessInstance instance = startCompleteReport();

        Task first = verification(instance);
        asAdmin();
        engine.getTaskService().complete(first.getId(), Map.of("terverifikasi", false,
                "alasanPenolakan", "Foto tidak menunjukkan lokasi kegiatan; lampirkan foto papan proyek."));
        engine.getIdentityService().clearAuthentication();

        assertThat(reviewRounds.of(instance.getId())).containsExactly(new ReviewRound(first.getId(), instance.getId(),
                VERIFIKASI, 1, "admin-sipa", MONDAY_0900, false,
                "Foto tidak menunjukkan lokasi kegiatan; lampirkan foto papan proyek.", TENANT));
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "putaranVerifikasi")).isEqualTo(1);

        Task fix = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("userTask_perbaikiLaporan").singleResult();
        assertThat(fix).as("refused reports go back to the desa").isNotNull();
        engine.getTaskService().complete(fix.getId());

        Instant later = MONDAY_0900.plusSeconds(3 * 3600);
        ClockUtil.setCurrentTime(Date.from(later));
        Task second = verification(instance);
        engine.getTaskService().setAssignee(second.getId(), "admin-kecamatan");
        engine.getTaskService().complete(second.getId(), Map.of("terverifikasi", true));

        assertThat(reviewRounds.of(instance.getId())).extracting(ReviewRound::round, ReviewRound::approved,
                ReviewRound::reviewerId, ReviewRound::decidedAt, ReviewRound::reason).containsExactly(
                tuple(1, false, "admin-sipa", MONDAY_0900,
                        "Foto tidak menunjukkan lokasi kegiatan; lampirkan foto papan proyek."),
                tuple(2, true, "admin-kecamatan", later, null));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .count()).as("verified: the process went on").isZero();
        HistoricVariableInstance putaran = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("putaranVerifikasi").singleResult();
        assertThat(putaran.getValue()).isEqualTo(2);
    }

    @Test
    void roundsAreCountedPerProcessInstance() {
        ProcessInstance one = startCompleteReport();
        ProcessInstance other = startCompleteReport();

        engine.getTaskService().complete(verification(one).getId(), Map.of("terverifikasi", true));
        engine.getTaskService().complete(verification(other).getId(), Map.of("terverifikasi", true));

        assertThat(reviewRounds.of(one.getId())).extracting(ReviewRound::round).containsExactly(1);
        assertThat(reviewRounds.of(other.getId())).extracting(ReviewRound::round).containsExactly(1);
    }

    @Test
    void aReviewTaskThatDoesNotNameItsDecisionVariableIsRefused() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("uji-tinjauan-tanpa-properti")
                .camundaHistoryTimeToLive(1825)
                .startEvent("event_mulai")
                .userTask("userTask_periksa").name("Periksa")
                .camundaTaskListenerDelegateExpression("complete", "${reviewRoundRecorder}")
                .endEvent("event_selesai")
                .done();
        deploymentIds.add(engine.getRepositoryService().createDeployment()
                .addModelInstance("uji-tinjauan-tanpa-properti.bpmn", model).deploy().getId());
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("uji-tinjauan-tanpa-properti");
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();

        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of("setuju", true)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("userTask_periksa")
                .hasMessageContaining("<camunda:property name=\"keputusan\"");
        assertThat(reviewRounds.of(instance.getId())).isEmpty();
    }

    private void asAdmin() {
        engine.getIdentityService().setAuthentication("admin-sipa", List.of("sipa-admin"),
                List.of("kec-paringin", TENANT));
    }

    private ProcessInstance startCompleteReport() {
        Map<String, Object> report = new HashMap<>();
        report.put(SipaVariables.JENIS_LAPORAN.name(), SipaVariables.JenisLaporan.KEGIATAN_PEMBANGUNAN.code());
        report.put(SipaVariables.JUDUL.name(), "Rehab balai desa");
        report.put(SipaVariables.PERIODE.name(), "Maret 2026");
        report.put(SipaVariables.URAIAN.name(), "Penggantian atap balai desa.");
        report.put(SipaVariables.LOKASI.name(), "Balai Desa Babayau");
        report.put(SipaVariables.TEKS_KONTEN.name(), "Atap balai desa sudah diganti.");
        report.put(SipaVariables.PLATFORM_FACEBOOK.name(), true);
        report.put(SipaVariables.FOTO.get(0).name(),
                TestKit.upload("balai.png", TestImages.png(), "image/png"));
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey("uji-verifikasi")
                .processDefinitionTenantId(TENANT).setVariables(report).execute();
        assertThat(verification(instance)).as("the report is complete and waits for the Admin").isNotNull();
        return instance;
    }

    private Task verification(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(VERIFIKASI).singleResult();
    }
}
