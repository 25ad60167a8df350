package id.sopflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's measuring code, small and untimed: every case of a round really runs to its end through the
 * Ya/Tidak loop, with its timers created, so a figure counts whole cases. The timings themselves are only printed
 * by {@link EngineOverheadBenchmark}.
 */
class EngineRoundTest {

    private ProcessEngine engine;

    @BeforeEach
    void engine() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName("bench-uji").setJdbcUrl("jdbc:h2:mem:bench-uji;DB_CLOSE_DELAY=-1")
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL).setJobExecutorActivate(false)
                .buildProcessEngine();
        engine.getRepositoryService().createDeployment().tenantId("desa-uji")
                .addModelInstance(SopShapedModel.KEY + ".bpmn", SopShapedModel.create()).deploy();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aRoundRunsEveryCaseToItsEndThroughTheRefusalLoop() throws Exception {
        EngineRound.Result result = EngineRound.run(engine, "desa-uji", 6, 2);

        assertThat(result.instances()).isEqualTo(6);
        assertThat(result.perSecond()).isPositive();
        var history = engine.getHistoryService();
        assertThat(history.createHistoricProcessInstanceQuery().finished().count()).isEqualTo(6);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
        // five steps and step 3 twice (Tidak, then Ya)
        assertThat(history.createHistoricTaskInstanceQuery().finished().count()).isEqualTo(6 * 6);
        assertThat(history.createHistoricTaskInstanceQuery().taskDefinitionKey("userTask_langkah3").count())
                .isEqualTo(12);
        // every step armed its mutu-baku timer, and the case's end removed the open ones
        assertThat(history.createHistoricJobLogQuery().creationLog().count()).isEqualTo(6 * 6);
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().variableName("anggaran").count()).isEqualTo(6);
    }

    @Test
    void theMedianIsTheMiddleValue() {
        assertThat(EngineOverheadBenchmark.median(new double[] { 3, 1, 2 })).isEqualTo(2);
        assertThat(EngineOverheadBenchmark.median(new double[] { 4, 1, 2, 3 })).isEqualTo(2.5);
    }
}
