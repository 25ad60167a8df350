package id.sopflow.sop.sipa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.sopflow.testkit.SharedContextTest;

/** Staff hand in a question from the public over HTTP; only for reports of their own desa/kecamatan. */
@SharedContextTest
class SipaQuestionApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProcessEngine engine;

    private final SipaProcessTest steps = new SipaProcessTest();
    private ProcessInstance report;

    @BeforeEach
    void reportInItsFeedbackWindow() {
        steps.engine = engine;
        steps.setUp();
        report = steps.startAs("pemdes-babayau", SipaFixtures.completeReport());
        steps.verify(report, "admin-sipa", true, null);
        steps.postManually(report, "https://www.facebook.com/desababayau/posts/1001");
    }

    @AfterEach
    void tearDown() {
        steps.tearDown();
    }

    @Test
    void kecamatanStaffHandInAQuestionThatOpensATask() {
        ResponseEntity<Map> answer = post("admin-sipa", report.getBusinessKey(),
                Map.of("nama", "Ibu Sari", "isi", "Kapan jalan RT 03 dibangun?"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.getBody()).containsKey("pertanyaanId");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(report.getId())
                .taskDefinitionKey(SipaElements.TANGGAPI_PERTANYAAN).count()).isEqualTo(1);
    }

    @Test
    void anotherDesaCannotReachTheReport() {
        ResponseEntity<Map> answer = post("pemdes-lok-batu", report.getBusinessKey(), Map.of("isi", "Halo"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(report.getId())
                .taskDefinitionKey(SipaElements.TANGGAPI_PERTANYAAN).count()).isZero();
    }

    @Test
    void badInputAndAClosedWindowAreRefusedInBahasaIndonesia() {
        ResponseEntity<Map> empty = post("admin-sipa", report.getBusinessKey(), Map.of("isi", ""));
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody()).containsEntry("pesan", "Isi pertanyaan atau keluhan wajib diisi.");

        ResponseEntity<Map> tooLong = post("admin-sipa", report.getBusinessKey(), Map.of("isi", "x".repeat(2001)));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 8L * 24 * 3600 * 1000));
        steps.executeJob(report, SipaElements.MASA_TANGGAPAN_BERAKHIR);
        ResponseEntity<Map> closed = post("admin-sipa", report.getBusinessKey(), Map.of("isi", "Masih bisa?"));
        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) closed.getBody().get("pesan")).contains("Masa tanggapan");
    }

    @Test
    void withoutLoginNothingIsStored() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> answer = http.exchange("/api/sipa/laporan/" + report.getBusinessKey() + "/pertanyaan",
                HttpMethod.POST, new HttpEntity<>(Map.of("isi", "Halo"), headers), Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(report.getId())
                .taskDefinitionKey(SipaElements.TANGGAPI_PERTANYAAN).count()).isZero();
    }

    private ResponseEntity<Map> post(String user, String code, Map<String, String> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(user, "demo");
        return http.exchange("/api/sipa/laporan/" + code + "/pertanyaan", HttpMethod.POST,
                new HttpEntity<>(body, headers), Map.class);
    }
}
