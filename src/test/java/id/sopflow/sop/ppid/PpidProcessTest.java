package id.sopflow.sop.ppid;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static id.sopflow.sop.ppid.PpidCase.ADMIN;
import static id.sopflow.sop.ppid.PpidCase.KETUA;
import static id.sopflow.sop.ppid.PpidCase.SEKSI;
import static id.sopflow.sop.ppid.PpidCase.konsepSesuai;
import static id.sopflow.sop.ppid.PpidCase.materiDisetujui;
import static id.sopflow.sop.ppid.PpidCase.konsep;
import static id.sopflow.sop.ppid.PpidElements.AJUKAN_PERSETUJUAN;
import static id.sopflow.sop.ppid.PpidElements.BERI_INSTRUKSI;
import static id.sopflow.sop.ppid.PpidElements.LAPORKAN_TAUTAN;
import static id.sopflow.sop.ppid.PpidElements.PERIKSA_KONSEP;
import static id.sopflow.sop.ppid.PpidElements.SETUJUI_MATERI;
import static id.sopflow.sop.ppid.PpidElements.SUSUN_KONSEP;
import static id.sopflow.sop.ppid.PpidElements.SUSUN_LAPORAN;
import static id.sopflow.sop.ppid.PpidElements.TENTUKAN_PLATFORM;
import static id.sopflow.sop.ppid.PpidElements.TERIMA_LAPORAN;
import static id.sopflow.sop.ppid.PpidElements.TERIMA_MATERI;
import static id.sopflow.sop.ppid.PpidElements.UNGGAH_MANUAL;
import static id.sopflow.sop.ppid.PpidElements.UNGGAH_OTOMATIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import id.sopflow.InputRefusedException;
import id.sopflow.caseheader.CaseHeader;
import id.sopflow.mutubaku.LateStep;
import id.sopflow.mutubaku.LateStepRepository;
import id.sopflow.publishing.Platform;
import id.sopflow.reporting.ArchivedReport;
import id.sopflow.reporting.ReportArchive;
import id.sopflow.testkit.TestKit;
import id.sopflow.verification.ReviewHistory;
import id.sopflow.verification.ReviewRound;
import id.sopflow.verification.ReviewRounds;

/**
 * Every path through the SOP Penyebarluasan Informasi as deployed from processes/, with the real delegates and the
 * packaged configuration (the example website domain of PPID Kalurahan Bunder). The PPID's Facebook Page is
 * configured against a local stand-in of the Graph API, so Facebook is posted automatically while website,
 * Instagram and YouTube (no adapter) go to the Admin Medsos's manual tasks.
 */
