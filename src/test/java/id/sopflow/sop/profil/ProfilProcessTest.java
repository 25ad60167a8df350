package id.sopflow.sop.profil;

import static id.sopflow.sop.profil.ProfilElements.ARSIPKAN_SK;
import static id.sopflow.sop.profil.ProfilElements.BUAT_LAPORAN;
import static id.sopflow.sop.profil.ProfilElements.INPUT_PRODESKEL;
import static id.sopflow.sop.profil.ProfilElements.ISI_PROFIL;
import static id.sopflow.sop.profil.ProfilElements.PENDATAAN_KAMPUNG;
import static id.sopflow.sop.profil.ProfilElements.PERIKSA_DRAFT_SK;
import static id.sopflow.sop.profil.ProfilElements.PERIKSA_KONSEP_SK;
import static id.sopflow.sop.profil.ProfilElements.RAPAT_PENUTUPAN;
import static id.sopflow.sop.profil.ProfilElements.SERAHKAN_DATA;
import static id.sopflow.sop.profil.ProfilElements.SERAHKAN_SK;
import static id.sopflow.sop.profil.ProfilElements.SIAPKAN_EKSPOR;
import static id.sopflow.sop.profil.ProfilElements.SUSUN_KONSEP_SK;
import static id.sopflow.sop.profil.ProfilElements.SUSUN_LAPORAN_PDF;
import static id.sopflow.sop.profil.ProfilElements.TERIMA_LAPORAN;
import static id.sopflow.sop.profil.ProfilElements.TUGASKAN_KASI;
import static id.sopflow.sop.profil.ProfilElements.VERIFIKASI_DATA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.sopflow.ProcessVariable;
import id.sopflow.mutubaku.LateStep;
import id.sopflow.mutubaku.LateStepRepository;
import id.sopflow.reporting.ArchivedReport;
import id.sopflow.reporting.ReportArchive;
import id.sopflow.security.StaffClient;
import id.sopflow.testkit.SharedContextTest;
import id.sopflow.testkit.TestKit;
import id.sopflow.verification.ReviewHistory;

/**
 * Every path through the profil SOP as deployed from processes/, with the real delegates, the real identities of
 * organisasi.yaml and the engine's authorization and tenant checks: each user acts authenticated as Tasklist does.
 */
