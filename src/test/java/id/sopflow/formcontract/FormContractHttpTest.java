package id.sopflow.formcontract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.sopflow.security.StaffClient;
import id.sopflow.sop.sipa.SipaElements;
import id.sopflow.testkit.ModelerDeployment;
import id.sopflow.testkit.SharedContextTest;
import id.sopflow.verification.TestImages;

/**
 * The attacks of issue 13 §1 over HTTP, each refused with 400 and a message in Bahasa Indonesia that names every
 * problem, with nothing stored. Same context as the other HTTP tests (no extra Spring context).
 */
@SharedContextTest
class FormContractHttpTest {

    static final String REST = "/engine-rest";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    static String sipaReport(String extra) {
        String photo = Base64.getEncoder().encodeToString(TestImages.png());
        return """
                {"variables": {
                  "jenisLaporan": {"value": "kegiatan-pembangunan"},
                  "judul": {"value": "Gotong royong RT 03"},
                  "periode": {"value": "November 2026"},
                  "lokasi": {"value": "RT 03 Dusun II"},
                  "uraian": {"value": "Pembersihan saluran air bersama warga."},
                  "teksKonten": {"value": "Gotong royong RT 03 membersihkan saluran."},
                  "platformFacebook": {"value": true},
                  "platformInstagram": {"value": false},
                  "foto1": {"value": "%s", "type": "File",
                            "valueInfo": {"filename": "gotong-royong.png", "mimeType": "image/png"}}%s}}
                """.formatted(photo, extra);
    }

