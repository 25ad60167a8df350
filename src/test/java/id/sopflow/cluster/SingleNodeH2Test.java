package id.sopflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import id.sopflow.SopflowApplication;

/**
 * H2 is for one node: a second sopflow started on the H2 file another process holds stops with a message that says
 * so and points to PostgreSQL, not with H2's stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class SingleNodeH2Test {

    @Test
    void aSecondNodeOnTheSameH2FileIsRefusedWithAClearMessage(@TempDir Path data, CapturedOutput output)
            throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("sopflow") + ";DB_CLOSE_ON_EXIT=FALSE;NON_KEYWORDS=VALUE";
        Process firstNode = new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), H2FileHolder.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(firstNode.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("terbuka");

            assertThatThrownBy(() -> new SpringApplicationBuilder(SopflowApplication.class).run(
                    "--spring.datasource.url=" + url, "--server.port=0"))
                    .isInstanceOf(Exception.class);

            assertThat(output).contains("APPLICATION FAILED TO START")
                    .contains(SingleNodeDatabaseFailureAnalyzer.MESSAGE)
                    .contains(SingleNodeDatabaseFailureAnalyzer.ACTION);
        } finally {
            firstNode.getOutputStream().close();
            firstNode.waitFor();
            assertThat(new File(data.toFile(), "sopflow.mv.db")).exists();
        }
    }
}
