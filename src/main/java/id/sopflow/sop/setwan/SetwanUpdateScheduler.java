package id.sopflow.sop.setwan;

import java.time.Instant;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks every minute ({@code sopflow.setwan.pembaruan-berkala.periksa-setiap}) whether a periodic update is due.
 *
 * <p>Why not a timer start event in the diagram: a timer-started case has no user, so it would get no tenant and be
 * visible to every organisation; and its cycle is fixed when the diagram is deployed, so a changed
 * {@code jadwal} would not take effect (an unchanged diagram is not redeployed). This check reads the schedule from
 * the configuration every time, starts the case with the organisation's tenant, and keeps the engine's habits:
 * it runs only where the job executor runs (not in tests, which call {@link SetwanPeriodicUpdates#runDue} with the
 * engine clock), and an overdue moment is served as soon as the application is back.
 */
@Component
class SetwanUpdateScheduler {

    private static final Logger log = LoggerFactory.getLogger(SetwanUpdateScheduler.class);

    private final SetwanPeriodicUpdates updates;
    private final SetwanProperties properties;
    private final ProcessEngine engine;

    SetwanUpdateScheduler(SetwanPeriodicUpdates updates, SetwanProperties properties, ProcessEngine engine) {
        this.updates = updates;
        this.properties = properties;
        this.engine = engine;
    }

    @Scheduled(fixedDelayString = "${sopflow.setwan.pembaruan-berkala.periksa-setiap:PT1M}",
            initialDelayString = "${sopflow.setwan.pembaruan-berkala.periksa-setiap:PT1M}")
    void check() {
        if (!properties.pembaruanBerkala().aktif() || !jobExecutorActive()) {
            return;
        }
        try {
            updates.runDue(Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()));
        } catch (RuntimeException e) {
            // The next check tries again; a failure must not stop the schedule.
            log.error("Pemeriksaan jadwal pembaruan berkala Bapinanduan gagal", e);
        }
    }

    private boolean jobExecutorActive() {
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        return jobExecutor != null && jobExecutor.isActive();
    }

    /** Spring's scheduler runs the check; nothing else in sopflow uses it. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Scheduling {
    }
}
