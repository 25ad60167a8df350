package id.sopflow.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import id.sopflow.SopflowApplication;

/**
 * One sopflow node of a cluster test: the whole application with the {@code postgres} profile and its job executor
 * on, in this JVM. Each node has its own engine name (Camunda keeps engines in a static registry by name), its own
 * connection pool and its own job executor, so towards the database it behaves as a separate server; the hostname
 * it writes into the job log tells the nodes apart.
 */
final class SopflowNode implements AutoCloseable {

    final String name;
    private final ConfigurableApplicationContext context;

    private SopflowNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    static SopflowNode start(String name, String jdbcUrl, Map<String, String> extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--SOPFLOW_DB_URL=" + jdbcUrl,
                "--SOPFLOW_DB_USER=postgres",
                "--SOPFLOW_DB_PASSWORD=postgres",
                // The test configuration points every context at its own H2 and stops the job executor: undo both.
                "--spring.datasource.url=" + jdbcUrl,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.process-engine-name=" + name,
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--server.port=0"));
        extra.forEach((key, value) -> args.add("--" + key + "=" + value));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SopflowApplication.class)
                .run(args.toArray(String[]::new));
        return new SopflowNode(name, context);
    }

    ProcessEngine engine() {
        return context.getBean(ProcessEngine.class);
    }

    /** Tells the job executor there is work now, instead of waiting out its idle back-off. */
    void wakeJobExecutor() {
        jobExecutor().jobWasAdded();
    }

    void stopJobExecutor() {
        jobExecutor().shutdown();
    }

    void startJobExecutor() {
        jobExecutor().start();
    }

    private JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration()).getJobExecutor();
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