@SharedContextTest
class ProfilProcessTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** Tuesday 09:00 WIB: an ordinary working morning, one month before Christmas. */
    static final Instant TUESDAY_0900 = ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, WIB).toInstant();
    static final String SUKAMAJU = "kampung-sukamaju";
    static final String MEKAR_JAYA = "kampung-mekar-jaya";
    static final String SIDO_MULYO = "kelurahan-sido-mulyo";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    ReportArchive archive;

    @Autowired
    LateStepRepository lateSteps;

    @BeforeEach
    void setUp() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(TUESDAY_0900));
    }

    /** Puts the clock back and logs the user out after each test. */
    @RegisterExtension
    final TestKit kit = new TestKit();

    @Test
    void everyKampungIsCollectedVerifiedAndExportedAndTheActivityEndsOnlyWhenAllAreDone() throws IOException {
        ProcessInstance activity = start();
        assertThat(activity.getTenantId()).isEqualTo("dinas-kominfo");
        prepareSk(activity);
        holdPreparationMeeting(activity, MEKAR_JAYA + "," + SUKAMAJU + ", " + SIDO_MULYO + "," + SUKAMAJU);
        assertThat(activity).isWaitingAt(PENDATAAN_KAMPUNG);
        assertThat(activity).variables().containsEntry(ProfilVariables.KAMPUNG_DIPILIH.name(),
                MEKAR_JAYA + "," + SUKAMAJU + "," + SIDO_MULYO);
        assertThat(variable(activity, ProfilVariables.SK_ARSIP_URL)).startsWith(ReportArchive.DOWNLOAD_PATH + "/");
        ArchivedReport sk = archived(variable(activity, ProfilVariables.SK_ARSIP_URL));
        assertThat(sk.contentType()).isEqualTo("application/pdf");
        assertThat(sk.tenantId()).isEqualTo("dinas-kominfo");

        ProcessInstance sukamaju = collection(activity, SUKAMAJU);
        ProcessInstance mekarJaya = collection(activity, MEKAR_JAYA);
        ProcessInstance sidoMulyo = collection(activity, SIDO_MULYO);
        assertThat(List.of(sukamaju.getTenantId(), mekarJaya.getTenantId(), sidoMulyo.getTenantId()))
                .containsExactly(SUKAMAJU, MEKAR_JAYA, SIDO_MULYO);

        collectAndVerify(sukamaju, "pokja-sukamaju", ProfilFixtures.plausibleProfile());
        collectAndVerify(sidoMulyo, "pokja-sido-mulyo", ProfilFixtures.plausibleProfile());
        assertThat(sukamaju).isEnded();
        assertThat(sidoMulyo).isEnded();
        assertThat(joinFinishedCollections(activity)).isEqualTo(2);
        assertThat(activity).isWaitingAt(PENDATAAN_KAMPUNG);

        // Mekar Jaya: refused twice, each time back to its own Pokja with the Tim's notes.
        fillIn(mekarJaya, "pokja-mekar-jaya", ProfilFixtures.plausibleProfile());
        verify(mekarJaya, false, "Jumlah KK tidak sesuai data manual RT 03.");
        assertThat(mekarJaya).isWaitingAt(ISI_PROFIL);
        assertThat(mekarJaya).variables().containsEntry(ProfilVariables.CATATAN_VERIFIKASI.name(), "Jumlah KK tidak sesuai data manual RT 03.");
        VariableMap corrected = ProfilFixtures.plausibleProfile();
        ProfilInstrument.KEPALA_KELUARGA.variable().put(corrected, 870);
        fillIn(mekarJaya, "pokja-mekar-jaya", corrected);
        verify(mekarJaya, false, "Batas timur belum sesuai peta.");
        assertThat(mekarJaya).isWaitingAt(ISI_PROFIL);
        assertThat(activity).isWaitingAt(PENDATAAN_KAMPUNG);
        // The Pokja's rework form shows why, read with the Pokja's own rights as Tasklist does: the last round on top,
        // the first one under "Putaran sebelumnya"
        Map<String, Object> reworkForm = reworkFormData(mekarJaya, ISI_PROFIL, "pokja-mekar-jaya");
        assertThat(ReviewHistory.LAST_ROUND.from(reworkForm).orElseThrow())
                .startsWith("Tidak — Verifikasi data profil kampung/kelurahan (putaran 2), oleh ")
                .contains("Tim Profil Kampung", "Alasan/catatan: Batas timur belum sesuai peta.");
        assertThat(ReviewHistory.EARLIER_ROUNDS.from(reworkForm).orElseThrow()).contains("(putaran 1)",
                "Alasan/catatan: Jumlah KK tidak sesuai data manual RT 03.");
        ProfilInstrument.BATAS_TIMUR.variable().put(corrected, "Kampung Sukamaju");
        fillIn(mekarJaya, "pokja-mekar-jaya", corrected);
        verify(mekarJaya, true, null);
        assertThat(mekarJaya).variables().containsEntry(ProfilVariables.PUTARAN_VERIFIKASI_DATA.name(), 3);
        executeJob(mekarJaya, SIAPKAN_EKSPOR);

        String export = csv(archived(variable(mekarJaya, ProfilVariables.EKSPOR_PRODESKEL_URL)));
        assertThat(export.split("\r\n")).hasSize(2);
        assertThat(export.split("\r\n")[1]).startsWith(MEKAR_JAYA + ";Kampung Mekar Jaya (contoh);2026;125,5;")
                .contains(";Kampung Sukamaju;").contains(";870;").endsWith(";tim-profil;2026-11-24");
        // Downloadable (GET /api/laporan/{id}) by the kampung's own members and the dinas, by no other kampung.
        String exportId = archived(variable(mekarJaya, ProfilVariables.EKSPOR_PRODESKEL_URL)).id();
        assertThat(archive.readableBy(exportId, List.of(MEKAR_JAYA))).isPresent();
        assertThat(archive.readableBy(exportId, List.of("dinas-kominfo"))).isPresent();
        assertThat(archive.readableBy(exportId, List.of(SUKAMAJU))).isEmpty();
        assertThat(activity).isWaitingAt(PENDATAAN_KAMPUNG);

        completeTask(mekarJaya, INPUT_PRODESKEL, "tim-profil", ProfilVariables.TANGGAL_INPUT_PRODESKEL.with("2026-11-24"));
        assertThat(mekarJaya).isEnded();
        assertThat(activity).isWaitingAt(PENDATAAN_KAMPUNG);
        assertThat(joinFinishedCollections(activity)).isEqualTo(1);
        assertThat(activity).isWaitingAt(BUAT_LAPORAN);

        completeTask(activity, BUAT_LAPORAN, "tim-profil", Map.of("ringkasanLaporan",
                "Tiga kampung/kelurahan didata dan diinput ke Prodeskel."));
        executeJob(activity, SUSUN_LAPORAN_PDF);
        assertThat(activity).isWaitingAt(TERIMA_LAPORAN);

        String combined = csv(archived(variable(activity, ProfilVariables.EKSPOR_GABUNGAN_URL)));
        String[] rows = combined.split("\r\n");
        assertThat(rows).hasSize(4);
        assertThat(rows[1]).startsWith(MEKAR_JAYA + ";");
        assertThat(rows[2]).startsWith(SUKAMAJU + ";").contains(";850;");
        assertThat(rows[3]).startsWith(SIDO_MULYO + ";");

        ArchivedReport report = archived(variable(activity, ProfilVariables.LAPORAN_KEGIATAN_URL));
        assertThat(report.contentType()).isEqualTo(ReportArchive.PDF);
        String text = pdfText(report.content());
        assertThat(text).contains("LAPORAN KEGIATAN PENGEMBANGAN DAN PENGELOLAAN DATA PROFIL")
                .contains("Tiga kampung/kelurahan didata")
                .contains("Kampung Mekar Jaya (contoh)").contains("Kampung Sukamaju (contoh)")
                .contains("Kelurahan Sido Mulyo (contoh)")
                .contains("Terverifikasi, diinput ke Prodeskel")
                .contains("3 didata; 3 selesai tanpa langkah terlambat");

        completeTask(activity, TERIMA_LAPORAN, "kadis-kominfo", Map.of("disposisiKadisLaporan",
                "Laksanakan rapat penutupan minggu ini."));
        assertThatThrownBy(() -> completeTask(activity, RAPAT_PENUTUPAN, "kabid-kominfo", closingMeeting()))
                .hasMessageContaining("Berkas notulen rapat wajib diunggah");
        completeTask(activity, RAPAT_PENUTUPAN, "kabid-kominfo", ProfilVariables.BERKAS_NOTULEN_PENUTUPAN.put(
                closingMeeting(), TestKit.upload("notulen.pdf", ProfilFixtures.pdf(), "application/pdf")));
        assertThat(activity).isEnded();
        ArchivedReport minutes = archived(historicVariable(activity, ProfilVariables.NOTULEN_ARSIP_URL));
        assertThat(minutes.title()).startsWith("Notulen rapat penutupan");
    }

    @Test
    void aPokjaSeesClaimsAndReadsOnlyItsOwnKampung() {
        ProcessInstance activity = start();
        prepareSk(activity);
        holdPreparationMeeting(activity, SUKAMAJU + "," + MEKAR_JAYA);
        Task mekarJayaTask = taskOf(collection(activity, MEKAR_JAYA), ISI_PROFIL);

        Task sukamajuTask = taskOf(collection(activity, SUKAMAJU), ISI_PROFIL);
        var authorizations = engine.getAuthorizationService();
        assertThat(authorizations.isUserAuthorized("pokja-sukamaju", List.of("profil-pokja"), Permissions.READ,
                Resources.PROCESS_DEFINITION, ProfilVariables.PENDATAAN_PROCESS_KEY)).isTrue();
        assertThat(authorizations.isUserAuthorized("pokja-sukamaju", List.of("profil-pokja"),
                Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, ProfilVariables.PENDATAAN_PROCESS_KEY))
                .isFalse();

        // Other tests share this engine: whatever else a user sees, it is of their own kampung only.
        authenticate("pokja-sukamaju");
        try {
            List<Task> visible = engine.getTaskService().createTaskQuery().list();
            assertThat(visible).extracting(Task::getId).contains(sukamajuTask.getId())
                    .doesNotContain(mekarJayaTask.getId());
            assertThat(visible).allSatisfy(task -> {
                assertThat(task.getTenantId()).isEqualTo(SUKAMAJU);
                assertThat(task.getTaskDefinitionKey()).isIn(ISI_PROFIL, SERAHKAN_DATA);
            });
            assertThat(engine.getTaskService().createTaskQuery().taskId(mekarJayaTask.getId()).count()).isZero();
            assertThatThrownBy(() -> engine.getTaskService().claim(mekarJayaTask.getId(), "pokja-sukamaju"))
                    .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
            assertThatThrownBy(() -> engine.getTaskService().getVariables(mekarJayaTask.getId()))
                    .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
            assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                    .processInstanceId(mekarJayaTask.getProcessInstanceId()).count()).isZero();
            assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(activity.getId()).count()).isZero();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        // The same refusals over HTTP: the REST API with Basic, and Tasklist's own API with a session.
        Map<String, StaffClient> doors = Map.of(
                "/engine-rest", StaffClient.basic(port, "pokja-sukamaju", "demo"),
                StaffClient.WEBAPP_ENGINE_API, StaffClient.tasklistSession(port, "pokja-sukamaju", "demo"));
        for (Map.Entry<String, StaffClient> door : doors.entrySet()) {
            String api = door.getKey();
            StaffClient sukamaju = door.getValue();
            assertThat(sukamaju.get(api + "/task/" + sukamajuTask.getId()).statusCode()).isEqualTo(200);
            assertThat(sukamaju.get(api + "/task").body()).doesNotContain(mekarJayaTask.getId());
            for (var refused : List.of(sukamaju.get(api + "/task/" + mekarJayaTask.getId()),
                    sukamaju.get(api + "/task/" + mekarJayaTask.getId() + "/variables"),
                    sukamaju.get(api + "/process-instance/" + mekarJayaTask.getProcessInstanceId() + "/variables"),
                    sukamaju.post(api + "/task/" + mekarJayaTask.getId() + "/claim", "{\"userId\":\"pokja-sukamaju\"}"))) {
                assertThat(refused.statusCode()).as(refused.uri().toString()).isBetween(400, 499);
            }
            assertThat(sukamaju.get(api + "/history/variable-instance?processInstanceId="
                    + mekarJayaTask.getProcessInstanceId()).body()).isEqualTo("[]");
        }
        assertThat(taskOf(collection(activity, MEKAR_JAYA), ISI_PROFIL).getAssignee()).isNull();

        authenticate("pokja-mekar-jaya");
        try {
            List<Task> visible = engine.getTaskService().createTaskQuery().list();
            assertThat(visible).extracting(Task::getId).contains(mekarJayaTask.getId())
                    .doesNotContain(sukamajuTask.getId());
            assertThat(visible).allSatisfy(task -> assertThat(task.getTenantId()).isEqualTo(MEKAR_JAYA));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        // The Tim sees the data handed to it, never the Pokja's or the dinas's other steps.
        fillIn(collection(activity, SUKAMAJU), "pokja-sukamaju", ProfilFixtures.plausibleProfile());
        Task verification = taskOf(collection(activity, SUKAMAJU), VERIFIKASI_DATA);
        authenticate("tim-profil");
        try {
            List<Task> visible = engine.getTaskService().createTaskQuery().list();
            assertThat(visible).extracting(Task::getId).contains(verification.getId());
            assertThat(visible).extracting(Task::getTaskDefinitionKey)
                    .allSatisfy(key -> assertThat(key).isIn(VERIFIKASI_DATA, INPUT_PRODESKEL, BUAT_LAPORAN));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void aCalledCaseTakesOnlyAKampungOfTheCallersOwnOrganisation() {
        engine.getRepositoryService().createDeployment().name("uji panggil pendataan")
                .addClasspathResource("profil/panggil-pendataan-uji.bpmn").deploy();
        engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin"), List.of("dinas-kominfo"));
        try {
            ProcessInstance own = engine.getRuntimeService().startProcessInstanceByKey("panggil-pendataan-uji",
                    ProfilVariables.PendataanVariables.UNIT_TENANT_ID.with(SIDO_MULYO));
            ProcessInstance foreign = engine.getRuntimeService().startProcessInstanceByKey("panggil-pendataan-uji",
                    ProfilVariables.PendataanVariables.UNIT_TENANT_ID.with("desa-babayau"));
            assertThat(own.getTenantId()).isEqualTo("dinas-kominfo");
            assertThat(calledBy(own).getTenantId()).isEqualTo(SIDO_MULYO);
            assertThat(taskOf(calledBy(own), ISI_PROFIL).getTenantId()).isEqualTo(SIDO_MULYO);
            assertThat(calledBy(foreign).getTenantId()).isEqualTo("dinas-kominfo");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void aRefusedSkGoesBackToTheKasiFromTheKabidAndToTheKabidFromTheKadis() {
        ProcessInstance activity = start();
        assertThat(activity).isWaitingAt(TUGASKAN_KASI);
        assertThat(taskOf(activity, TUGASKAN_KASI).getDueDate().toInstant())
                .isEqualTo(TUESDAY_0900.plus(15, ChronoUnit.MINUTES));
        completeTask(activity, TUGASKAN_KASI, "kabid-kominfo", ProfilVariables.DISPOSISI_KABID.with("Susun SK tim."));
        completeTask(activity, SUSUN_KONSEP_SK, "kasi-kominfo", ProfilVariables.KONSEP_SK.with("Konsep pertama"));

        assertThatThrownBy(() -> review(activity, PERIKSA_KONSEP_SK, "kabid-kominfo", false, " "))
                .hasMessageContaining("Alasan");
        review(activity, PERIKSA_KONSEP_SK, "kabid-kominfo", false, "Susunan tim belum memuat Pokja.");
        assertThat(activity).isWaitingAt(SUSUN_KONSEP_SK);
        assertThat(activity).variables().containsEntry(ProfilVariables.ALASAN_PENOLAKAN_SK.name(), "Susunan tim belum memuat Pokja.");

        completeTask(activity, SUSUN_KONSEP_SK, "kasi-kominfo", ProfilVariables.KONSEP_SK.with("Konsep kedua"));
        review(activity, PERIKSA_KONSEP_SK, "kabid-kominfo", true, null);
        assertThat(activity).isWaitingAt(PERIKSA_DRAFT_SK);
        // later than the Kabid's decisions, as it always is outside a test with a fixed clock
        ClockUtil.setCurrentTime(Date.from(TUESDAY_0900.plus(30, ChronoUnit.MINUTES)));
        review(activity, PERIKSA_DRAFT_SK, "kadis-kominfo", false, "Dasar hukum belum lengkap.");
        assertThat(activity).isWaitingAt(PERIKSA_KONSEP_SK);
        // The Kabid's form, back from the Kadis, says who refused, when and why; the Kabid's own rounds below
        Map<String, Object> reworkForm = reworkFormData(activity, PERIKSA_KONSEP_SK, "kabid-kominfo");
        assertThat(ReviewHistory.LAST_ROUND.from(reworkForm).orElseThrow())
                .startsWith("Tidak — Periksa dan tandatangani draft SK Tim Kegiatan (putaran 1), oleh ")
                .contains("kadis-kominfo", "WIB", "Alasan/catatan: Dasar hukum belum lengkap.");
        assertThat(ReviewHistory.EARLIER_ROUNDS.from(reworkForm).orElseThrow())
                .contains("Ya — Periksa konsep SK Tim Kegiatan (putaran 2)",
                        "Tidak — Periksa konsep SK Tim Kegiatan (putaran 1)", "Susunan tim belum memuat Pokja.");
        review(activity, PERIKSA_KONSEP_SK, "kabid-kominfo", true, null);
        review(activity, PERIKSA_DRAFT_SK, "kadis-kominfo", true, null);
        assertThat(activity).isWaitingAt(SERAHKAN_SK);
        assertThat(activity).variables().containsEntry(ProfilVariables.PUTARAN_PERIKSA_KABID.name(), 3).containsEntry(ProfilVariables.PUTARAN_PERIKSA_KADIS.name(), 2);
    }

    @Test
    void thePreparationMeetingNeedsTheSignedSkAndKampungOfThisDinas() {
        ProcessInstance activity = start();
        prepareSk(activity);
        VariableMap meeting = meeting(SUKAMAJU);
        ProfilVariables.SK_DITANDATANGANI.put(meeting,
                TestKit.upload("sk.pdf", "bukan pdf".getBytes(StandardCharsets.UTF_8), "application/pdf"));
        assertThatThrownBy(() -> completeTask(activity, ARSIPKAN_SK, "kasi-kominfo", meeting))
                .hasMessageContaining("Berkas SK yang sudah ditandatangani (\"sk.pdf\") bukan PDF, JPEG atau PNG");

        Map<String, Object> foreign = meeting(SUKAMAJU + ",desa-babayau");
        assertThatThrownBy(() -> completeTask(activity, ARSIPKAN_SK, "kasi-kominfo", foreign))
                .hasMessageContaining("desa-babayau tidak ada di daftar dinas ini");

        Map<String, Object> noSk = meeting(SUKAMAJU);
        noSk.remove(ProfilVariables.NOMOR_SK.name());
        assertThatThrownBy(() -> completeTask(activity, ARSIPKAN_SK, "kasi-kominfo", noSk))
                .hasMessageContaining("(nomorSk) wajib diisi"); // the form's required field (form contract)
        Map<String, Object> none = meeting(" , ");
        assertThatThrownBy(() -> completeTask(activity, ARSIPKAN_SK, "kasi-kominfo", none))
                .hasMessageContaining("Pilih paling sedikit satu kampung/kelurahan");
        assertThat(activity).isWaitingAt(ARSIPKAN_SK);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .superProcessInstanceId(activity.getId()).count()).isZero();
    }

    @Test
    void implausibleDataGoesBackToThePokjaWithEveryProblemBeforeTheTimSeesIt() {
        ProcessInstance activity = start();
        prepareSk(activity);
        holdPreparationMeeting(activity, SUKAMAJU);
        ProcessInstance sukamaju = collection(activity, SUKAMAJU);
        VariableMap wrong = ProfilFixtures.plausibleProfile();
        ProfilInstrument.PEREMPUAN.variable().put(wrong, 1400);
        ProfilInstrument.KEPALA_KELUARGA.variable().put(wrong, 3100);
        // A negative count is refused by the form's own minimum at the door (form contract); what only the
        // plausibility rules see goes back to the Pokja with every problem.
        assertThatThrownBy(() -> completeTask(sukamaju, ISI_PROFIL, "pokja-sukamaju", withNegativeMarket(wrong)))
                .hasMessageContaining("«Pasar (unit)» (saranaPasar) paling kecil 0");
        engine.getTaskService().setAssignee(taskOf(sukamaju, ISI_PROFIL).getId(), null);

        completeTask(sukamaju, ISI_PROFIL, "pokja-sukamaju", wrong);
        assertThat(sukamaju).isWaitingAt(ISI_PROFIL);
        assertThat(sukamaju).variables().containsEntry(ProfilVariables.DATA_WAJAR.name(), false);
        assertThat(variable(sukamaju, ProfilVariables.MASALAH_DATA)).contains("tidak sama dengan jumlah penduduk")
                .contains("Jumlah kepala keluarga (3.100) tidak boleh lebih dari jumlah penduduk (3.000).");

        completeTask(sukamaju, ISI_PROFIL, "pokja-sukamaju", ProfilFixtures.plausibleProfile());
        assertThat(sukamaju).isWaitingAt(SERAHKAN_DATA);
        assertThat(taskOf(sukamaju, SERAHKAN_DATA).getDueDate().toInstant())
                .isEqualTo(TUESDAY_0900.plus(1, ChronoUnit.DAYS));
    }

    private static VariableMap withNegativeMarket(Map<String, Object> profile) {
        VariableMap negative = Variables.createVariables();
        negative.putAll(profile);
        return ProfilInstrument.SARANA_PASAR.variable().put(negative, -1);
    }

    @Test
    void aMonthIsCountedInWorkingTimeAndALateKampungIsReportedToTheKadis() {
        ProcessInstance activity = start();
        prepareSk(activity);
        holdPreparationMeeting(activity, SUKAMAJU);
        ProcessInstance sukamaju = collection(activity, SUKAMAJU);
        Task fill = taskOf(sukamaju, ISI_PROFIL);

        // 24 November + 1 month = 24 December, cuti bersama; 25 December is Christmas, then the weekend.
        Instant due = ZonedDateTime.of(2026, 12, 28, 7, 30, 0, 0, WIB).toInstant();
        assertThat(fill.getDueDate().toInstant()).isEqualTo(due);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(sukamaju.getId())
                .activityId(ProfilElements.timerOf(ISI_PROFIL)).singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(due);
        assertThat(timer.getTenantId()).isEqualTo(SUKAMAJU);

        ClockUtil.setCurrentTime(Date.from(due.plusSeconds(60)));
        engine.getManagementService().executeJob(timer.getId());
        assertThat(sukamaju).isWaitingAt(ISI_PROFIL);
        List<LateStep> late = lateSteps.ofProcessInstance(sukamaju.getId());
        assertThat(late).singleElement().satisfies(step -> {
            assertThat(step.stepId()).isEqualTo(ISI_PROFIL);
            assertThat(step.tenantId()).isEqualTo(SUKAMAJU);
            assertThat(step.mutuBaku()).isEqualTo("P1M");
            assertThat(step.notificationTaskId()).isNotNull();
        });
        authenticate("kadis-kominfo");
        try {
            assertThat(engine.getTaskService().createTaskQuery().taskNameLike("Langkah terlambat%").list())
                    .extracting(Task::getName)
                    .containsExactly("Langkah terlambat — Kampung Sukamaju (contoh)");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        authenticate("pokja-mekar-jaya");
        try {
            assertThat(engine.getTaskService().createTaskQuery().taskNameLike("Langkah terlambat%").list()).isEmpty();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void theProdeskelEntryCannotBeDatedInTheFuture() {
        ProcessInstance activity = start();
        prepareSk(activity);
        holdPreparationMeeting(activity, SIDO_MULYO);
        ProcessInstance sidoMulyo = collection(activity, SIDO_MULYO);
        fillIn(sidoMulyo, "pokja-sido-mulyo", ProfilFixtures.plausibleProfile());
        verify(sidoMulyo, true, null);
        executeJob(sidoMulyo, SIAPKAN_EKSPOR);

        assertThatThrownBy(() -> completeTask(sidoMulyo, INPUT_PRODESKEL, "tim-profil",
                ProfilVariables.TANGGAL_INPUT_PRODESKEL.with("2026-11-25")))
                .hasMessageContaining("tidak boleh sesudah hari ini (2026-11-24)");
        assertThatThrownBy(() -> completeTask(sidoMulyo, INPUT_PRODESKEL, "tim-profil", Map.of()))
                .hasMessageContaining("wajib diisi");
        completeTask(sidoMulyo, INPUT_PRODESKEL, "tim-profil", ProfilVariables.TANGGAL_INPUT_PRODESKEL.with("2026-11-24T00:00:00"));
        assertThat(sidoMulyo).isEnded();
        assertThat(historicVariable(sidoMulyo, ProfilVariables.TANGGAL_INPUT_PRODESKEL)).isEqualTo("2026-11-24");
        joinFinishedCollections(activity);
        assertThat(activity).isWaitingAt(BUAT_LAPORAN);
    }

    // --- steps as the users take them ---------------------------------------------------------------------------

    ProcessInstance start() {
        authenticate("kadis-kominfo");
        try {
            VariableMap order = ProfilVariables.JUDUL_KEGIATAN.with("Pemutakhiran Profil Kampung");
            ProfilVariables.TAHUN_DATA.put(order, 2026L);
            ProfilVariables.AGENDA_KERJA.put(order, "Pemutakhiran data profil 2026");
            ProfilVariables.DISPOSISI_KADIS.put(order, "Siapkan kegiatan.");
            return engine.getRuntimeService().startProcessInstanceByKey(ProfilVariables.PROCESS_KEY, order);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    void prepareSk(ProcessInstance activity) {
        completeTask(activity, TUGASKAN_KASI, "kabid-kominfo", ProfilVariables.DISPOSISI_KABID.with("Susun SK tim."));
        completeTask(activity, SUSUN_KONSEP_SK, "kasi-kominfo", ProfilVariables.KONSEP_SK.with("Menetapkan Tim Kegiatan ..."));
        review(activity, PERIKSA_KONSEP_SK, "kabid-kominfo", true, null);
        review(activity, PERIKSA_DRAFT_SK, "kadis-kominfo", true, null);
        completeTask(activity, SERAHKAN_SK, "kabid-kominfo", ProfilVariables.SK_DISERAHKAN.with(true));
    }

    void holdPreparationMeeting(ProcessInstance activity, String kampung) {
        completeTask(activity, ARSIPKAN_SK, "kasi-kominfo", meeting(kampung));
    }

    VariableMap meeting(String kampung) {
        VariableMap meeting = Variables.createVariables();
        ProfilVariables.NOMOR_SK.put(meeting, "800/123/KOMINFO/2026");
        ProfilVariables.TANGGAL_SK.put(meeting, "2026-11-24");
        ProfilVariables.SK_DITANDATANGANI.put(meeting, TestKit.upload("sk-tim.pdf", ProfilFixtures.pdf(), "application/pdf"));
        ProfilVariables.TANGGAL_RAPAT_PERSIAPAN.put(meeting, "2026-11-24");
        ProfilVariables.NOTULEN_RAPAT_PERSIAPAN.put(meeting, "Pendataan dimulai minggu depan.");
        ProfilVariables.KAMPUNG_DIPILIH.put(meeting, kampung);
        return meeting;
    }

    void fillIn(ProcessInstance collection, String pokja, Map<String, Object> profile) {
        completeTask(collection, ISI_PROFIL, pokja, profile);
        completeTask(collection, SERAHKAN_DATA, pokja, ProfilVariables.LAPORAN_PENDATAAN.with("Didata dari buku induk RT."));
        assertThat(collection).isWaitingAt(VERIFIKASI_DATA);
    }

    void collectAndVerify(ProcessInstance collection, String pokja, Map<String, Object> profile) {
        fillIn(collection, pokja, profile);
        verify(collection, true, null);
        executeJob(collection, SIAPKAN_EKSPOR);
        completeTask(collection, INPUT_PRODESKEL, "tim-profil", ProfilVariables.TANGGAL_INPUT_PRODESKEL.with("2026-11-24"));
    }

    void verify(ProcessInstance collection, boolean verified, String notes) {
        VariableMap decision = Variables.createVariables();
        ProfilVariables.DATA_TERVERIFIKASI.put(decision, verified);
        ProfilVariables.CATATAN_VERIFIKASI.put(decision, notes);
        completeTask(collection, VERIFIKASI_DATA, "tim-profil", decision);
    }

    void review(ProcessInstance activity, String step, String user, boolean approved, String reason) {
        VariableMap decision = Variables.createVariables();
        ProfilVariables.SK_DISETUJUI.put(decision, approved);
        ProfilVariables.ALASAN_PENOLAKAN_SK.put(decision, reason);
        completeTask(activity, step, user, decision);
    }

    /**
     * What the task's form shows in its review fields: the values Tasklist loads for the form (task form variables,
     * with the user's own rights) of the review variables the deployed form reads.
     */
    Map<String, Object> reworkFormData(ProcessInstance instance, String step, String user) {
        Task task = taskOf(instance, step);
        authenticate(user);
        try (java.io.InputStream schema = engine.getFormService().getDeployedTaskForm(task.getId())) {
            // a Camunda Form binds the keys, an embedded form fetches the variables
            assertThat(new String(schema.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .containsAnyOf(bound(ReviewHistory.LAST_ROUND), fetched(ReviewHistory.LAST_ROUND))
                    .containsAnyOf(bound(ReviewHistory.EARLIER_ROUNDS), fetched(ReviewHistory.EARLIER_ROUNDS));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        authenticate(user);
        try {
            Map<String, Object> values = new HashMap<>();
            engine.getFormService().getTaskFormVariables(task.getId(), List.of(ReviewHistory.LAST_ROUND.name(),
                    ReviewHistory.EARLIER_ROUNDS.name()), true).forEach(values::put);
            return values;
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    void completeTask(ProcessInstance instance, String step, String user, Map<String, Object> variables) {
        Task task = taskOf(instance, step);
        authenticate(user);
        try {
            engine.getTaskService().claim(task.getId(), user);
            engine.getTaskService().complete(task.getId(), variables);
        } catch (RuntimeException e) {
            engine.getIdentityService().clearAuthentication();
            engine.getTaskService().setAssignee(task.getId(), null);
            throw e;
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /**
     * The activity takes note of each finished kampung in a job of its own (asynchronous after), so that the Tim
     * finishing two kampung at once never collides on the multi-instance's counters.
     *
     * @return how many finished kampung were taken note of
     */
    int joinFinishedCollections(ProcessInstance activity) {
        List<Job> joins = engine.getManagementService().createJobQuery().processInstanceId(activity.getId())
                .activityId(PENDATAAN_KAMPUNG).list();
        joins.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        return joins.size();
    }

    // --- looking things up as the system ------------------------------------------------------------------------

    ProcessInstance collection(ProcessInstance activity, String kampung) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(activity.getId())
                .variableValueEquals(ProfilVariables.KAMPUNG_ID.name(), kampung).singleResult();
    }

    ProcessInstance calledBy(ProcessInstance parent) {
        return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(parent.getId())
                .singleResult();
    }

    Task taskOf(ProcessInstance instance, String step) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(step).singleResult();
    }

    void executeJob(ProcessInstance instance, String activityId) {
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(instance.getId()).activityId(activityId).singleResult().getId());
    }

    String variable(ProcessInstance instance, ProcessVariable<String> variable) {
        return variable.fromCase(engine.getRuntimeService(), instance.getId()).orElse(null);
    }

    /** What the closing meeting's form hands in, without its minutes file. */
    static VariableMap closingMeeting() {
        VariableMap meeting = ProfilVariables.TANGGAL_RAPAT_PENUTUPAN.with("2026-11-24");
        return ProfilVariables.NOTULEN_RAPAT_PENUTUPAN.put(meeting, "Kegiatan ditutup.");
    }

    /** How a Camunda Form binds a field to the variable. */
    static String bound(ProcessVariable<?> variable) {
        return "\"key\": \"" + variable.name() + "\"";
    }

    /** How an embedded form fetches the variable. */
    static String fetched(ProcessVariable<?> variable) {
        return "fetchVariable('" + variable.name() + "')";
    }

    String historicVariable(ProcessInstance instance, ProcessVariable<String> variable) {
        return variable.fromHistory(engine.getHistoryService(), instance.getId()).orElse(null);
    }

    ArchivedReport archived(String downloadPath) {
        return archive.find(downloadPath.substring(ReportArchive.DOWNLOAD_PATH.length() + 1)).orElseThrow();
    }

    static String csv(ArchivedReport report) {
        assertThat(report.contentType()).isEqualTo(ProdeskelCsv.CONTENT_TYPE);
        byte[] content = report.content();
        return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** As the webapps do: the user with their groups and tenants. */
    void authenticate(String user) {
        TestKit.authenticate(engine.getIdentityService(), user);
    }
}
