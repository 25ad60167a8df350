package id.sopflow.mutubaku;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/** With an SMTP server configured, the Camat also gets the late step by mail (a local GreenMail stands in). */
@SpringBootTest
class LateStepMailTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("sopflow.mutu-baku.mail.from", () -> "sopflow@paringin.example");
    }

    @Autowired
    ProcessEngine engine;

    private String deploymentId;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }

    @Test
    void theCamatIsMailedOnceWhenANoticeOpensNotForEveryStepThatJoinsIt() throws Exception {
        deploymentId = engine.getRepositoryService().createDeployment().tenantId("desa-lok-batu")
                .addClasspathResource("bpmn/uji-terlambat.bpmn").deploy().getId();
        ZoneId wita = ZoneId.of("Asia/Makassar");
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, wita).toInstant()));
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey("sipa-bermedsos")
                .processDefinitionTenantId("desa-lok-batu").execute();
        ProcessInstance joining = engine.getRuntimeService().createProcessInstanceByKey("sipa-bermedsos")
                .processDefinitionTenantId("desa-lok-batu").execute();

        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 24, 10, 5, 0, 0, wita).toInstant()));
        engine.getManagementService().executeJob(timerOf(instance));
        engine.getManagementService().executeJob(timerOf(joining));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).as("the second late step joined the open notice: no second mail").hasSize(1);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString)
                .containsExactly("camat-paringin@sopflow.example");
        assertThat(received[0].getSubject())
                .isEqualTo("[sopflow] Langkah terlambat — Desa Lok Batu (contoh): Verifikasi laporan");
        assertThat(GreenMailUtil.getBody(received[0]))
                .contains("Selasa, 24 November 2026 10.00 WITA")
                .contains("ditambahkan ke pemberitahuan yang sama");
    }

    private String timerOf(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("timer_verifikasiLaporanTerlambat").singleResult().getId();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
