package id.sopflow.sop.sipa;

import static id.sopflow.sop.sipa.SipaVariables.ALASAN_PENOLAKAN;
import static id.sopflow.sop.sipa.SipaVariables.ANGGARAN;
import static id.sopflow.sop.sipa.SipaVariables.DESA;
import static id.sopflow.sop.sipa.SipaVariables.DESA_ID;
import static id.sopflow.sop.sipa.SipaVariables.JENIS_LAPORAN;
import static id.sopflow.sop.sipa.SipaVariables.JUDUL;
import static id.sopflow.sop.sipa.SipaVariables.KODE_PUBLIK;
import static id.sopflow.sop.sipa.SipaVariables.LAPORAN_PERKEMBANGAN_ID;
import static id.sopflow.sop.sipa.SipaVariables.LAPORAN_PERKEMBANGAN_URL;
import static id.sopflow.sop.sipa.SipaVariables.LOKASI;
import static id.sopflow.sop.sipa.SipaVariables.PELAPOR;
import static id.sopflow.sop.sipa.SipaVariables.PERIODE;
import static id.sopflow.sop.sipa.SipaVariables.PERTANYAAN_DITERIMA;
import static id.sopflow.sop.sipa.SipaVariables.PERTANYAAN_ISI;
import static id.sopflow.sop.sipa.SipaVariables.PERTANYAAN_NAMA;
import static id.sopflow.sop.sipa.SipaVariables.REALISASI;
import static id.sopflow.sop.sipa.SipaVariables.SALURAN_PUBLIKASI;
import static id.sopflow.sop.sipa.SipaVariables.TANGGAPAN;
import static id.sopflow.sop.sipa.SipaVariables.TAUTAN_PUBLIKASI;
import static id.sopflow.sop.sipa.SipaVariables.TERVERIFIKASI;
import static id.sopflow.sop.sipa.SipaVariables.URAIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import id.sopflow.mutubaku.LateStepNoticeVariables;
import id.sopflow.reporting.ArchivedReport;
import id.sopflow.reporting.ReportArchive;
import id.sopflow.testkit.SharedContextTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The progress report composed by {@code ${sipaProgressReport}} at the end of a case of Desa Babayau, driven on the
 * engine clock through the first week of November 2026 (no public holiday; WITA office hours Mon–Thu 07:30–12:00 and
 * 13:00–16:00). The case runs once; each test reads what it left behind.
 */
@SharedContextTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SipaProgressReportTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final String BABAYAU = "desa-babayau";
    private static final String LAPORKAN = "userTask_laporkanKegiatan";

    @Autowired
    ProcessEngine engine;

    @Autowired
    ReportArchive archive;

    private String deploymentId;
    private String caseId;
    private ArchivedReport report;

    /**
     * The case runs on the diagram with its verification and answer steps renamed, as a process owner may do in
     * Modeler: the report finds them by template or {@code langkah} property, not by element id (issue 17 §4).
     */
    private static final String VERIFIKASI = "userTask_periksaLaporanDesa";
    private static final String TANGGAPI = "userTask_jawabWargaDesa";

    @BeforeAll
    void runTheCase() throws IOException {
        String diagram;
        try (var in = getClass().getClassLoader().getResourceAsStream("reporting/sipa-laporan-perkembangan-uji.bpmn")) {
            diagram = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String renamed = diagram.replace("\"" + SipaElements.VERIFIKASI_LAPORAN + "\"", "\"" + VERIFIKASI + "\"")
                .replace("\"" + SipaElements.TANGGAPI_PERTANYAAN + "\"", "\"" + TANGGAPI + "\"");
        assertThat(renamed).doesNotContain("\"" + SipaElements.VERIFIKASI_LAPORAN + "\"",
                "\"" + SipaElements.TANGGAPI_PERTANYAAN + "\"");
        deploymentId = engine.getRepositoryService().createDeployment().tenantId(BABAYAU)
                .addString("sipa-laporan-perkembangan-uji.bpmn", renamed).deploy().getId();
        report = runCase();
    }

    @AfterAll
    void cleanUp() {
        ClockUtil.reset();
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
        engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LateStepNoticeVariables.PROCESS_KEY)
                .list().forEach(notice -> engine.getRuntimeService().deleteProcessInstance(notice.getId(), "uji"));
    }

    @Test
    void theArchivedReportMeasuresEveryStepInWorkingTime() throws IOException {
        assertThat(text(report)).contains(
                "3 dari 6 langkah yang selesai memenuhi mutu baku; 1 langkah tercatat terlambat.",
                "Melaporkan kegiatan dan realisasi APBDes Senin, 2 November 2026 08.00 WITA "
                        + "Senin, 2 November 2026 08.30 WITA 30 menit kerja 1 jam kerja Ya Tidak",
                "Memverifikasi laporan dan konten Senin, 2 November 2026 08.30 WITA "
                        + "Senin, 2 November 2026 09.00 WITA 30 menit kerja 1 jam kerja Ya Tidak",
                "Memperbaiki laporan Senin, 2 November 2026 09.00 WITA "
                        + "Senin, 2 November 2026 10.15 WITA 1 jam 15 menit kerja 1 jam kerja Tidak Tidak",
                // Over the lunch break: 10.15–12.00 and 13.00–13.30 are 2 h 15 min of work; its timer recorded it.
                "Memverifikasi laporan dan konten Senin, 2 November 2026 10.15 WITA "
                        + "Senin, 2 November 2026 13.30 WITA 2 jam 15 menit kerja 1 jam kerja Tidak Ya",
                "Menanggapi pertanyaan masyarakat Senin, 2 November 2026 14.00 WITA "
                        + "Senin, 2 November 2026 15.00 WITA 1 jam kerja 8 jam kerja Ya Tidak",
                // Overnight twice: 14.30–16.00, a full Tuesday (7.5 h) and 07.30–08.00 on Wednesday.
                "Menanggapi pertanyaan masyarakat Senin, 2 November 2026 14.30 WITA "
                        + "Rabu, 4 November 2026 08.00 WITA 9 jam 30 menit kerja 8 jam kerja Tidak Tidak",
                "Menanggapi pertanyaan masyarakat Rabu, 4 November 2026 09.00 WITA "
                        + "Rabu, 4 November 2026 10.00 WITA 1 jam kerja 8 jam kerja Dibatalkan Tidak");
    }

    @Test
    void theReportTellsTheCaseFromTheDesasReportToTheAnswers() throws IOException {
        String text = text(report);

        assertThat(text).contains(
                "PEMERINTAH KABUPATEN BALANGAN KECAMATAN PARINGIN LAPORAN PERKEMBANGAN SIPA BERMEDSOS "
                        + "SOP SIPA BERMEDSOS Nomor 067.21/24/CPAR/2023",
                "Desa : Desa Babayau (contoh) Kode laporan : SIPA-UJI-01 "
                        + "Disusun pada : Rabu, 4 November 2026 10.05 WITA Nomor kasus : " + caseId,
                "Jenis laporan : Realisasi APBDes Judul : Pembangunan jalan usaha tani RT 03",
                "Anggaran : Rp 12.500.000 Realisasi : Rp 11.750.000",
                "Pelapor : Pemerintah Desa Babayau (pemdes-babayau)",
                "Laporan dinyatakan terverifikasi pada putaran ke-2 dari 2 putaran verifikasi.",
                "1 Admin SIPA Kecamatan Paringin (admin-sipa) Senin, 2 November 2026 09.00 WITA "
                        + "Dikembalikan untuk diperbaiki Foto kegiatan belum dilampirkan "
                        + "2 Admin SIPA Kecamatan Paringin (admin-sipa) Senin, 2 November 2026 13.30 WITA "
                        + "Terverifikasi -",
                "Saluran : Facebook (diunggah otomatis oleh sopflow)",
                "• https://www.facebook.com/desababayau/posts/1001",
                "3 diterima; 2 ditanggapi (1 tepat waktu, 1 terlambat); 1 tidak ditanggapi.",
                "Ibu Sari: Kapan jalan usaha tani selesai? Jalan selesai akhir bulan ini. "
                        + "Senin, 2 November 2026 15.00 WITA oleh Admin SIPA Kecamatan Paringin (admin-sipa) "
                        + "Tepat waktu",
                "Berapa panjang jalannya? Panjangnya 850 meter. Rabu, 4 November 2026 08.00 WITA "
                        + "oleh Pemerintah Desa Babayau (pemdes-babayau) Terlambat",
                "Pak Udin: Mengapa drainase belum dibuat? - - Tidak ditanggapi");
    }

    @Test
    void theReportIsArchivedForTheDesaAndLinkedForTheKasiAndTheCamat() {
        Map<String, Object> variables = engine.getRuntimeService().getVariables(caseId);
        assertThat(variables).containsEntry(LAPORAN_PERKEMBANGAN_ID.name(), report.id())
                .containsEntry(LAPORAN_PERKEMBANGAN_URL.name(), "/api/laporan/" + report.id());
        assertThat(report.processKey()).isEqualTo("sipa-bermedsos");
        assertThat(report.processInstanceId()).isEqualTo(caseId);
        assertThat(report.tenantId()).isEqualTo(BABAYAU);
        assertThat(report.contentType()).isEqualTo("application/pdf");
        assertThat(report.fileName()).isEqualTo("laporan-perkembangan-sipa-bermedsos-desa-babayau-2026-11-04.pdf");
        assertThat(report.title()).isEqualTo(
                "Laporan Perkembangan SIPA BERMEDSOS — Desa Babayau (contoh) — Pembangunan jalan usaha tani RT 03");
        assertThat(report.createdAt()).isEqualTo(at("2026-11-04T10:05").toInstant());
        assertThat(new String(report.content(), 0, 5)).isEqualTo("%PDF-");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(caseId).singleResult()
                .getTaskDefinitionKey()).isEqualTo(SipaElements.PERIKSA_LAPORAN_PERKEMBANGAN);
    }

    @Test
    void withoutASavepointTheStepFailsInsteadOfArchivingAnIncompleteReport() {
        String withoutSavepoint = engine.getRepositoryService().createDeployment().tenantId(BABAYAU)
                .addClasspathResource("reporting/sipa-laporan-tanpa-titik-simpan-uji.bpmn").deploy().getId();
        try {
            String other = engine.getRuntimeService().createProcessInstanceByKey(SipaVariables.PROCESS_KEY)
                    .processDefinitionTenantId(BABAYAU).execute().getId();
            Task report = engine.getTaskService().createTaskQuery().processInstanceId(other).singleResult();

            assertThatThrownBy(() -> engine.getTaskService().complete(report.getId()))
                    .hasMessageContaining("Langkah serviceTask_susunLaporanPerkembangan harus diberi "
                            + "camunda:asyncBefore=\"true\"");
            assertThat(engine.getTaskService().createTaskQuery().processInstanceId(other).singleResult().getId())
                    .isEqualTo(report.getId());
            assertThat(engine.getRuntimeService().getVariable(other, LAPORAN_PERKEMBANGAN_ID.name())).isNull();
        } finally {
            engine.getRepositoryService().deleteDeployment(withoutSavepoint, true);
        }
    }

    /** Runs the case described in the class comment and returns the archived report. */
    private ArchivedReport runCase() {
        now("2026-11-02T08:00");
        Map<String, Object> report = new HashMap<>();
        report.put(DESA.name(), "Desa Babayau (contoh)");
        report.put(DESA_ID.name(), BABAYAU);
        report.put(PELAPOR.name(), "pemdes-babayau");
        report.put(KODE_PUBLIK.name(), "SIPA-UJI-01");
        report.put(JENIS_LAPORAN.name(), SipaVariables.JenisLaporan.REALISASI_APBDES.code());
        report.put(JUDUL.name(), "Pembangunan jalan usaha tani RT 03");
        report.put(PERIODE.name(), "Oktober 2026");
        report.put(LOKASI.name(), "RT 03 Desa Babayau");
        report.put(URAIAN.name(), "Pengerasan jalan usaha tani sepanjang 850 meter.");
        report.put(ANGGARAN.name(), 12_500_000L);
        report.put(REALISASI.name(), 11_750_000L);
        caseId = engine.getRuntimeService().createProcessInstanceByKey(SipaVariables.PROCESS_KEY)
                .processDefinitionTenantId(BABAYAU).setVariables(report).execute().getId();

        complete(LAPORKAN, "pemdes-babayau", "2026-11-02T08:30", Map.of());
        complete(VERIFIKASI, "admin-sipa", "2026-11-02T09:00", Map.of(TERVERIFIKASI.name(), false,
                ALASAN_PENOLAKAN.name(), "Foto kegiatan belum dilampirkan"));
        complete(SipaElements.PERBAIKI_LAPORAN, "pemdes-babayau", "2026-11-02T10:15", Map.of());
        now("2026-11-02T11:20");
        execute(job(SipaElements.timerOf(SipaElements.VERIFIKASI_LAPORAN)));
        complete(VERIFIKASI, "admin-sipa", "2026-11-02T13:30", Map.of(TERVERIFIKASI.name(), true));
        engine.getRuntimeService().setVariables(caseId, Map.of(
                TAUTAN_PUBLIKASI.name(), "https://www.facebook.com/desababayau/posts/1001\n",
                SALURAN_PUBLIKASI.name(), "facebook"));

        ask("Ibu Sari", "Kapan jalan usaha tani selesai?", "2026-11-02T14:00");
        ask(null, "Berapa panjang jalannya?", "2026-11-02T14:30");
        answer("Ibu Sari", "admin-sipa", "Jalan selesai akhir bulan ini.", "2026-11-02T15:00");
        answer(null, "pemdes-babayau", "Panjangnya 850 meter.", "2026-11-04T08:00");
        ask("Pak Udin", "Mengapa drainase belum dibuat?", "2026-11-04T09:00");

        now("2026-11-04T10:00");
        execute(job(SipaElements.MASA_TANGGAPAN_BERAKHIR));
        now("2026-11-04T10:05");
        execute(job(SipaElements.SUSUN_LAPORAN_PERKEMBANGAN));

        String id = (String) engine.getRuntimeService().getVariable(caseId, LAPORAN_PERKEMBANGAN_ID.name());
        return archive.find(id).orElseThrow();
    }

    private void complete(String step, String user, String at, Map<String, Object> variables) {
        now(at);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(caseId).taskDefinitionKey(step)
                .singleResult();
        engine.getTaskService().claim(task.getId(), user);
        engine.getTaskService().complete(task.getId(), variables);
    }

    /** A question arrives as the public page correlates it. */
    private void ask(String name, String question, String at) {
        now(at);
        Map<String, Object> variables = new HashMap<>();
        variables.put(PERTANYAAN_NAMA.name(), name);
        variables.put(PERTANYAAN_ISI.name(), question);
        variables.put(PERTANYAAN_DITERIMA.name(), Date.from(at(at).toInstant()));
        engine.getRuntimeService().createMessageCorrelation(SipaVariables.MESSAGE_PERTANYAAN)
                .processInstanceId(caseId).setVariablesLocal(variables).correlateWithResult();
    }

    /** The answer is a form field: completing the task writes it without a local scope of its own. */
    private void answer(String asker, String user, String answer, String at) {
        now(at);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(caseId)
                .taskDefinitionKey(TANGGAPI).list().stream()
                .filter(open -> {
                    Object name = engine.getTaskService().getVariable(open.getId(), PERTANYAAN_NAMA.name());
                    return asker == null ? name == null : asker.equals(name);
                })
                .findFirst().orElseThrow();
        engine.getTaskService().claim(task.getId(), user);
        engine.getTaskService().complete(task.getId(), Map.of(TANGGAPAN.name(), answer));
    }

    private Job job(String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(caseId).activityId(activityId)
                .singleResult();
    }

    private void execute(Job job) {
        engine.getManagementService().executeJob(job.getId());
    }

    private static void now(String localWita) {
        ClockUtil.setCurrentTime(Date.from(at(localWita).toInstant()));
    }

    private static ZonedDateTime at(String localWita) {
        return LocalDateTime.parse(localWita).atZone(WITA);
    }

    private static String text(ArchivedReport report) throws IOException {
        try (PDDocument document = Loader.loadPDF(report.content())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