@SpringBootTest
class PpidProcessTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** Tuesday 09:00 WIB: an ordinary working morning at Kalurahan Bunder. */
    static final Instant TUESDAY_0900 = ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, WIB).toInstant();
    private static final String PERMALINK = "https://www.facebook.com/kalurahan.bunder/posts/pfbid0ppid";
    private static final String WEBSITE_LINK = "https://bunder.example.go.id/berita/musyawarah-kalurahan-rkp-2027";
    private static final String INSTAGRAM_LINK = "https://www.instagram.com/p/Cppid0001/";
    /** How the review history names the reviewers (organisasi.yaml) and the day of {@link #TUESDAY_0900}. */
    private static final String SEKSI_NAME = "Seksi PDDI Kalurahan Bunder (seksi-pddi)";
    private static final String KETUA_NAME = "Ketua PPID Kalurahan Bunder (ketua-ppid)";
    private static final String TUESDAY = "Selasa, 24 November 2026 ";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void facebook(DynamicPropertyRegistry properties) {
        properties.add("sopflow.publishing.facebook.graph-url", graph::baseUrl);
        properties.add("sopflow.publishing.facebook.pages.ppid-bunder.page-id", () -> "888");
        properties.add("sopflow.publishing.facebook.pages.ppid-bunder.access-token", () -> "token-uji");
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    ReviewRounds reviewRounds;
    @Autowired
    LateStepRepository lateSteps;
    @Autowired
    ReportArchive archive;

    PpidCase ppid;

    @BeforeEach
    void setUp() {
        init(engine);
        ppid = new PpidCase(engine);
        ClockUtil.setCurrentTime(Date.from(TUESDAY_0900));
        graph.stubFor(post(urlPathEqualTo("/888/photos")).willReturn(okJson("{\"id\":\"9101\"}")));
        graph.stubFor(post(urlPathEqualTo("/888/feed")).willReturn(okJson("{\"id\":\"888_777\"}")));
        graph.stubFor(get(urlPathEqualTo("/888_777")).willReturn(okJson("{\"permalink_url\":\"" + PERMALINK + "\"}")));
    }

    /** Puts the clock back and logs the user out after each test. */
    @RegisterExtension
    final TestKit kit = new TestKit();

    @Test
    void approvedAtOncePostedByHandOnTwoPlatformsAndReportedToTheKetuaWithEveryLink() throws IOException {
        ProcessInstance instance = ppid.start(PpidCase.bahan());

        assertThat(instance).isWaitingAt(BERI_INSTRUKSI);
        assertThat(instance.getTenantId()).isEqualTo("ppid-bunder");
        assertThat(instance).variables()
                .containsEntry(CaseHeader.UNIT.name(), "PPID Kalurahan Bunder")
                .containsEntry(CaseHeader.UNIT_ID.name(), "ppid-bunder")
                .containsEntry(PpidVariables.KETUA_PPID.name(), KETUA)
                .containsKey("lampiran1")
                .doesNotContainKey("lampiran2");
        Task instruction = ppid.onlyTask(instance);
        assertThat(instruction.getDueDate().toInstant()).as("10 minutes in WIB working time")
                .isEqualTo(ZonedDateTime.of(2026, 11, 24, 9, 10, 0, 0, WIB).toInstant());
        assertThat(engine.getTaskService().createTaskQuery().taskId(instruction.getId())
                .taskCandidateGroup("ppid-seksi-pddi").count()).isEqualTo(1);

        ppid.complete(instance, SEKSI, PpidVariables.INSTRUKSI_SEKSI.with("Siapkan materi website dan Instagram."));
        assertThat(instance).isWaitingAt(SUSUN_KONSEP);
        assertThat(ppid.onlyTask(instance).getDueDate().toInstant())
                .as("60 minutes from the instruction at 09.01 WIB")
                .isEqualTo(ZonedDateTime.of(2026, 11, 24, 10, 1, 0, 0, WIB).toInstant());
        assertThat(ppid.reviewHistoryOnDraft(instance)).as("nothing decided yet, so no reason is shown").isEmpty();
        ppid.complete(instance, ADMIN, konsep("website", "instagram"));
        assertThat(instance).variables().containsKey("gambar1").doesNotContainKey("gambarBaru1")
                .doesNotContainKey("gambar2");

        ppid.complete(instance, SEKSI, konsepSesuai(true, null));
        assertThat(instance).isWaitingAt(AJUKAN_PERSETUJUAN);
        ppid.complete(instance, SEKSI, PpidVariables.CATATAN_PENGANTAR.with("Sudah sesuai disposisi."));
        assertThat(instance).isWaitingAt(SETUJUI_MATERI);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskCandidateGroup("ppid-ketua").count()).isEqualTo(1);
        ppid.complete(instance, KETUA, materiDisetujui(true, null));

        assertThat(instance).isWaitingAt(TENTUKAN_PLATFORM);
        ppid.complete(instance, SEKSI, PpidCase.platforms("website", "instagram"));
        assertThat(instance).variables().containsEntry(PpidVariables.PLATFORM_DIPILIH.name(), "Website, Instagram");
        assertThat(instance).isWaitingAt(TERIMA_MATERI);
        ppid.complete(instance, ADMIN, PpidVariables.MATERI_DITERIMA.with(true));

        assertThat(ppid.jobs(instance, UNGGAH_OTOMATIS)).hasSize(2);
        ppid.runPostingJobs(instance);
        List<Task> manual = ppid.tasks(instance, UNGGAH_MANUAL);
        assertThat(manual).hasSize(2).allSatisfy(task -> {
            assertThat(task.getDueDate()).isNotNull();
            assertThat(PpidVariables.ALASAN_UNGGAH_MANUAL.fromTask(engine.getTaskService(), task.getId()).orElseThrow())
                    .contains("secara manual");
        });
        ppid.completeTask(ppid.manualTask(instance, "website"), ADMIN, PpidVariables.TAUTAN.with(WEBSITE_LINK));
        ppid.completeTask(ppid.manualTask(instance, "instagram"), ADMIN, PpidVariables.TAUTAN.with(" " + INSTAGRAM_LINK));

        assertThat(instance).isWaitingAt(LAPORKAN_TAUTAN);
        assertThat(instance).variables()
                .containsEntry(PpidVariables.TAUTAN_PLATFORM.get(Platform.WEBSITE).name(), WEBSITE_LINK)
                .containsEntry(PpidVariables.SALURAN_PLATFORM.get(Platform.WEBSITE).name(), "manual")
                .containsEntry(PpidVariables.TAUTAN_PLATFORM.get(Platform.INSTAGRAM).name(), INSTAGRAM_LINK)
                .containsEntry(PpidVariables.DAFTAR_TAUTAN.name(), "- Website: " + WEBSITE_LINK + "\n- Instagram: " + INSTAGRAM_LINK);
        ppid.complete(instance, SEKSI, PpidVariables.CATATAN_LAPORAN.with("Unggahan sudah tayang."));

        assertThat(instance).isWaitingAt(SUSUN_LAPORAN);
        ppid.composeReport(instance);
        assertThat(instance).isWaitingAt(TERIMA_LAPORAN);
        String reportId = ppid.variable(instance, PpidVariables.LAPORAN_ID);
        assertThat(ppid.variable(instance, PpidVariables.LAPORAN_URL)).isEqualTo("/api/laporan/" + reportId);
        ArchivedReport report = archive.find(reportId).orElseThrow();
        assertThat(report.tenantId()).isEqualTo("ppid-bunder");
        assertThat(report.processInstanceId()).isEqualTo(instance.getId());
        String text = pdfText(report.content());
        assertThat(text).contains("LAPORAN PENYEBARLUASAN INFORMASI", "KALURAHAN BUNDER",
                "Musyawarah Kalurahan RKP 2027", WEBSITE_LINK, INSTAGRAM_LINK, "Unggahan sudah tayang.",
                "Sudah sesuai disposisi.", "notulen.pdf", "musyawarah.png", "WIB");

        ppid.complete(instance, KETUA, PpidVariables.LAPORAN_DITERIMA.with(true));
        assertThat(instance).isEnded();
        assertThat(reviewRounds.of(instance.getId())).extracting(ReviewRound::stepId, ReviewRound::approved)
                .containsExactly(tuple(PERIKSA_KONSEP, true),
                        tuple(SETUJUI_MATERI, true));
    }

    @Test
    void everyRefusalReturnsToTheAdminMedsosWithItsReasonAndEveryRoundIsRecorded() {
        ProcessInstance instance = ppid.start(PpidCase.bahan());
        ppid.complete(instance, SEKSI, PpidVariables.INSTRUKSI_SEKSI.with("Siapkan materi website."));
        ppid.complete(instance, ADMIN, konsep("website"));

        ppid.complete(instance, SEKSI, konsepSesuai(false,
                "Nama peserta belum disebut."));
        assertThat(instance).isWaitingAt(SUSUN_KONSEP);
        assertThat(ppid.onlyTask(instance).getAssignee()).isNull();
        assertThat(instance).variables().containsEntry(PpidVariables.PUTARAN_PEMERIKSAAN.name(), 1);
        // The draft form shows why, from the shared review history: which gate, its round, who, when and the reason
        assertThat(ppid.reviewHistoryOnDraft(instance)).containsOnly(Map.entry(ReviewHistory.LAST_ROUND.name(),
                "Tidak — Periksa konsep materi (putaran 1), oleh " + SEKSI_NAME + ", " + TUESDAY + "09.03 WIB"
                        + "\nAlasan/catatan: Nama peserta belum disebut."));

        ppid.complete(instance, ADMIN, PpidVariables.TEKS.get(Platform.WEBSITE).with("Musyawarah dihadiri Lurah dan 60 peserta."));
        assertThat(instance).as("the image of the first draft is kept").variables().containsKey("gambar1");
        ppid.complete(instance, SEKSI, konsepSesuai(true, null));
        ppid.complete(instance, SEKSI, Map.of());
        ppid.complete(instance, KETUA, materiDisetujui(false,
                "Tambahkan hasil kesepakatan musyawarah."));
        assertThat(instance).isWaitingAt(SUSUN_KONSEP);
        Map<String, Object> afterKetua = ppid.reviewHistoryOnDraft(instance);
        assertThat(ReviewHistory.LAST_ROUND.from(afterKetua).orElseThrow()).isEqualTo(
                "Tidak — Setujui materi untuk diunggah (putaran 1), oleh " + KETUA_NAME + ", " + TUESDAY + "09.07 WIB"
                        + "\nAlasan/catatan: Tambahkan hasil kesepakatan musyawarah.");
        assertThat(ReviewHistory.EARLIER_ROUNDS.from(afterKetua).orElseThrow()).as("newest first").isEqualTo(
                "Ya — Periksa konsep materi (putaran 2), oleh " + SEKSI_NAME + ", " + TUESDAY + "09.05 WIB\n\n"
                        + "Tidak — Periksa konsep materi (putaran 1), oleh " + SEKSI_NAME + ", " + TUESDAY + "09.03 WIB"
                        + "\nAlasan/catatan: Nama peserta belum disebut.");

        ppid.complete(instance, ADMIN, PpidVariables.GAMBAR_BARU.get(0).put(
                PpidVariables.TEKS.get(Platform.WEBSITE).with("Musyawarah menyepakati 12 kegiatan RKP 2027."),
                PpidCase.image("kesepakatan.png")));
        assertThat(PpidVariables.GAMBAR.get(0).fromCase(engine.getRuntimeService(), instance.getId()).orElseThrow()
                .getFilename()).isEqualTo("kesepakatan.png");
        ppid.complete(instance, SEKSI, konsepSesuai(false,
                "Salah ketik pada judul."));
        Map<String, Object> afterSecondCheck = ppid.reviewHistoryOnDraft(instance);
        assertThat(ReviewHistory.LAST_ROUND.from(afterSecondCheck).orElseThrow())
                .as("the last refusal counts, though the Ketua's older refusal is still in its variable").isEqualTo(
                "Tidak — Periksa konsep materi (putaran 3), oleh " + SEKSI_NAME + ", " + TUESDAY + "09.09 WIB"
                        + "\nAlasan/catatan: Salah ketik pada judul.");
        assertThat(ReviewHistory.EARLIER_ROUNDS.from(afterSecondCheck).orElseThrow())
                .startsWith("Tidak — Setujui materi untuk diunggah (putaran 1), oleh " + KETUA_NAME)
                .contains("Alasan/catatan: Tambahkan hasil kesepakatan musyawarah.");

        ppid.complete(instance, ADMIN, PpidVariables.TEKS.get(Platform.WEBSITE).with("Musyawarah Kalurahan menyepakati 12 kegiatan."));
        ppid.complete(instance, SEKSI, konsepSesuai(true, null));
        ppid.complete(instance, SEKSI, Map.of());
        ppid.complete(instance, KETUA, materiDisetujui(true, null));

        assertThat(instance).isWaitingAt(TENTUKAN_PLATFORM);
        assertThat(instance).variables().containsEntry(PpidVariables.PUTARAN_PEMERIKSAAN.name(), 4)
                .containsEntry(PpidVariables.PUTARAN_PERSETUJUAN.name(), 2);
        List<ReviewRound> rounds = reviewRounds.of(instance.getId());
        assertThat(rounds).extracting(ReviewRound::stepId, ReviewRound::round, ReviewRound::approved,
                ReviewRound::reason, ReviewRound::reviewerId).containsExactly(
                tuple(PERIKSA_KONSEP, 1, false, "Nama peserta belum disebut.", SEKSI),
                tuple(PERIKSA_KONSEP, 2, true, null, SEKSI),
                tuple(SETUJUI_MATERI, 1, false,
                        "Tambahkan hasil kesepakatan musyawarah.", KETUA),
                tuple(PERIKSA_KONSEP, 3, false, "Salah ketik pada judul.", SEKSI),
                tuple(PERIKSA_KONSEP, 4, true, null, SEKSI),
                tuple(SETUJUI_MATERI, 2, true, null, KETUA));
    }

    @Test
    void theDiagramsRequiredInstructionHoldsForEveryClientEvenWithoutAForm() {
        // No logged-in user (an administrator's tool, a delegate): the form contract does not run, the diagram's
        // declared kelengkapan (requiredFieldsCheck, "isianWajib") still does.
        ProcessInstance instance = ppid.start(PpidCase.bahan());
        Task instruction = ppid.onlyTask(instance);
        assertThatThrownBy(() -> engine.getTaskService().complete(instruction.getId(), PpidVariables.INSTRUKSI_SEKSI.with(" ")))
                .isInstanceOf(InputRefusedException.class).hasMessage("Instruksi kepada Admin Medsos wajib diisi.");
        assertThat(instance).isWaitingAt(BERI_INSTRUKSI);
    }

    @Test
    void aRefusalWithoutAReasonIsRefusedAtBothGates() {
        ProcessInstance instance = ppid.start(PpidCase.bahan());
        assertThatThrownBy(() -> ppid.complete(instance, SEKSI, PpidVariables.INSTRUKSI_SEKSI.with(" ")))
                .hasMessageContaining("«Instruksi kepada Admin Medsos» (instruksiSeksi) wajib diisi");
        ppid.unclaim(instance);
        ppid.complete(instance, SEKSI, PpidVariables.INSTRUKSI_SEKSI.with("Siapkan materi website."));
        ppid.complete(instance, ADMIN, konsep("website"));

        assertThatThrownBy(() -> ppid.complete(instance, SEKSI,
                konsepSesuai(false, "  ")))
                .hasMessageContaining("Alasan penolakan wajib diisi");
        assertThat(instance).isWaitingAt(PERIKSA_KONSEP);
        assertThatThrownBy(() -> ppid.complete(instance, SEKSI, Map.of()))
                .hasMessageContaining("(konsepSesuai) wajib diisi"); // the form's required decision

        ppid.complete(instance, SEKSI, konsepSesuai(true, null));
        ppid.complete(instance, SEKSI, Map.of());
        assertThatThrownBy(() -> ppid.complete(instance, KETUA,
                materiDisetujui(false, null)))
                .hasMessageContaining("Alasan penolakan wajib diisi");
        assertThat(instance).isWaitingAt(SETUJUI_MATERI);
        assertThat(reviewRounds.of(instance.getId())).hasSize(1);
    }

    @Test
    void incompleteBahanIsRefusedBeforeAnyCaseExists() {
        var bahan = PpidCase.bahan();
        PpidVariables.JUDUL.put(bahan, " ");
        PpidVariables.TANGGAL_KEGIATAN.put(bahan, "20/11/2026");
        PpidVariables.DISPOSISI.put(bahan, null);
        long before = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PpidVariables.PROCESS_KEY).count();

        // The form's required fields are refused at the door by the form contract, all at once; the date, which
        // the form leaves to the browser's date input, by PPID's own start check.
        assertThatThrownBy(() -> ppid.start(bahan))
                .hasMessageContaining("(judul) wajib diisi")
                .hasMessageContaining("(disposisi) wajib diisi");
        assertThatThrownBy(() -> ppid.start(PpidVariables.TANGGAL_KEGIATAN.put(PpidCase.bahan(), "20/11/2026")))
                .hasMessageContaining("Tanggal kegiatan \"20/11/2026\" tidak dikenali");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(PpidVariables.PROCESS_KEY).count()).isEqualTo(before);
    }

    @Test
    void aDraftWithoutTextOrWithAFakeImageStaysOpenWithEveryProblem() {
        ProcessInstance instance = ppid.start(PpidCase.bahan());
        ppid.complete(instance, SEKSI, PpidVariables.INSTRUKSI_SEKSI.with("Siapkan materi."));

        // The form's own limit is refused at the door by the form contract; what only PPID's rules know (the
        // image is not really one) by PPID's completion check.
        assertThatThrownBy(() -> ppid.complete(instance, ADMIN, PpidVariables.TEKS.get(Platform.INSTAGRAM).with("x".repeat(2_201))))
                .hasMessageContaining("(teksInstagram) paling banyak 2200 karakter");
        ppid.unclaim(instance);
        VariableMap bad = PpidVariables.GAMBAR_BARU.get(0)
                .with(Variables.fileValue("foto.png").file("bukan gambar".getBytes()).create());
        assertThatThrownBy(() -> ppid.complete(instance, ADMIN, bad))
                .hasMessageContaining("Gambar (\"foto.png\") bukan gambar JPEG, PNG atau WebP");
        ppid.unclaim(instance);
        assertThatThrownBy(() -> ppid.complete(instance, ADMIN, PpidVariables.TEKS.get(Platform.WEBSITE).with(" ")))
                .hasMessageContaining("paling sedikit satu platform")
                .hasMessageContaining("paling sedikit satu gambar");
        assertThat(instance).isWaitingAt(SUSUN_KONSEP);
        assertThat(instance).variables().doesNotContainKey(PpidVariables.GAMBAR.get(0).name());

        ppid.unclaim(instance);
        ppid.complete(instance, ADMIN, konsep("facebook"));
        ppid.complete(instance, SEKSI, konsepSesuai(false, "Ganti gambar."));
        assertThatThrownBy(() -> ppid.complete(instance, ADMIN, PpidVariables.HAPUS_GAMBAR.get(0).with(true)))
                .as("removing the only image").hasMessageContaining("paling sedikit satu gambar");
    }

    @Test
    void seksiPddiMustChooseAtLeastOnePlatformWithAnApprovedText() {
        ProcessInstance instance = ppid.atKetuaApproval("website", "youtube");
        ppid.complete(instance, KETUA, materiDisetujui(true, null));

        assertThatThrownBy(() -> ppid.complete(instance, SEKSI, PpidVariables.PLATFORM.get(Platform.WEBSITE).with(false)))
                .hasMessageContaining("Pilih paling sedikit satu platform");
        ppid.unclaim(instance);
        assertThatThrownBy(() -> ppid.complete(instance, SEKSI, PpidVariables.PLATFORM.get(Platform.INSTAGRAM).with(true)))
                .hasMessageContaining("tidak memuat teks untuk Instagram");
        assertThat(instance).isWaitingAt(TENTUKAN_PLATFORM);
    }

    @Test
    void facebookIsPostedAutomaticallyOnceWhileYouTubeIsPostedByHand() {
        ProcessInstance instance = ppid.posting("facebook", "youtube");

        ppid.runPostingJobs(instance);
        assertThat(instance).variables()
                .containsEntry(PpidVariables.TAUTAN_PLATFORM.get(Platform.FACEBOOK).name(), PERMALINK)
                .containsEntry(PpidVariables.SALURAN_PLATFORM.get(Platform.FACEBOOK).name(), "otomatis");
        // the savepoint after posting: running it again must not post again
        ppid.runPostingJobs(instance);
        graph.verify(1, postRequestedFor(urlPathEqualTo("/888/feed")));
        graph.verify(1, postRequestedFor(urlPathEqualTo("/888/photos")));

        Task youtube = ppid.manualTask(instance, "youtube");
        assertThatThrownBy(() -> ppid.completeTask(youtube, ADMIN, PpidVariables.TAUTAN.with(PERMALINK)))
                .hasMessageContaining("bukan alamat YouTube");
        ppid.unclaim(instance);
        ppid.completeTask(youtube, ADMIN, PpidVariables.TAUTAN.with("https://youtu.be/ppid2027"));

        assertThat(instance).isWaitingAt(LAPORKAN_TAUTAN);
        assertThat(instance).variables().containsEntry(PpidVariables.DAFTAR_TAUTAN.name(),
                "- Facebook: " + PERMALINK + "\n- YouTube: https://youtu.be/ppid2027");
    }

    @Test
    void aFacebookRefusalHandsThePostingToTheAdminMedsosWithFacebooksMessage() {
        graph.stubFor(post(urlPathEqualTo("/888/feed")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Permissions error\",\"code\":200}}")));
        ProcessInstance instance = ppid.posting("facebook");

        ppid.runPostingJobs(instance);

        Task manual = ppid.manualTask(instance, "facebook");
        assertThat(PpidVariables.ALASAN_UNGGAH_MANUAL.fromTask(engine.getTaskService(), manual.getId()).orElseThrow())
                .contains("Permissions error");
        ppid.completeTask(manual, ADMIN, PpidVariables.TAUTAN.with("https://m.facebook.com/kalurahan.bunder/posts/1"));
        assertThat(instance).variables().containsEntry(PpidVariables.SALURAN_PLATFORM.get(Platform.FACEBOOK).name(), "manual");
        assertThat(instance).isWaitingAt(LAPORKAN_TAUTAN);
    }

    @Test
    void facebookFailingForAWhileRaisesAnIncidentForCockpitAndLeavesTheOtherPlatformsAlone() {
        graph.stubFor(post(urlPathEqualTo("/888/feed")).willReturn(serverError()));
        ProcessInstance instance = ppid.posting("facebook", "instagram");

        var facebook = ppid.jobs(instance, UNGGAH_OTOMATIS).stream()
                .filter(job -> PpidVariables.PLATFORM_UNGGAH.fromCase(engine.getRuntimeService(), job.getExecutionId())
                        .filter("facebook"::equals).isPresent())
                .findFirst().orElseThrow();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> engine.getManagementService().executeJob(facebook.getId()))
                    .as("a transient failure is left to the engine's retries");
        }
        ppid.runPostingJobs(instance);

        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId())
                .activityId(UNGGAH_OTOMATIS).count()).isEqualTo(1);
        assertThat(ppid.tasks(instance, UNGGAH_MANUAL)).as("Instagram still goes to the Admin Medsos").hasSize(1);
        graph.verify(3, postRequestedFor(urlPathEqualTo("/888/feed")));
    }

    @Test
    void aWebsiteLinkMustLieOnTheKalurahansOwnDomain() {
        ProcessInstance instance = ppid.posting("website");
        ppid.runPostingJobs(instance);
        Task website = ppid.manualTask(instance, "website");

        assertThatThrownBy(() -> ppid.completeTask(website, ADMIN,
                PpidVariables.TAUTAN.with("https://bunder.example.go.id.evil.example/berita/1")))
                .hasMessageContaining("harus berada di bunder.example.go.id");
        ppid.unclaim(instance);
        assertThatThrownBy(() -> ppid.completeTask(website, ADMIN, PpidVariables.TAUTAN.with("sudah diunggah")))
                .hasMessageContaining("bukan alamat web yang sah");
        ppid.unclaim(instance);
        assertThatThrownBy(() -> ppid.completeTask(website, ADMIN, Map.of()))
                .hasMessageContaining("wajib diisi");
        ppid.unclaim(instance);

        ppid.completeTask(website, ADMIN, PpidVariables.TAUTAN.with("https://www.bunder.example.go.id/berita/1"));
        assertThat(instance).isWaitingAt(LAPORKAN_TAUTAN);
    }

    @Test
    void aDueDateCrossingTheEndOfTheWorkingDayContinuesTheNextWorkingMorningInWib() {
        // Tuesday 15:55 WIB: five minutes of the day left; the other five from 07:30 WIB on Wednesday
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 24, 15, 55, 0, 0, WIB).toInstant()));
        ProcessInstance instance = ppid.start(PpidCase.bahan());

        assertThat(ppid.onlyTask(instance).getDueDate().toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 11, 25, 7, 35, 0, 0, WIB).toInstant());
        assertThat(ppid.job(instance, PpidElements.timerOf(BERI_INSTRUKSI)).getDuedate())
                .isEqualTo(ppid.onlyTask(instance).getDueDate());
    }

    @Test
    void everyStepsTimerMarksItLateWithoutDisturbingIt() {
        ProcessInstance instance = ppid.start(PpidCase.bahan());
        ppid.fireLateTimer(ppid.onlyTask(instance));
        ppid.complete(instance, SEKSI, PpidVariables.INSTRUKSI_SEKSI.with("Siapkan materi."));
        ppid.fireLateTimer(ppid.onlyTask(instance));
        ppid.complete(instance, ADMIN, konsep("website", "instagram"));
        ppid.fireLateTimer(ppid.onlyTask(instance));
        ppid.complete(instance, SEKSI, konsepSesuai(true, null));
        ppid.fireLateTimer(ppid.onlyTask(instance));
        ppid.complete(instance, SEKSI, Map.of());
        ppid.fireLateTimer(ppid.onlyTask(instance));
        ppid.complete(instance, KETUA, materiDisetujui(true, null));
        ppid.fireLateTimer(ppid.onlyTask(instance));
        ppid.complete(instance, SEKSI, PpidVariables.PLATFORM.get(Platform.INSTAGRAM).put(
                PpidVariables.PLATFORM.get(Platform.WEBSITE).with(true), true));
        ppid.fireLateTimer(ppid.onlyTask(instance));
        ppid.complete(instance, ADMIN, PpidVariables.MATERI_DITERIMA.with(true));
        ppid.runPostingJobs(instance);
        Task website = ppid.manualTask(instance, "website");
        Task instagram = ppid.manualTask(instance, "instagram");
        ppid.fireLateTimer(website);
        ppid.fireLateTimer(instagram);
        ppid.completeTask(website, ADMIN, PpidVariables.TAUTAN.with(WEBSITE_LINK));
        ppid.completeTask(instagram, ADMIN, PpidVariables.TAUTAN.with(INSTAGRAM_LINK));
        ppid.fireLateTimer(ppid.onlyTask(instance));
        ppid.complete(instance, SEKSI, Map.of());
        ppid.composeReport(instance);
        ppid.fireLateTimer(ppid.onlyTask(instance));
        ppid.complete(instance, KETUA, PpidVariables.LAPORAN_DITERIMA.with(true));

        assertThat(instance).isEnded();
        List<LateStep> late = lateSteps.ofProcessInstance(instance.getId());
        assertThat(late).extracting(LateStep::stepId).containsExactly(BERI_INSTRUKSI, SUSUN_KONSEP, PERIKSA_KONSEP,
                AJUKAN_PERSETUJUAN, SETUJUI_MATERI, TENTUKAN_PLATFORM, TERIMA_MATERI, UNGGAH_MANUAL, UNGGAH_MANUAL,
                LAPORKAN_TAUTAN, TERIMA_LAPORAN);
        assertThat(late).allSatisfy(step -> {
            assertThat(step.tenantId()).isEqualTo("ppid-bunder");
            assertThat(step.completedAt()).isNotNull();
        });
        assertThat(late).extracting(LateStep::mutuBaku).containsExactly("PT10M", "PT60M", "PT15M", "PT15M",
                "PT10M", "PT10M", "PT10M", "PT10M", "PT10M", "PT10M", "PT10M");
        assertThat(late).as("the Ketua PPID, the SOP's supervisor, was told of each late step in Tasklist, and "
                        + "each notice closed itself when its step was done")
                .allSatisfy(step -> {
                    assertThat(engine.getHistoryService().createHistoricIdentityLinkLogQuery()
                            .taskId(step.notificationTaskId()).groupId("ppid-ketua").count()).isPositive();
                    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
                            .taskId(step.notificationTaskId()).finished().count()).isEqualTo(1);
                });
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
