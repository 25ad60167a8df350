package id.sopflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a desa and the kecamatan see on day one, in the real Tasklist in headless Chromium: each card says which
 * case it is, and each desa reads only its own reports on "Laporan Saya".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffDayOneBrowserTest {

    private static final String GROUP_TASKS = "//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]"
            + "/a[contains(normalize-space(),'Tugas Kelompok Saya')]";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    TasklistBrowser browser;
    final List<String> started = new ArrayList<>();

    @RegisterExtension
    final AfterTestExecutionCallback evidenceOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.saveEvidence(context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openBrowser() {
        browser = TasklistBrowser.open("http://localhost:" + port);
    }

    @AfterEach
    void cleanUp() {
        if (browser != null) {
            browser.close();
        }
        // other browser tests count the SIPA cases they start
        started.forEach(id -> runtimeService.deleteProcessInstance(id, "uji selesai"));
    }

    @Test
    void everyCardSaysWhichCaseItIsForTheKecamatanAdminAndForTheDesa() {
        String report = startSipa("pemdes-babayau", "desa-babayau", "Sumur bor RT 04");

        browser.logIn("admin-sipa", "demo");
        String adminCard = card("Verifikasi laporan dan konten");
        assertThat(adminCard).contains("Desa Babayau (contoh)", "Sumur bor RT 04", "SIPA BERMEDSOS", "WITA");
        browser.saveEvidence("kartu-admin-kecamatan");
        browser.logOut();

        String verification = taskService.createTaskQuery().processInstanceId(report).singleResult().getId();
        taskService.setAssignee(verification, "admin-sipa");
        taskService.complete(verification, Map.of("terverifikasi", false, "alasanPenolakan", "Foto buram."));

        browser.logIn("pemdes-babayau", "demo");
        String desaCard = card("Perbaiki laporan");
        assertThat(desaCard).contains("Desa Babayau (contoh)", "Sumur bor RT 04", "SIPA BERMEDSOS", "WITA");
        browser.saveEvidence("kartu-desa");
    }

    @Test
    void eachDesaSeesOnlyItsOwnReportsOnLaporanSaya() {
        startSipa("pemdes-babayau", "desa-babayau", "Sumur bor RT 04");
        startSipa("pemdes-lamida-atas", "desa-lamida-atas", "Drainase Dusun II");

        browser.logIn("pemdes-babayau", "demo");
        String babayau = laporanSaya();
        assertThat(babayau).contains("Sumur bor RT 04", "menunggu verifikasi", "Desa Babayau (contoh)")
                .doesNotContain("Drainase Dusun II");
        browser.saveEvidence("laporan-saya-babayau");

        browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        browser.logOut();
        browser.logIn("pemdes-lamida-atas", "demo");
        assertThat(laporanSaya()).contains("Drainase Dusun II").doesNotContain("Sumur bor RT 04");
    }

    @Test
    void theManualPostingFormShowsTheTextToCopyAndThePhotoToDownload() {
        String report = startSipa("pemdes-babayau", "desa-babayau", "Sumur bor RT 04");
        String verification = taskService.createTaskQuery().processInstanceId(report).singleResult().getId();
        taskService.setAssignee(verification, "admin-sipa");
        taskService.complete(verification, Map.of("terverifikasi", true));
        // No Facebook Page is configured for the desa: the posting job hands the report to the admin
        managementService.executeJob(managementService.createJobQuery().processInstanceId(report).singleResult()
                .getId());
        assertThat(runtimeService.getActiveActivityIds(report)).containsExactly("userTask_unggahManual");

        browser.logIn("admin-sipa", "demo");
        browser.click(browser.clickable(By.xpath(GROUP_TASKS)));
        browser.click(browser.clickable(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
                + "[.//h4[contains(@class,'task') and normalize-space()='Unggah manual dan catat tautan']]"
                + "//div[contains(@class,'clickable')]")));
        browser.click(browser.clickable(By.cssSelector("button.claim")));
        var photo = browser.visible(By.cssSelector("form[name='sipaUnggahManual'] img.sopflow-berkas-gambar"));
        browser.await().until(driver -> Boolean.TRUE.equals(browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", photo)));
        assertThat(browser.visible(By.xpath("//a[contains(normalize-space(),'Unduh foto.png')]")).getAttribute("download"))
                .isEqualTo("foto.png");
        browser.await().until(driver -> browser.visible(By.id("teksUnggahan")).getAttribute("value")
                .contains("(kode laporan "));
        assertThat(browser.visible(By.id("teksUnggahan")).getAttribute("value"))
                .startsWith("Selesai dikerjakan.")
                .contains("Laporan lengkap, pertanyaan dan keluhan: http://localhost:" + port + "/publik/sipa/");
        assertThat(browser.visible(By.cssSelector("button.sopflow-salin")).getText()).isEqualTo("Salin teks");
        browser.saveEvidence("sipa-unggah-manual");

        browser.visible(By.id("tautanPublikasi")).sendKeys("www.facebook.com/desa.babayau/posts/1");
        browser.click(browser.clickable(By.cssSelector("button[ng-click='complete()']")));
        assertThat(browser.visible(By.cssSelector("form[name='sipaUnggahManual'] .alert-danger")).getText())
                .contains("diawali https://");
    }

    private String laporanSaya() {
        browser.driver().get("http://localhost:" + port + "/laporan-saya");
        return browser.visible(By.tagName("main")).getText();
    }

    /** The text of the card of that task in "Tugas Kelompok Saya", once its case fields are shown. */
    private String card(String taskName) {
        browser.click(browser.clickable(By.xpath(GROUP_TASKS)));
        By card = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][.//h4[contains(@class,"
                + "'task') and normalize-space()='" + taskName + "']]");
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(card, "Desa/unit"));
        // the card folds the fields after the first two; its text holds them all
        return (String) browser.script("return arguments[0].textContent.replace(/\\s+/g, ' ');",
                browser.visible(card));
    }

    private String startSipa(String user, String desa, String judul) {
        identityService.setAuthentication(user, List.of("sipa-pemerintah-desa"), List.of(desa));
        try {
            String id = runtimeService.startProcessInstanceByKey("sipa-bermedsos", Variables.createVariables()
                    .putValue("jenisLaporan", "kegiatan-pembangunan").putValue("judul", judul)
                    .putValue("periode", "November 2026").putValue("lokasi", "RT 04")
                    .putValue("uraian", "Pembangunan dengan dana desa.").putValue("teksKonten", "Selesai dikerjakan.")
                    .putValue("platformFacebook", true).putValue("platformInstagram", false)
                    .putValue("foto1", Variables.fileValue("foto.png").file(png()).mimeType("image/png").create()))
                    .getId();
            started.add(id);
            return id;
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static byte[] png() {
        var image = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        try (var out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
