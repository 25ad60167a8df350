package id.sopflow.sop.sipa;

import static id.sopflow.sop.sipa.SipaElements.UNGGAH_MEDSOS;
import static id.sopflow.sop.sipa.SipaElements.VERIFIKASI_LAPORAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import id.sopflow.tasklist.TasklistBrowser;
import id.sopflow.testkit.SharedContextTest;
import id.sopflow.testkit.TestKit;

/**
 * SIPA BERMEDSOS rows 1 and 2 as the desa and the admin really work them: in Camunda Tasklist, in headless
 * Chromium, through the embedded forms {@code forms/sipa-laporan.html} and {@code forms/sipa-verifikasi.html}. What
 * only a browser shows: the start form really uploads a photo, and the admin really sees it.
 *
 * <p>On failure the browser's screenshot, page source and console are saved under {@code target/browser/}.
 */
@SharedContextTest
class SipaTasklistBrowserTest {

    static final String JUDUL = "Pembangunan jalan usaha tani RT 02";
    static final String VERIFIKASI = "Verifikasi laporan dan konten";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    @TempDir
    Path temp;

    TasklistBrowser browser;

    @RegisterExtension
    final TestKit kit = new TestKit();

    @BeforeEach
    void openBrowser() {
        browser = kit.browser();
    }


    @Test
    void theDesaReportsWithAPhotoAndTheAdminSeesItAndVerifiesIt() throws IOException {
        Path photo = writePhoto();

        // Row 1: Pemerintah Desa Babayau starts the report from Tasklist's start form
        browser.logIn("pemdes-babayau", "demo");
        browser.click(By.cssSelector(".start-process-action a"));
        browser.click(By.xpath(
                "//ul[contains(@class,'processes')]//a[normalize-space()='SIPA BERMEDSOS']"));
        new Select(browser.visible(By.id("jenisLaporan"))).selectByValue("kegiatan-pembangunan");
        browser.visible(By.id("judul")).sendKeys(JUDUL);
        browser.visible(By.id("periode")).sendKeys("November 2026");
        browser.visible(By.id("lokasi")).sendKeys("RT 02 Dusun I");
        browser.visible(By.id("uraian")).sendKeys("Pengerasan jalan sepanjang 250 meter dengan dana desa.");
        browser.visible(By.id("teksKonten")).sendKeys("Jalan usaha tani RT 02 selesai dikerjakan.");
        browser.click(browser.visible(By.id("platformFacebook")));
        browser.driver().findElement(By.id("foto1")).sendKeys(photo.toAbsolutePath().toString());
        browser.click(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']"));
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));

        ProcessInstance report = startedReport();
        // not only Tasklist's bare toast: the report's code, its public page and the way to "Laporan Saya"
        String kode = SipaVariables.KODE_PUBLIK.fromCase(runtimeService, report.getId()).orElse(null);
        browser.await().until(driver -> browser.notifications().stream().anyMatch(text -> text.contains(
                "Kode laporan: " + kode) && text.contains("/publik/sipa/" + kode) && text.contains("Laporan Saya")));
        assertThat(browser.visible(By.cssSelector(".sopflow-laporan-terkirim a")).getAttribute("href"))
                .endsWith("/laporan-saya");
        browser.saveEvidence("sipa-laporan-terkirim");
        assertThat(report.getTenantId()).isEqualTo("desa-babayau");
        assertThat(SipaVariables.DESA.fromCase(runtimeService, report.getId()).orElse(null)).isEqualTo("Desa Babayau (contoh)");
        assertThat(SipaVariables.JUDUL.fromCase(runtimeService, report.getId()).orElse(null)).isEqualTo(JUDUL);
        assertThat(SipaVariables.PLATFORM_FACEBOOK.fromCase(runtimeService, report.getId()).orElse(null)).isEqualTo(true);
        FileValue foto1 = runtimeService.getVariableTyped(report.getId(), "foto1");
        assertThat(foto1.getFilename()).isEqualTo(photo.getFileName().toString());
        assertThat(foto1.getMimeType()).isEqualTo("image/png");
        try (InputStream content = foto1.getValue()) {
            assertThat(content.readAllBytes()).isEqualTo(Files.readAllBytes(photo));
        }
        assertThat(runtimeService.getActiveActivityIds(report.getId())).containsExactly(VERIFIKASI_LAPORAN);

