package id.sopflow.sop.setwan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/** The scheduler only decides whether to look; {@link SetwanPeriodicUpdateTest} shows what looking does. */
class SetwanUpdateSchedulerTest {

    private final SetwanPeriodicUpdates updates = mock(SetwanPeriodicUpdates.class);
    private final JobExecutor jobExecutor = mock(JobExecutor.class);
    private final ProcessEngine engine = mock(ProcessEngine.class);

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void looksWithTheEngineClockWhereTheJobExecutorRuns() {
        Instant now = Instant.parse("2026-11-23T00:00:00Z");
        ClockUtil.setCurrentTime(Date.from(now));
        when(jobExecutor.isActive()).thenReturn(true);

        scheduler(true).check();

        verify(updates).runDue(now);
    }

    @Test
    void doesNothingWhereNoJobExecutorRunsOrWhenSwitchedOff() {
        when(jobExecutor.isActive()).thenReturn(false);
        scheduler(true).check();
        when(jobExecutor.isActive()).thenReturn(true);
        scheduler(false).check();

        verify(updates, never()).runDue(any());
    }

    @Test
    void aFailedLookDoesNotStopTheSchedule() {
        when(jobExecutor.isActive()).thenReturn(true);
        when(updates.runDue(any())).thenThrow(new IllegalStateException("database down"));

        scheduler(true).check();

        verify(updates).runDue(any());
    }

    @Test
    void theIntervalComesFromTheConfiguration() throws NoSuchMethodException {
        Scheduled scheduled = SetwanUpdateScheduler.class.getDeclaredMethod("check").getAnnotation(Scheduled.class);
        assertThat(scheduled.fixedDelayString()).isEqualTo("${sopflow.setwan.pembaruan-berkala.periksa-setiap:PT1M}");
    }

    private SetwanUpdateScheduler scheduler(boolean active) {
        ProcessEngineConfigurationImpl configuration = mock(ProcessEngineConfigurationImpl.class);
        when(configuration.getJobExecutor()).thenReturn(jobExecutor);
        when(engine.getProcessEngineConfiguration()).thenReturn(configuration);
        SetwanProperties properties = new SetwanProperties(1024,
                new SetwanProperties.PembaruanBerkala(active, "0 0 8 * * MON", Duration.ofMinutes(1)));
        return new SetwanUpdateScheduler(updates, properties, engine);
    }
}
