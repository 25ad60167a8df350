package id.sopflow.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.sopflow.SopflowApplication;

/**
 * A sopflow node in its own JVM, for what only a separate process shows: {@code kill -9} in the middle of work.
 * Started with the test class path and the {@code postgres} profile; its output goes to {@code target/<name>.log}.
 */
final class SopflowProcess {

    final String name;
    final int port;
    private final Process process;
    final Path log;

    private SopflowProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static SopflowProcess start(String name, String jdbcUrl, List<String> extraArgs) throws IOException {
        int port = freePort();
        Path log = Path.of("target", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                SopflowApplication.class.getName(),
                "--spring.profiles.active=postgres",
                "--SOPFLOW_DB_URL=" + jdbcUrl,
                "--SOPFLOW_DB_USER=postgres",
                "--SOPFLOW_DB_PASSWORD=postgres",
                "--spring.datasource.url=" + jdbcUrl,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--server.port=" + port));
        command.addAll(extraArgs);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new SopflowProcess(name, port, process, log);
    }

    void awaitHealthy(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpClient http = HttpClient.newHttpClient();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not healthy within " + timeout + "; see " + log.toAbsolutePath());
    }

    /** {@code kill -9}: no shutdown hook, no closing of connections, no finishing of the job in hand. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
