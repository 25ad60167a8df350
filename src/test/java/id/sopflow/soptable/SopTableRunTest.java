package id.sopflow.soptable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import id.sopflow.caseheader.CaseHeader;
import id.sopflow.identity.OrganisationModel;
import id.sopflow.identity.OrganisationModel.Actor;
import id.sopflow.mutubaku.LateStep;
import id.sopflow.mutubaku.LateStepRepository;
import id.sopflow.security.StaffClient;
import id.sopflow.tasklist.TasklistBrowser;
import id.sopflow.testkit.ModelerDeployment;
import id.sopflow.testkit.TestKit;
import id.sopflow.verification.ReviewHistory;

/**
 * A SOP table runs end to end without Java: generated, deployed as a process owner deploys from Modeler (so
 * sopflow's deployment checks run), and every step worked through its generated form by a user of the step's actor
 * group over sopflow's REST API, along every Ya and every Tidak of every decision. Along the way: a step's timer fired
 * under a fixed clock marks the step late for the supervisor, with the case's unit and title; the server refuses what
 * the forms refuse (an unticked kelengkapan, a Tidak without a reason); a rework step shows why it came back.
 *
 * <p>Table-driven: {@link #TABLES} lists the tables; the organisation file of this context is the packaged one plus
 * each table's generated {@code sops:} entry and one user per new actor group, as an administrator adds them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SopTableRunTest {

    /** The tables that must run; add a table here to run it the same way. */
    static final List<SopTable> TABLES = List.of(SuratKeteranganTable.table(), SopGeneratorTest.complaintTable(),
            table("surat-keterangan-domisili.csv"), table("pengaduan-masyarakat.csv"),
            generatedCopy("sipa-bermedsos"), generatedCopy("ppid-penyebarluasan-informasi"),
            generatedCopy("setwan-bapinanduan"), generatedCopy("profil-desa-kelurahan"));

    /**
     * A seed SOP's table generated beside its hand-drawn diagram, under a key and groups of its own (a group belongs
     * to one SOP of the organisation file, and the hand-drawn process keeps its key and its SOP's Java steps); the
     * harness adds its organisation entry and a user per group. Profil's Pokja works per kampung on a case the Kadis
     * starts for the whole organisation: its rows 8–10 run as one called case per chosen kampung ({@link UnitPart}).
     */
    static SopTable generatedCopy(String processKey) {
        SopTable seed = table(processKey + ".csv");
        SopTable.Header h = seed.header();
        java.util.function.UnaryOperator<String> copy = group -> group + "-t";
        return new SopTable(new SopTable.Header(processKey + "-dari-tabel", h.name() + " (dari tabel)", h.nomor(),
                h.tanggalPembuatan(), h.tanggalRevisi(), h.tanggalEfektif(), h.disahkanOleh(), h.dasarHukum(),
                h.kualifikasiPelaksana(), h.keterkaitan(), h.peralatan(), h.peringatan(), h.pencatatan(),
                h.organisation(), copy.apply(h.supervisor())),
                seed.actors().stream().map(a -> new Actor(copy.apply(a.group()), a.name(), a.starts(), a.perUnit()))
                        .toList(),
                seed.rows().stream().map(r -> new SopTable.Row(r.number(), r.kegiatan(), copy.apply(r.actor()),
                        r.kelengkapan(), r.waktu(), r.output(), r.keterangan(), r.next(), r.decision())).toList());
    }

    /**
     * What the repository holds for a table whose SOP is committed as a running process ({@code processes/<key>.bpmn}
     * and its {@code forms/}, as the sop-tabel command wrote them): those files, so the walk proves what runs; else
     * the table's generated files.
     */
    static GeneratedSop committedOrGenerated(SopTable table) throws IOException {
        GeneratedSop generated = SopGenerator.generate(table);
        String key = table.header().processKey();
        Path diagram = Path.of("processes", key + ".bpmn");
        if (!Files.exists(diagram) || !Files.readString(diagram).contains("exporter=\"sopflow sop-tabel\"")) {
            return generated;
        }
        Map<String, String> forms = new LinkedHashMap<>();
        for (String name : generated.forms().keySet()) {
            forms.put(name, Files.readString(Path.of("forms", name)));
        }
        Map<String, String> called = new LinkedHashMap<>();
        for (String calledKey : generated.calledProcesses().keySet()) {
            called.put(calledKey, Files.readString(Path.of("processes", calledKey + ".bpmn")));
        }
        return new GeneratedSop(key, Files.readString(diagram), called, forms, generated.organisationEntry(),
                generated.sop());
    }

    /** The users who work each group's steps: the organisation file's own demo users, else one added per group. */
    private static final Map<String, String> USERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A real SOP of the repository's {@code sop-tabel/}, as a process owner writes it. */
    static SopTable table(String file) {
        try {
            return SopTableReader.read(Path.of("sop-tabel", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String PASSWORD = "demo";
    /** A Monday 09:00 WITA: inside working hours, so due dates and timers fall on working time. */
    private static final Instant MONDAY_0900 = Instant.parse("2026-03-02T01:00:00Z");
    private static final int MAX_STEPS = 60;
    private static final int MAX_CASES = 20;
    /** A generated step's output file limit (the form's cam-max-filesize): 10 MB of 1,024 × 1,024 bytes. */
    private static final int TEN_MB = 10 * 1024 * 1024;

    @RegisterExtension
    final TestKit kit = new TestKit();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    LateStepRepository lateSteps;

    @DynamicPropertySource
    static void organisationFile(DynamicPropertyRegistry registry) throws IOException {
        Path file = organisationFileWith(TABLES);
        registry.add("sopflow.identity.seed-file", () -> "file:" + file.toAbsolutePath());
    }

    static Stream<SopTable> tables() {
        return TABLES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void everyYaAndEveryTidakIsWalkedByTheActorsUsers(SopTable table) throws IOException {
        GeneratedSop sop = committedOrGenerated(table);
        deploy(sop);
        Run run = new Run(table, sop);

        // Which decisions answer Tidak (the first time they are reached): start with none, then one more for every
        // Tidak not walked yet, until every reachable Ya and Tidak has been walked.
        Deque<Set<Integer>> policies = new ArrayDeque<>(List.of(Set.of()));
        Set<Set<Integer>> tried = new HashSet<>();
        while (!policies.isEmpty() && tried.size() < MAX_CASES) {
            Set<Integer> policy = policies.pop();
            if (!tried.add(policy)) {
                continue;
            }
            Set<Integer> reached = run.walk(policy, tried.size() == 1);
            for (int decision : reached) {
                if (!run.walked.contains(decision + " Tidak")) {
                    Set<Integer> next = new TreeSet<>(policy);
                    next.add(decision);
                    policies.add(next);
                }
            }
        }

        List<String> expected = new ArrayList<>();
        table.rows().stream().filter(SopTable.Row::isDecision).forEach(row -> {
            expected.add(row.number() + " Ya");
            expected.add(row.number() + " Tidak");
        });
        assertThat(run.walked).as("keputusan yang dilalui").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(run.lateMarked).as("langkah terlambat tercatat").isTrue();
        assertThat(run.refusalsSeen).as("isian yang ditolak server").containsExactlyInAnyOrder("kelengkapan", "alasan");

        // The supervisor's compliance report counts the generated SOP's steps like any other SOP's.
        String firstStep = run.rowOfTask.entrySet().stream().filter(entry -> entry.getValue() == 1)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        HttpResponse<String> report = client(userOf(table.header().supervisor()))
                .get("/api/mutu-baku/kepatuhan?sop=" + table.header().processKey());
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonNode step = null;
        for (JsonNode row : JSON.readTree(report.body())) {
            if (row.path("langkahId").asText().equals(firstStep)) {
                step = row;
            }
        }
        assertThat(step).as("baris 1 di laporan kepatuhan: " + report.body()).isNotNull();
        assertThat(step.path("selesai").asInt()).isGreaterThanOrEqualTo(1);
    }

    /**
     * The generated decision form of a row with an output in the real Tasklist (an embedded form, for the output's
     * file): the kelengkapan ticked, Tidak chosen, the reason typed, a file picked; the case goes to the fix step with
     * a Boolean decision and the reason recorded, and keeps the file as the step's output file.
     */
    @Test
    void aReviewerAnswersTidakWithAReasonAndAttachesTheOutputFileInTasklist() throws IOException {
        SopTable table = SuratKeteranganTable.table();
        GeneratedSop sop = SopGenerator.generate(table);
        deploy(sop);
        Run run = new Run(table, sop);
        kit.clockAt(MONDAY_0900);
        String starter = userOf("sk-pemerintah-desa");
        HttpResponse<String> started = client(starter).post("/engine-rest/process-definition/key/"
                + table.header().processKey() + "/submit-form",
                "{\"variables\": {\"judul\": {\"value\": \"Surat keterangan usaha Budi\", \"type\": \"String\"}}}");
        String caseId = JSON.readTree(started.body()).path("id").asText();
        Task first = engine.getTaskService().createTaskQuery().processInstanceId(caseId).singleResult();
        client(starter).post("/engine-rest/task/" + first.getId() + "/claim", "{\"userId\": \"" + starter + "\"}");
        JsonNode firstForm = run.form(run.formOfRow(1));
        assertThat(client(starter).post("/engine-rest/task/" + first.getId() + "/submit-form",
                run.fill(firstForm, null, null, false)).statusCode()).isEqualTo(204);
        Task review = engine.getTaskService().createTaskQuery().processInstanceId(caseId).singleResult();
        Path note = Files.createTempFile("catatan-kekurangan", ".pdf");
        Files.write(note, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        TasklistBrowser browser = kit.browser();
        browser.logIn(userOf("sk-admin"), PASSWORD);
        browser.driver().get(kit.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + review.getId());
        browser.click(By.cssSelector("button.claim"));
        By form = By.cssSelector("form[name='periksaKelengkapanBerkasPermohonan']");
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(form, "Surat keterangan usaha Budi"));
        assertThat(browser.visible(form).getText()).contains("Baris 2: Periksa kelengkapan berkas permohonan",
                "Unggah berkas output (tidak wajib)", "(belum ada)");
        browser.click(By.id("kelengkapan1"));
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id("keputusan"))).selectByVisibleText("Tidak");
        browser.visible(By.id("alasan")).sendKeys("Surat pengantar belum distempel.");
        browser.driver().findElement(By.id("berkasOutput")).sendKeys(note.toAbsolutePath().toString());
        browser.saveEvidence("SopTableRunTest-keputusanTidakDenganBerkas");
        browser.click(By.cssSelector("button[ng-click='complete()']"));

        browser.await().until(driver -> engine.getTaskService().createTaskQuery().processInstanceId(caseId)
                .taskDefinitionKey("userTask_lengkapiBerkasPermohonan").count() == 1);
        assertThat(engine.getRuntimeService().getVariable(caseId, "berkasLengkap")).isEqualTo(false);
        assertThat(engine.getRuntimeService().getVariable(caseId, "alasanBerkasLengkap"))
                .isEqualTo("Surat pengantar belum distempel.");
        org.camunda.bpm.engine.variable.value.FileValue kept = engine.getRuntimeService()
                .getVariableTyped(caseId, "periksaKelengkapanBerkasPermohonanBerkas");
        assertThat(kept.getFilename()).isEqualTo(note.getFileName().toString());
        assertThat(kept.getValue().readAllBytes()).isEqualTo(Files.readAllBytes(note));
        assertThat(engine.getRuntimeService().getVariables(caseId)).doesNotContainKey("periksaKelengkapanBerkasPermohonanBerkasBaru");
    }

    /**
     * The output's file through the REST API (issue 19): the form contract accepts exactly the declared file input
     * and refuses the kept slot and any other variable; the file is kept with the case under the step's name, and a
     * later round's file replaces it. A file over the input's 10 MB is refused on the server too, keeping the earlier
     * round's file.
     */
    @Test
    void aStepAcceptsItsDeclaredOutputFileAndRefusesAnUndeclaredVariable() throws IOException {
        SopTable table = SuratKeteranganTable.table();
        GeneratedSop sop = SopGenerator.generate(table);
        deploy(sop);
        Run run = new Run(table, sop);
        kit.clockAt(MONDAY_0900);
        String starter = userOf("sk-pemerintah-desa");
        HttpResponse<String> started = client(starter).post("/engine-rest/process-definition/key/"
                + table.header().processKey() + "/submit-form",
                "{\"variables\": {\"judul\": {\"value\": \"Surat keterangan berkas\", \"type\": \"String\"}}}");
        String caseId = JSON.readTree(started.body()).path("id").asText();
        Task first = engine.getTaskService().createTaskQuery().processInstanceId(caseId).singleResult();
        StaffClient desa = client(starter);
        desa.post("/engine-rest/task/" + first.getId() + "/claim", "{\"userId\": \"" + starter + "\"}");
        String filled = run.fill(run.form(run.formOfRow(1)), null, null, false);

        HttpResponse<String> slot = desa.post("/engine-rest/task/" + first.getId() + "/submit-form",
                withFile(filled, "ajukanPermohonanSuratKeteranganBerkas", "permohonan.pdf"));
        assertThat(slot.statusCode()).as(slot.body()).isEqualTo(400);
        assertThat(slot.body()).contains("«ajukanPermohonanSuratKeteranganBerkas» tidak ada di formulir ini");
        HttpResponse<String> other = desa.post("/engine-rest/task/" + first.getId() + "/submit-form",
                withFile(filled, "lampiranBaru1", "permohonan.pdf"));
        assertThat(other.statusCode()).as(other.body()).isEqualTo(400);
        assertThat(other.body()).contains("«lampiranBaru1» tidak ada di formulir ini");
        assertThat(engine.getTaskService().createTaskQuery().taskId(first.getId()).count()).isOne();

        HttpResponse<String> done = desa.post("/engine-rest/task/" + first.getId() + "/submit-form",
                withFile(filled, "ajukanPermohonanSuratKeteranganBerkasBaru", "permohonan.pdf"));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(keptFile(caseId, "ajukanPermohonanSuratKeteranganBerkas")).isEqualTo("permohonan.pdf");
        assertThat(engine.getRuntimeService().getVariables(caseId))
                .doesNotContainKey("ajukanPermohonanSuratKeteranganBerkasBaru");

        // Row 2 twice (Tidak, then Ya after the fix): the second round's file replaces the first.
        for (String round : List.of("catatan-kekurangan.pdf", "berkas-lengkap.pdf")) {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(caseId).singleResult();
            int row = run.rowOfTask.get(task.getTaskDefinitionKey());
            String worker = userOf(table.row(row).actor());
            client(worker).post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\": \"" + worker + "\"}");
            boolean tidak = round.startsWith("catatan");
            String body = run.fill(run.form(run.formOfTask.get(task.getTaskDefinitionKey())), row == 2 ? !tidak : null,
                    "Stempel belum ada", false);
            if (row == 2) {
                body = withFile(body, "periksaKelengkapanBerkasPermohonanBerkasBaru", round);
            }
            if (row == 2 && !tidak) {
                // Sent past the browser: one byte over the form's cam-max-filesize (10 MB) is refused and the step
                // stays as it was, with round 1's file kept; exactly 10 MB is taken.
                HttpResponse<String> tooLarge = client(worker).post("/engine-rest/task/" + task.getId()
                        + "/submit-form", withFile(body, "periksaKelengkapanBerkasPermohonanBerkasBaru", "besar.pdf",
                        TEN_MB + 1));
                assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(400);
                assertThat(JSON.readTree(tooLarge.body()).path("message").asText()).isEqualTo("Isian ditolak, tidak "
                        + "ada yang disimpan. «Unggah berkas output» (periksaKelengkapanBerkasPermohonanBerkasBaru) "
                        + "(\"besar.pdf\") berukuran 10,1 MB; paling besar 10 MB.");
                assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
                assertThat(keptFile(caseId, "periksaKelengkapanBerkasPermohonanBerkas"))
                        .isEqualTo("catatan-kekurangan.pdf");
                body = withFile(body, "periksaKelengkapanBerkasPermohonanBerkasBaru", round, TEN_MB);
            }
            HttpResponse<String> submitted = client(worker).post("/engine-rest/task/" + task.getId() + "/submit-form",
                    body);
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
            if (row == 2) {
                assertThat(keptFile(caseId, "periksaKelengkapanBerkasPermohonanBerkas")).isEqualTo(round);
            }
            if (row == 2 && !tidak) {
                org.camunda.bpm.engine.variable.value.FileValue kept = engine.getRuntimeService()
                        .getVariableTyped(caseId, "periksaKelengkapanBerkasPermohonanBerkas");
                assertThat(kept.getValue().readAllBytes()).hasSize(TEN_MB);
            }
            if (tidak) {
                Task fix = engine.getTaskService().createTaskQuery().processInstanceId(caseId).singleResult();
                String fixer = userOf(table.row(run.rowOfTask.get(fix.getTaskDefinitionKey())).actor());
                client(fixer).post("/engine-rest/task/" + fix.getId() + "/claim", "{\"userId\": \"" + fixer + "\"}");
                assertThat(client(fixer).post("/engine-rest/task/" + fix.getId() + "/submit-form",
                        run.fill(run.form(run.formOfTask.get(fix.getTaskDefinitionKey())), null, null, false))
                        .statusCode()).isEqualTo(204);
                // The fix step wrote no file of row 2: row 2's file is still there.
                assertThat(keptFile(caseId, "periksaKelengkapanBerkasPermohonanBerkas")).isEqualTo(round);
            }
        }
    }

    private static String withFile(String body, String variable, String filename) throws IOException {
        return withFile(body, variable, filename, 0);
    }

    /** As above, the file padded to {@code size} bytes (0: as short as it is). */
    private static String withFile(String body, String variable, String filename, int size) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(body);
        ObjectNode file = ((ObjectNode) root.path("variables")).putObject(variable);
        byte[] content = ("%PDF-1.4 " + filename).getBytes(StandardCharsets.US_ASCII);
        file.put("value", java.util.Base64.getEncoder().encodeToString(size == 0 ? content
                : java.util.Arrays.copyOf(content, size)));
        file.put("type", "File");
        file.putObject("valueInfo").put("filename", filename).put("mimeType", "application/pdf");
        return JSON.writeValueAsString(root);
    }

    private String keptFile(String caseId, String variable) {
        org.camunda.bpm.engine.variable.value.FileValue file = engine.getRuntimeService().getVariableTyped(caseId,
                variable);
        return file == null ? null : file.getFilename();
    }

    /**
     * The desa/unit checklist of a per-unit part in the real Tasklist (form-js 1.8.7, FEEL valuesExpression over the
     * text of the organisation's units): the Kasi of the generated Profil sees the dinas's kampung/kelurahan, ticks
     * one, and one per-unit case starts in that kampung's tenant. A kampung of another organisation sent past the form
     * is refused by the server.
     */
    @Test
    void theKasiChoosesTheKampungFromTheOrganisationsListInTasklist() throws IOException {
        SopTable table = TABLES.stream().filter(t -> t.header().processKey().equals("profil-desa-kelurahan-dari-tabel"))
                .findFirst().orElseThrow();
        GeneratedSop sop = SopGenerator.generate(table);
        deploy(sop);
        Run run = new Run(table, sop);
        kit.clockAt(MONDAY_0900);
        String kadis = userOf("profil-kadis-t");
        HttpResponse<String> started = client(kadis).post("/engine-rest/process-definition/key/"
                + table.header().processKey() + "/submit-form",
                "{\"variables\": {\"judul\": {\"value\": \"Pendataan profil 2026\", \"type\": \"String\"}}}");
        String caseId = JSON.readTree(started.body()).path("id").asText();
        Task choice = null;
        for (int step = 0; step < 10 && choice == null; step++) {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(caseId).singleResult();
            String worker = userOf(table.row(run.rowOfTask.get(task.getTaskDefinitionKey())).actor());
            client(worker).post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\": \"" + worker + "\"}");
            JsonNode form = run.form(run.formOfTask.get(task.getTaskDefinitionKey()));
            if (form.toString().contains("\"checklist\"")) {
                choice = task;
            } else {
                assertThat(client(worker).post("/engine-rest/task/" + task.getId() + "/submit-form",
                        run.fill(form, true, null, false, task)).statusCode()).isEqualTo(204);
            }
        }
        assertThat(choice).as("langkah memilih kampung").isNotNull();
        String kasi = userOf("profil-kasi-t");
        String tampered = run.fill(run.form(run.formOfTask.get(choice.getTaskDefinitionKey())),
                null, null, false, choice).replaceAll("\\[\\\\\"[a-z-]+\\\\\"\\]", "[\\\\\"desa-babayau\\\\\"]");
        HttpResponse<String> refused = client(kasi).post("/engine-rest/task/" + choice.getId() + "/submit-form",
                tampered);
        assertThat(refused.statusCode()).as(tampered).isEqualTo(400);
        assertThat(refused.body()).contains("desa-babayau tidak ada di daftar organisasi ini");

        TasklistBrowser browser = kit.browser();
        browser.logIn(kasi, PASSWORD);
        browser.driver().get(kit.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + choice.getId());
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"),
                "Kampung Mekar Jaya (contoh)"));
        assertThat(browser.visible(By.cssSelector(".fjs-form")).getText()).contains("Kampung Sukamaju (contoh)",
                "Kelurahan Sido Mulyo (contoh)").doesNotContain("Desa Babayau");
        browser.click(By.cssSelector(".fjs-form [id$='-field_kelengkapan1']"));
        browser.click(By.xpath("//*[contains(@class,'fjs-form')]//label[contains(., 'Kampung Mekar Jaya')]"));
        browser.saveEvidence("SopTableRunTest-pilihKampung");
        browser.click(By.cssSelector("button[ng-click='complete()']"));

        browser.await().until(driver -> engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(caseId).count() == 1);
        org.camunda.bpm.engine.runtime.ProcessInstance perUnit = engine.getRuntimeService()
                .createProcessInstanceQuery().superProcessInstanceId(caseId).singleResult();
        assertThat(perUnit.getTenantId()).isEqualTo("kampung-mekar-jaya");
        assertThat(engine.getRuntimeService().getVariable(caseId, UnitChoice.CHOSEN)).isEqualTo("kampung-mekar-jaya");
    }

    /** One table's cases: who works which step, what the forms ask, what has been walked. */
    private final class Run {

        final SopTable table;
        final GeneratedSop sop;
        final List<BpmnModelInstance> models = new ArrayList<>();
        final Set<String> walked = new LinkedHashSet<>();
        final Set<String> refusalsSeen = new LinkedHashSet<>();
        boolean lateMarked;
        private final Map<String, Integer> rowOfTask = new LinkedHashMap<>();
        private final Map<String, String> formOfTask = new LinkedHashMap<>();

        Run(SopTable table, GeneratedSop sop) {
            this.table = table;
            this.sop = sop;
            for (String bpmn : sop.diagrams().values()) {
                models.add(Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8))));
            }
            for (BpmnModelInstance model : models) {
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    // A row with an output has an embedded form (its optional file), the others a Camunda Form.
                    String form = task.getCamundaFormRef() != null ? task.getCamundaFormRef() + ".form"
                            : task.getCamundaFormKey().substring("embedded:deployment:".length());
                    String id = form.substring(0, form.lastIndexOf('.'));
                    rowOfTask.put(task.getId(), Integer.valueOf(id.substring(id.lastIndexOf('-') + 1)));
                    formOfTask.put(task.getId(), form);
                }
            }
        }

        /**
         * One case from start to end. A decision in {@code tidak} answers Tidak the first time it is reached and Ya
         * after that; all others answer Ya.
         *
         * @return the decisions the case reached
         */
        Set<Integer> walk(Set<Integer> tidak, boolean firstCase) throws IOException {
            kit.clockAt(MONDAY_0900);
            Actor starter = table.actors().stream().filter(Actor::starts).findFirst().orElseThrow();
            String judul = "Uji " + table.header().processKey() + " " + tidak;
            HttpResponse<String> started = client(userOf(starter.group())).post("/engine-rest/process-definition/key/"
                    + table.header().processKey() + "/submit-form", "{\"variables\": {\"judul\": {\"value\": "
                    + JSON.writeValueAsString(judul) + ", \"type\": \"String\"}}}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
            String caseId = JSON.readTree(started.body()).path("id").asText();

            Set<Integer> answeredTidak = new HashSet<>();
            Set<Integer> reached = new LinkedHashSet<>();
            String lastReason = null;
            for (int step = 0; step < MAX_STEPS; step++) {
                List<Task> open = openTasks(caseId);
                if (open.isEmpty() && finishUnitParts(caseId)) {
                    open = openTasks(caseId);
                }
                if (open.isEmpty()) {
                    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(caseId)
                            .count()).as("kasus selesai").isZero();
                    return reached;
                }
                Task task = open.get(0);
                int rowNumber = rowOfTask.get(task.getTaskDefinitionKey());
                SopTable.Row row = table.row(rowNumber);
                Map<String, Object> local = engine.getTaskService().getVariablesLocal(task.getId());
                assertThat(CaseHeader.JUDUL.from(local).orElse(null)).as("judul kasus di kartu Tasklist").isEqualTo(judul);
                assertThat(CaseHeader.UNIT.from(local).orElse(null)).as("desa kasus di kartu Tasklist").isNotBlank();
                if (lastReason != null) {
                    // The step a Tidak leads to shows who refused and why.
                    assertThat(ReviewHistory.LAST_ROUND.from(local).orElse(null)).as("alasan putaran sebelumnya")
                            .contains(lastReason);
                    lastReason = null;
                }
                if (firstCase && !lateMarked) {
                    markLate(caseId, task, CaseHeader.UNIT.from(local).orElse(null));
                }

                // People take a while per step: rounds decided at one instant would have no order.
                kit.clockAt(kit.now().plusSeconds(300));
                String worker = userOf(row.actor());
                StaffClient client = client(worker);
                HttpResponse<String> claimed = client.post("/engine-rest/task/" + task.getId() + "/claim",
                        "{\"userId\": \"" + worker + "\"}");
                assertThat(claimed.statusCode()).as(worker + " mengambil " + task.getName() + ": " + claimed.body())
                        .isEqualTo(204);
                Boolean answer = null;
                if (row.isDecision()) {
                    reached.add(rowNumber);
                    answer = !(tidak.contains(rowNumber) && answeredTidak.add(rowNumber));
                }
                JsonNode form = form(formOfTask.get(task.getTaskDefinitionKey()));
                String reason = "Alasan uji baris " + rowNumber + " putaran " + step;
                if (!refusalsSeen.contains("kelengkapan") && !row.kelengkapan().isEmpty()) {
                    expectRefused(client, task, fill(form, answer, reason, true, task), "wajib dicentang");
                    refusalsSeen.add("kelengkapan");
                }
                if (!refusalsSeen.contains("alasan") && Boolean.FALSE.equals(answer)) {
                    expectRefused(client, task, fill(form, answer, null, false, task), "Alasan penolakan wajib diisi");
                    refusalsSeen.add("alasan");
                }
                HttpResponse<String> done = client.post("/engine-rest/task/" + task.getId() + "/submit-form",
                        fill(form, answer, reason, false, task));
                assertThat(done.statusCode()).as(worker + " menyelesaikan " + task.getName() + ": " + done.body())
                        .isEqualTo(204);
                if (answer != null) {
                    walked.add(rowNumber + (answer ? " Ya" : " Tidak"));
                    lastReason = answer ? null : reason;
                }
            }
            throw new AssertionError("kasus " + caseId + " tidak selesai dalam " + MAX_STEPS + " langkah");
        }

        /** The open tasks of the case and of the per-unit cases it called. */
        private List<Task> openTasks(String caseId) {
            List<String> ids = new ArrayList<>(List.of(caseId));
            engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caseId).list()
                    .forEach(called -> ids.add(called.getId()));
            return engine.getTaskService().createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new))
                    .orderByTaskCreateTime().asc().list();
        }

        /**
         * A per-unit case that ended leaves a job (asynchronous after each instance) that the job executor would run:
         * the test runs it.
         *
         * @return whether there was one
         */
        private boolean finishUnitParts(String caseId) {
            List<org.camunda.bpm.engine.runtime.Job> jobs = engine.getManagementService().createJobQuery()
                    .processInstanceId(caseId).messages().list();
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
            return !jobs.isEmpty();
        }

        /** The step's timer fires under the fixed clock: the step is recorded late and the supervisor sees it. */
        private void markLate(String caseId, Task task, String unit) throws IOException {
            String timerId = models.stream().flatMap(model -> model.getModelElementsByType(
                    org.camunda.bpm.model.bpmn.instance.BoundaryEvent.class).stream())
                    .filter(event -> event.getAttachedTo().getId().equals(task.getTaskDefinitionKey()))
                    .findFirst().orElseThrow().getId();
            kit.fireTimer(caseId, timerId);
            List<LateStep> recorded = lateSteps.ofProcessInstance(caseId);
            assertThat(recorded).extracting(LateStep::stepId).containsExactly(task.getTaskDefinitionKey());
            JsonNode late = JSON.readTree(client(userOf(table.header().supervisor())).get("/api/mutu-baku/terlambat")
                    .body());
            JsonNode row = null;
            for (JsonNode candidate : late) {
                if (candidate.path("prosesId").asText().equals(caseId)) {
                    row = candidate;
                }
            }
            assertThat(row).as("langkah terlambat di tampilan pengawas: " + late).isNotNull();
            assertThat(row.path("langkahId").asText()).isEqualTo(task.getTaskDefinitionKey());
            assertThat(row.path("sopNama").asText()).isEqualTo(table.header().name());
            assertThat(row.path("desa").asText()).isEqualTo(unit);
            lateMarked = true;
        }

        /** What a user types into the generated form; {@code untick} leaves the first kelengkapan unticked. */
        /** The form file of a row (its task's form). */
        String formOfRow(int row) {
            return rowOfTask.entrySet().stream().filter(entry -> entry.getValue() == row)
                    .map(entry -> formOfTask.get(entry.getKey())).findFirst().orElseThrow();
        }

        /**
         * A form's fields as form-js components ({@code key}, {@code type}; the reason with a {@code conditional}),
         * whether it is a Camunda Form or an embedded form; an embedded form's file input is left untouched.
         */
        JsonNode form(String name) throws IOException {
            String content = sop.forms().get(name);
            if (name.endsWith(".form")) {
                return JSON.readTree(content);
            }
            ObjectNode form = JSON.createObjectNode();
            ArrayNode components = form.putArray("components");
            for (org.jsoup.nodes.Element input : org.jsoup.Jsoup.parse(content).select("[cam-variable-name]")) {
                String key = input.attr("cam-variable-name");
                if (input.tagName().equals("input") && input.attr("type").equals("checkbox")) {
                    components.addObject().put("key", key).put("type", "checkbox");
                } else if (input.tagName().equals("select")) {
                    components.addObject().put("key", key).put("type", "radio");
                } else if (input.tagName().equals("textarea")) {
                    ObjectNode text = components.addObject().put("key", key).put("type", "textarea");
                    if (input.id().equals("alasan")) {
                        text.putObject("conditional");
                    }
                }
            }
            return form;
        }

        String fill(JsonNode form, Boolean answer, String reason, boolean untick) throws IOException {
            return fill(form, answer, reason, untick, null);
        }

        /** As above; {@code task} offers the desa/units of a checklist (the first one is chosen). */
        String fill(JsonNode form, Boolean answer, String reason, boolean untick, Task task) throws IOException {
            ObjectNode variables = JSON.createObjectNode();
            boolean unticked = false;
            for (JsonNode component : form.path("components")) {
                String key = component.path("key").asText("");
                if (key.isEmpty() || component.path("readonly").asBoolean(false)) {
                    continue;
                }
                switch (component.path("type").asText()) {
                    case "checkbox" -> {
                        boolean tick = !(untick && !unticked);
                        unticked |= !tick;
                        typed(variables, key, JSON.getNodeFactory().booleanNode(tick), "Boolean");
                    }
                    case "radio" -> typed(variables, key, JSON.getNodeFactory().booleanNode(answer), "Boolean");
                    case "checklist" -> {
                        // What Tasklist sends for a checklist whose variable exists as a String: the JSON text.
                        String options = (String) engine.getTaskService().getVariable(task.getId(),
                                UnitChoice.OPTIONS);
                        String firstUnit = options.split(";")[0].split("=")[0];
                        typed(variables, key, JSON.getNodeFactory().textNode("[\"" + firstUnit + "\"]"), "String");
                    }
                    case "textarea" -> {
                        boolean isReason = component.has("conditional");
                        if (!isReason) {
                            typed(variables, key, JSON.getNodeFactory().textNode("Catatan uji"), "String");
                        } else if (Boolean.FALSE.equals(answer) && reason != null) {
                            typed(variables, key, JSON.getNodeFactory().textNode(reason), "String");
                        }
                    }
                    default -> {
                    }
                }
            }
            ObjectNode body = JSON.createObjectNode();
            body.set("variables", variables);
            return JSON.writeValueAsString(body);
        }

        private void typed(ObjectNode variables, String key, JsonNode value, String type) {
            ObjectNode variable = variables.putObject(key);
            variable.set("value", value);
            variable.put("type", type);
        }

        private void expectRefused(StaffClient client, Task task, String body, String message) {
            HttpResponse<String> refused = client.post("/engine-rest/task/" + task.getId() + "/submit-form", body);
            assertThat(refused.statusCode()).as(refused.body()).isNotEqualTo(204);
            assertThat(refused.body()).contains(message);
            assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
        }
    }

    private void deploy(GeneratedSop sop) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        sop.diagrams().forEach((name, bpmn) -> files.put(name, bpmn.getBytes(StandardCharsets.UTF_8)));
        sop.forms().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(form -> files.put(form.getKey(), form.getValue().getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> deployed = ModelerDeployment.deploy(StaffClient.basic(port, "penyusun-sop", PASSWORD),
                "penyusun-sop", PASSWORD, sop.processKey(), files);
        assertThat(deployed.statusCode()).as("deploy " + sop.processKey() + ": " + deployed.body()).isEqualTo(200);
    }

    private StaffClient client(String user) {
        return StaffClient.basic(port, user, PASSWORD);
    }

    /** The user this test adds for an actor group (see {@link #organisationFileWith}). */
    static String userOf(String group) {
        return USERS.getOrDefault(group, group + "-uji");
    }

    /**
     * The packaged organisation file plus, per table, its generated {@code sops:} entry and one user per actor group
     * (in the organisation's first desa for a per-desa actor; the supervisor's user also in {@code pengawas}).
     */
    static Path organisationFileWith(List<SopTable> tables) throws IOException {
        ObjectNode root;
        try (var in = SopTableRunTest.class.getResourceAsStream("/sopflow/organisasi.yaml")) {
            root = (ObjectNode) YAML.readTree(in);
        }
        OrganisationModel packaged = YAML.treeToValue(root, OrganisationModel.class);
        ArrayNode sops = (ArrayNode) root.withArray("sops");
        ArrayNode users = (ArrayNode) root.withArray("demoUsers");
        for (OrganisationModel.DemoUser user : packaged.demoUsers()) {
            user.groups().forEach(group -> USERS.putIfAbsent(group, user.id()));
        }
        for (SopTable table : tables) {
            GeneratedSop sop = SopGenerator.generate(table);
            if (packaged.sops().stream().anyMatch(known -> known.processKey().equals(table.header().processKey()))) {
                continue; // already in the organisation file, with its demo users
            }
            String entry = sop.organisationEntry().replaceFirst("(?m)^  - ", "- ").replaceAll("(?m)^    ", "  ");
            YAML.readTree(entry).forEach(sops::add);
            String firstUnit = packaged.organisations().stream()
                    .filter(organisation -> organisation.id().equals(table.header().organisation())).findFirst()
                    .orElseThrow().units().stream().map(unit -> unit.id()).findFirst().orElse(null);
            for (Actor actor : sop.groupsMissingFrom(packaged)) {
                ObjectNode user = users.addObject();
                user.put("id", userOf(actor.group()));
                user.put("firstName", actor.name());
                user.put("lastName", "(uji)");
                user.putArray("organisations").add(table.header().organisation());
                if (actor.perUnit()) {
                    user.put("unit", firstUnit);
                }
                ArrayNode groups = user.putArray("groups").add(actor.group());
                if (actor.group().equals(table.header().supervisor())) {
                    groups.add("pengawas");
                }
            }
        }
        Path file = Files.createTempFile("organisasi-sop-tabel", ".yaml");
        file.toFile().deleteOnExit();
        try {
            YAML.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