        // Row 2: the admin of the kecamatan finds the report in the group's queue, claims it and verifies it
        browser.logOut();
        browser.logIn("admin-sipa", "demo");
        browser.click(By.xpath(
                "//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(),"
                        + "'Tugas Kelompok Saya')]"));
        browser.click(By.xpath(
                "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][.//h4[contains(@class,'task') and "
                        + "normalize-space()='" + VERIFIKASI + "']]//div[contains(@class,'clickable')]"));
        browser.visible(By.xpath("//div[contains(@class,'names')]/h2[contains(@class,'task') and normalize-space()='"
                + VERIFIKASI + "']"));
        browser.click(By.cssSelector("button.claim"));
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));

        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("form[name='sipaVerifikasi'] h4"), JUDUL));
        assertThat(browser.visible(By.cssSelector("form[name='sipaVerifikasi'] h4")).getText())
                .contains("Desa Babayau (contoh)");
        WebElement foto = browser.visible(By.cssSelector("img.sipa-foto"));
        browser.await().until(driver -> Boolean.TRUE.equals(browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", foto)));
        assertThat(((Number) browser.script("return arguments[0].naturalWidth;", foto)).intValue())
                .isEqualTo(PHOTO_WIDTH);

        new Select(browser.visible(By.id("terverifikasi"))).selectByValue("true");
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.await().until(driver -> taskService.createTaskQuery().processInstanceId(report.getId()).count() == 0);

        // Row 3 waits for the job executor; the verification round is on record
        assertThat(runtimeService.getActiveActivityIds(report.getId())).containsExactly(UNGGAH_MEDSOS);
        Job posting = managementService.createJobQuery().processInstanceId(report.getId()).singleResult();
        assertThat(posting.getFailedActivityId()).isNull();
        assertThat(SipaVariables.TERVERIFIKASI.fromCase(runtimeService, report.getId()).orElse(null)).isEqualTo(true);
        List<String> decidedBy = jdbc.queryForList(
                "SELECT REVIEWER_ID FROM SOPFLOW_REVIEW_ROUND WHERE PROCESS_INSTANCE_ID = ?", String.class, report.getId());
        assertThat(decidedBy).containsExactly("admin-sipa");
    }

    /**
     * Row 1 again after a Tidak: "Perbaiki laporan" opens the fix form, which says who refused, when and why, keeps
     * what the desa wrote, and sends back only what the desa changes (the photo stays).
     */
    @Test
    void theDesaSeesWhyItsReportCameBackAndFixesOnlyWhatWasWrong() {
        identityService.setAuthentication("pemdes-babayau", List.of("sipa-pemerintah-desa"), List.of("desa-babayau"));
        String reportId;
        try {
            reportId = runtimeService.startProcessInstanceByKey(SipaVariables.PROCESS_KEY,
                    SipaFixtures.completeReport()).getId();
        } finally {
            identityService.clearAuthentication();
        }
        try {
            fixLoop(reportId);
        } finally {
            // the other test counts the SIPA cases it started
            runtimeService.deleteProcessInstance(reportId, "uji selesai");
        }
    }

    private void fixLoop(String reportId) {
        var verification = taskService.createTaskQuery().processInstanceId(reportId).singleResult();
        taskService.setAssignee(verification.getId(), "admin-sipa");
        taskService.complete(verification.getId(), SipaProcessTest.decision(false,
                "Uraian belum menyebut volume pekerjaan."));
        assertThat(runtimeService.getActiveActivityIds(reportId)).containsExactly(SipaElements.PERBAIKI_LAPORAN);

        browser.logIn("pemdes-babayau", "demo");
        // Tasklist re-renders the filter and the list once more while they load: click again if it did
        browser.click(By.xpath(
                "//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(),"
                        + "'Tugas Kelompok Saya')]"));
        browser.click(By.xpath(
                "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][.//h4[contains(@class,'task') and "
                        + "normalize-space()='Perbaiki laporan']]//div[contains(@class,'clickable')]"));
        browser.click(By.cssSelector("button.claim"));
        WebElement why = browser.visible(By.cssSelector("form[name='sipaPerbaikiLaporan'] .sopflow-tinjauan"));
        assertThat(why.getText()).contains("Tidak — Verifikasi laporan dan konten (putaran 1)", "admin-sipa",
                "Uraian belum menyebut volume pekerjaan.");
        assertThat(browser.visible(By.cssSelector("form[name='sipaPerbaikiLaporan'] .alert-danger")).getText())
                .contains("Uraian belum menyebut volume pekerjaan.");
        browser.await().until(driver -> "Pembangunan jalan usaha tani RT 02".equals(
                browser.visible(By.id("judul")).getAttribute("value")));
        browser.saveEvidence("sipa-perbaiki-laporan");

        WebElement uraian = browser.visible(By.id("uraian"));
        uraian.clear();
        uraian.sendKeys("Pengerasan jalan sepanjang 250 meter, lebar 3 meter, dengan dana desa.");
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.await().until(driver -> runtimeService.getActiveActivityIds(reportId)
                .contains(VERIFIKASI_LAPORAN));

        assertThat(SipaVariables.URAIAN.fromCase(runtimeService, reportId).orElse(null))
                .isEqualTo("Pengerasan jalan sepanjang 250 meter, lebar 3 meter, dengan dana desa.");
        assertThat(SipaVariables.JUDUL.fromCase(runtimeService, reportId).orElse(null)).isEqualTo("Pembangunan jalan usaha tani RT 02");
        assertThat(SipaVariables.ANGGARAN.fromCase(runtimeService, reportId).orElse(null)).isEqualTo(150_000_000L);
        FileValue foto1 = runtimeService.getVariableTyped(reportId, "foto1");
        assertThat(foto1.getFilename()).isEqualTo("jalan.png");
    }


    static final int PHOTO_WIDTH = 64;

    private Path writePhoto() throws IOException {
        BufferedImage image = new BufferedImage(PHOTO_WIDTH, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < PHOTO_WIDTH; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, y < 24 ? 0x2e7d32 : 0x8d6e63);
            }
        }
        Path photo = temp.resolve("jalan-usaha-tani.png");
        ImageIO.write(image, "png", photo.toFile());
        return photo;
    }

    private ProcessInstance startedReport() {
        List<ProcessInstance> reports = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(SipaVariables.PROCESS_KEY)
                .list();
        assertThat(reports).as("SIPA BERMEDSOS instances after submitting the start form; Tasklist said %s",
                browser.notifications()).hasSize(1);
        return reports.get(0);
    }
}