    long sipaInstances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("sipa-bermedsos")
                .count();
    }

    @Test
    void aDesaCannotChooseThePublicCodeReporterWindowEndOrPostLinks() {
        long before = sipaInstances();
        String forged = """
                , "kodePublik": {"value": "kode-pilihan-desa"},
                  "pelapor": {"value": "camat-paringin"},
                  "_akhirMasaTanggapan": {"value": "2030-01-01T00:00:00.000+0000", "type": "Date"},
                  "tautanPublikasi": {"value": "https://contoh.invalid/palsu"}""";
        HttpResponse<String> overRest = StaffClient.basic(port, "pemdes-babayau", "demo")
                .post(REST + "/process-definition/key/sipa-bermedsos/start", sipaReport(forged));
        HttpResponse<String> inTasklist = StaffClient.tasklistSession(port, "pemdes-babayau", "demo").post(
                StaffClient.WEBAPP_ENGINE_API + "/process-definition/key/sipa-bermedsos/submit-form",
                sipaReport(forged));
        for (HttpResponse<String> refused : List.of(overRest, inTasklist)) {
            assertRefused(refused, "«kodePublik»", "«pelapor»", "«_akhirMasaTanggapan»", "«tautanPublikasi»");
        }
        assertThat(sipaInstances()).isEqualTo(before);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("kode-pilihan-desa").count()).isZero();
    }

    @Test
    void anUndeclaredVariableAndAStringForANumberAreRefusedByName() {
        long before = sipaInstances();
        HttpResponse<String> refused = StaffClient.basic(port, "pemdes-babayau", "demo").post(
                REST + "/process-definition/key/sipa-bermedsos/start", sipaReport("""
                        , "anggaran": {"value": "seratus juta"},
                          "catatanRahasia": {"value": "x"}"""));
        assertRefused(refused, "Anggaran (Rp)", "harus berupa angka", "«catatanRahasia»");
        assertThat(sipaInstances()).isEqualTo(before);
    }

    @Test
    void aValidReportStillStartsAndALongDescriptionIsStoredWhole() {
        String longText = "Uraian panjang. ".repeat(400); // 6,400 characters: beyond the engine's 4,000 column
        HttpResponse<String> started = StaffClient.basic(port, "pemdes-babayau", "demo").post(
                REST + "/process-definition/key/sipa-bermedsos/start",
                sipaReport("").replace("Pembersihan saluran air bersama warga.", longText));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String id = json(started).get("id").asText();
        assertThat(engine.getRuntimeService().getVariable(id, "uraian")).isEqualTo(longText);
        assertThat(engine.getRuntimeService().getVariable(id, "pelapor")).isEqualTo("pemdes-babayau");
    }

    /**
     * A hand-written form's cam-max-filesize holds on the server too: a photo of 5 MB + 1 byte sent past the browser
     * is refused before the case starts, in the words SIPA's own kelengkapan check would use ("… berukuran 5,1 MB;
     * paling besar 5 MB."); a photo of exactly 5 MB starts the case.
     */
    @Test
    void aPhotoOverTheFormsLimitIsRefusedBeforeTheCaseStartsAndOneAtTheLimitStarts() {
        long before = sipaInstances();
        String photo = Base64.getEncoder().encodeToString(TestImages.png());
        StaffClient desa = StaffClient.basic(port, "pemdes-babayau", "demo");
        String submit = REST + "/process-definition/key/sipa-bermedsos/submit-form";
        HttpResponse<String> refused = desa.post(submit, sipaReport("").replace(photo, paddedPng(5 * 1024 * 1024 + 1)));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json(refused).get("message").asText()).isEqualTo("Isian ditolak, tidak ada yang disimpan. "
                + "«Foto 1» (foto1) (\"gotong-royong.png\") berukuran 5,1 MB; paling besar 5 MB.");
        assertThat(sipaInstances()).isEqualTo(before);

        HttpResponse<String> started = desa.post(submit, sipaReport("").replace(photo, paddedPng(5 * 1024 * 1024)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(sipaInstances()).isEqualTo(before + 1);
    }

    /**
     * A process owner who writes the limit as "5MB" hears it when deploying from Modeler (the browser would read it
     * as 5 bytes, the server would refuse every photo): the deployment is refused naming the start event and input.
     */
    @Test
    void aFormWithAnUnreadableFileLimitIsRefusedAtDeployment() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("sipa-bermedsos.bpmn", Files.readAllBytes(Path.of("processes/sipa-bermedsos.bpmn")));
        try (var forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(path -> path.getFileName().toString().startsWith("sipa-")).toList()) {
                files.put(form.getFileName().toString(), Files.readAllBytes(form));
            }
        }
        files.put("sipa-laporan.html", new String(files.get("sipa-laporan.html"), StandardCharsets.UTF_8)
                .replaceFirst("cam-max-filesize=\"5242880\"", "cam-max-filesize=\"5MB\"")
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> refused = ModelerDeployment.deploy(StaffClient.basic(port, "penyusun-sop", "demo"),
                "penyusun-sop", "demo", "sipa-bermedsos", files);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json(refused).get("message").asText()).startsWith("Deployment ditolak oleh pemeriksaan sopflow")
                .contains("sipa-bermedsos.bpmn: event_laporanMasuk: formulir \"sipa-laporan.html\", isian berkas "
                        + "«Foto 1» (foto1): cam-max-filesize=\"5MB\" bukan jumlah byte");
    }

    private static String paddedPng(int size) {
        return Base64.getEncoder().encodeToString(Arrays.copyOf(TestImages.png(), size));
    }

    @Test
    void theVerifierMustGiveAReasonForTidakAndCannotWriteOtherVariables() {
        String id = startValidReport();
        Task verification = task(id, SipaElements.VERIFIKASI_LAPORAN);
        StaffClient admin = StaffClient.basic(port, "admin-sipa", "demo");
        admin.post(REST + "/task/" + verification.getId() + "/claim", "{\"userId\": \"admin-sipa\"}");

        HttpResponse<String> noReason = admin.post(REST + "/task/" + verification.getId() + "/complete",
                "{\"variables\": {\"terverifikasi\": {\"value\": false}}}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(json(noReason).get("message").asText()).containsIgnoringCase("alasan");

        HttpResponse<String> wrongType = admin.post(REST + "/task/" + verification.getId() + "/submit-form",
                "{\"variables\": {\"terverifikasi\": {\"value\": \"Tidak\"}, \"kodePublik\": {\"value\": \"x\"}}}");
        assertRefused(wrongType, "Ya/Tidak", "«kodePublik»");

        HttpResponse<String> direct = admin.put(REST + "/task/" + verification.getId() + "/variables/desaId",
                "{\"value\": \"desa-lok-batu\"}");
        assertRefused(direct, "«desaId»");
        HttpResponse<String> instance = admin.put(REST + "/process-instance/" + id + "/variables/judul",
                "{\"value\": \"diubah\"}");
        assertRefused(instance, "«judul»");

        assertThat(task(id, SipaElements.VERIFIKASI_LAPORAN)).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(id, "desaId")).isEqualTo("desa-babayau");
        assertThat(engine.getRuntimeService().getVariable(id, "judul")).isEqualTo("Gotong royong RT 03");
    }

    @Test
    void anAnswerMustBeGivenAndFitTheFormsLimit() {
        String id = startValidReport();
        completeAsSystem(task(id, SipaElements.VERIFIKASI_LAPORAN), Map.of("terverifikasi", true));
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(id).activityId(SipaElements.UNGGAH_MEDSOS).singleResult().getId());
        completeAsSystem(task(id, SipaElements.UNGGAH_MANUAL),
                Map.of("tautanPublikasi", "https://www.facebook.com/desababayau/posts/1"));
        String code = (String) engine.getRuntimeService().getVariable(id, "kodePublik");
        HttpResponse<String> asked = StaffClient.basic(port, "admin-sipa", "demo")
                .post("/api/sipa/laporan/" + code + "/pertanyaan", "{\"isi\": \"Kapan selesai?\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        Task answer = task(id, SipaElements.TANGGAPI_PERTANYAAN);

        StaffClient desa = StaffClient.tasklistSession(port, "pemdes-babayau", "demo");
        String submit = StaffClient.WEBAPP_ENGINE_API + "/task/" + answer.getId() + "/submit-form";
        assertRefused(desa.post(submit, "{\"variables\": {\"tanggapan\": {\"value\": \"\"}}}"),
                "«Tanggapan» (tanggapan) wajib diisi");
        assertRefused(desa.post(submit, "{\"variables\": {}}"), "wajib diisi");
        assertRefused(desa.post(submit, "{\"variables\": {\"tanggapan\": {\"value\": \"" + "a".repeat(3000)
                + "\"}}}"), "paling banyak 2000 karakter");
        assertThat(task(id, SipaElements.TANGGAPI_PERTANYAAN)).isNotNull();

        HttpResponse<String> good = desa.post(submit, "{\"variables\": {\"tanggapan\": {\"value\": \"Desember.\"}}}");
        assertThat(good.statusCode()).as(good.body()).isEqualTo(204);
    }

    @Test
    void setwanOptionsAndDatesAreCheckedAsTheFormDeclaresThem() {
        long before = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("setwan-bapinanduan").count();
        HttpResponse<String> refused = StaffClient.basic(port, "staf-setwan", "demo").post(
                REST + "/process-definition/key/setwan-bapinanduan/submit-form", """
                        {"variables": {"judul": {"value": "Rapat paripurna"},
                                       "jenisKegiatan": {"value": "bukan-pilihan"},
                                       "tanggalKegiatan": {"value": "bukan tanggal"}}}""");
        assertRefused(refused, "(jenisKegiatan)", "bukan pilihan yang tersedia (dprd, sekretariat)",
                "tanggal dengan format TTTT-BB-HH");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("setwan-bapinanduan").count()).isEqualTo(before);
    }

    @Test
    void aYearOutsideTheFormsRangeIsRefused() {
        String kadis = engine.getIdentityService().createUserQuery().memberOfGroup("profil-kadis").list().get(0)
                .getId();
        HttpResponse<String> refused = StaffClient.basic(port, kadis, "demo").post(
                REST + "/process-definition/key/profil-desa-kelurahan/submit-form", """
                        {"variables": {"judulKegiatan": {"value": "Pemutakhiran"},
                                       "tahunData": {"value": 99999999},
                                       "agendaKerja": {"value": "Agenda"},
                                       "disposisiKadis": {"value": "Segera."}}}""");
        assertRefused(refused, "«Tahun data» (tahunData) paling besar 2100");
    }

    @Test
    void aRequiredFieldTheDiagramDeclaresIsRefusedEvenForAnAdministratorWithoutAStackTrace() {
        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4 notulen".getBytes());
        HttpResponse<String> started = StaffClient.basic(port, "ketua-ppid", "demo").post(
                REST + "/process-definition/key/ppid-penyebarluasan-informasi/start", """
                        {"variables": {"judul": {"value": "Musyawarah Kalurahan RKP 2027"},
                          "tanggalKegiatan": {"value": "2026-11-20"},
                          "ringkasan": {"value": "Musyawarah Kalurahan membahas RKP 2027."},
                          "disposisi": {"value": "Mohon disebarluaskan hari ini."},
                          "lampiran1": {"value": "%s", "type": "File",
                                        "valueInfo": {"filename": "notulen.pdf", "mimeType": "application/pdf"}}}}
                        """.formatted(pdf));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        Task instruction = task(json(started).get("id").asText(), "userTask_beriInstruksi");

        // The form contract does not hold administrators; the diagram's "isianWajib" (requiredFieldsCheck) does.
        HttpResponse<String> refused = StaffClient.basic(port, "admin", "admin").post(
                REST + "/task/" + instruction.getId() + "/complete",
                "{\"variables\": {\"instruksiSeksi\": {\"value\": \"  \"}}}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json(refused).get("message").asText()).isEqualTo("Instruksi kepada Admin Medsos wajib diisi.");
        assertThat(refused.body()).doesNotContain("\tat ", "Exception:");
        assertThat(task(json(started).get("id").asText(), "userTask_beriInstruksi")).isNotNull();
    }

    @Test
    void anAdministratorStillEditsVariablesLikeCockpitDoes() {
        String id = startValidReport();
        HttpResponse<String> edited = StaffClient.basic(port, "admin", "admin")
                .put(REST + "/process-instance/" + id + "/variables/judul", "{\"value\": \"Judul dibetulkan\"}");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(204);
        assertThat(engine.getRuntimeService().getVariable(id, "judul")).isEqualTo("Judul dibetulkan");
    }

    private String startValidReport() {
        HttpResponse<String> started = StaffClient.basic(port, "pemdes-babayau", "demo")
                .post(REST + "/process-definition/key/sipa-bermedsos/start", sipaReport(""));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return json(started).get("id").asText();
    }

    private Task task(String instanceId, String activityId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey(activityId).singleResult();
    }

    private void completeAsSystem(Task task, Map<String, Object> variables) {
        engine.getTaskService().complete(task.getId(), variables);
    }

    static void assertRefused(HttpResponse<String> response, String... named) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        String message = json(response).get("message").asText();
        assertThat(message).startsWith("Isian ditolak").contains(named);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

}
