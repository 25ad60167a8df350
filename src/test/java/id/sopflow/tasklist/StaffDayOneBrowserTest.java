package id.sopflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.sopflow.mutubaku.IndonesianTime;
import id.sopflow.sop.sipa.SipaVariables;
import id.sopflow.testkit.SharedContextTest;
import id.sopflow.testkit.TestKit;

/**
 * What a desa and the kecamatan see on day one, in the real Tasklist in headless Chromium: each card says which
 * case it is and marks a late step, each desa reads only its own reports on "Laporan Saya" (linked from Tasklist's
 * header), and the manual posting form shows what to post.
 */
@SharedContextTest
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
    final TestKit kit = new TestKit();

    @BeforeEach
    void openBrowser() {
        browser = kit.browser();
    }

    @AfterEach
    void cleanUp() {
        // other browser tests count the SIPA cases they start
        started.forEach(id -> runtimeService.deleteProcessInstance(id, "uji selesai"));
    }

    @Test
    void everyCardSaysWhichCaseItIsAndMarksLateStepsForTheKecamatanAdminAndForTheDesa() {
        String late = startSipa("pemdes-babayau", "desa-babayau", "Sumur bor RT 04");
        String onTime = startSipa("pemdes-lamida-atas", "desa-lamida-atas", "Drainase Dusun II");
        Instant lateDue = makeLate(taskOf(late));

        browser.logIn("admin-sipa", "demo");
        openGroupTasks();
        WebElement lateCard = card("Sumur bor RT 04");
        WebElement onTimeCard = card("Drainase Dusun II");
        assertThat(text(lateCard)).contains("Verifikasi laporan dan konten", "Desa Babayau (contoh)", "SIPA BERMEDSOS",
                "WITA");
        assertThat(text(onTimeCard)).contains("Desa Lamida Atas (contoh)");
        assertThat(lateMark(lateCard)).isEqualTo("Terlambat");
        assertThat(dueWords(lateCard)).as("the words follow a due date moved in Tasklist")
                .isEqualTo("Batas waktu: " + IndonesianTime.format(lateDue, ZoneId.of("Asia/Makassar")));
        assertThat(onTimeCard.findElements(By.cssSelector(".sopflow-tanda-terlambat"))).isEmpty();
        assertThat(dueWords(onTimeCard)).as("the due date in words, in sight on the folded card")
                .startsWith("Batas waktu: ").endsWith("WITA").doesNotContain("TERLAMBAT");
        assertThat(cardIndex("Sumur bor RT 04")).as("sorted by due date: the late step first")
                .isGreaterThanOrEqualTo(0).isLessThan(cardIndex("Drainase Dusun II"));
        browser.saveEvidence("kartu-admin-kecamatan");
        browser.logOut();

        String verification = taskOf(late);
        taskService.setAssignee(verification, "admin-sipa");
        taskService.complete(verification, SipaVariables.ALASAN_PENOLAKAN.put(SipaVariables.TERVERIFIKASI.with(false),
                "Foto buram."));
        makeLate(taskOf(late));

        browser.logIn("pemdes-babayau", "demo");
        openGroupTasks();
        WebElement desaCard = card("Sumur bor RT 04");
        assertThat(text(desaCard)).contains("Perbaiki laporan", "Desa Babayau (contoh)", "SIPA BERMEDSOS", "WITA");
        assertThat(lateMark(desaCard)).isEqualTo("Terlambat");
        assertThat(dueWords(desaCard)).startsWith("Batas waktu: ").endsWith("WITA");
        assertThat(cardIndex("Drainase Dusun II")).as("another desa's case").isEqualTo(-1);
        browser.saveEvidence("kartu-desa");
        assertThat(onTime).isNotNull();
    }

    @Test
    void eachDesaSeesOnlyItsOwnReportsOnLaporanSayaLinkedFromTasklistsHeader() {
        startSipa("pemdes-babayau", "desa-babayau", "Sumur bor RT 04");
        String lamida = startSipa("pemdes-lamida-atas", "desa-lamida-atas", "Drainase Dusun II");

        browser.logIn("pemdes-babayau", "demo");
        browser.click(By.cssSelector("a.sopflow-laporan-saya"));
        String babayau = browser.visible(By.tagName("main")).getText();
        assertThat(babayau).contains("Sumur bor RT 04", "menunggu verifikasi", "Desa Babayau (contoh)",
                        "aktif setelah laporan diunggah")
                .doesNotContain("Drainase Dusun II");
        // readable on a phone: nothing wider than the screen
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth;")).intValue())
                .isLessThanOrEqualTo(((Number) browser.script("return window.innerWidth;")).intValue());
        browser.saveEvidence("laporan-saya-babayau");
        browser.driver().manage().window().setSize(new Dimension(1400, 1000));

        browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        browser.logOut();
        browser.logIn("pemdes-lamida-atas", "demo");
        String kode = SipaVariables.KODE_PUBLIK.fromCase(runtimeService, lamida).orElseThrow();
        assertThat(laporanSaya()).contains("Drainase Dusun II", kode, "/publik/sipa/" + kode)
                .doesNotContain("Sumur bor RT 04");

        browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        browser.logOut();
        browser.logIn("admin-sipa", "demo");
        // the header's other actions are there, the link is for the desa only
        browser.visible(By.cssSelector(".start-process-action a"));
        assertThat(browser.driver().findElements(By.cssSelector("a.sopflow-laporan-saya"))).isEmpty();
    }

    @Test
    void theManualPostingFormShowsTheTextToCopyAndThePhotoToDownload() {
        String report = startSipa("pemdes-babayau", "desa-babayau", "Sumur bor RT 04");
        String verification = taskService.createTaskQuery().processInstanceId(report).singleResult().getId();
        taskService.setAssignee(verification, "admin-sipa");
        taskService.complete(verification, SipaVariables.TERVERIFIKASI.with(true));
        // No Facebook Page is configured for the desa: the posting job hands the report to the admin
        managementService.executeJob(managementService.createJobQuery().processInstanceId(report).singleResult()
                .getId());
        assertThat(runtimeService.getActiveActivityIds(report)).containsExactly("userTask_unggahManual");

        browser.logIn("admin-sipa", "demo");
        browser.click(By.xpath(GROUP_TASKS));
        browser.click(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
                + "[.//h4[contains(@class,'task') and normalize-space()='Unggah manual dan catat tautan']]"
                + "//div[contains(@class,'clickable')]"));
        browser.click(By.cssSelector("button.claim"));
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
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        assertThat(browser.visible(By.cssSelector("form[name='sipaUnggahManual'] .alert-danger")).getText())
                .contains("diawali https://");
    }

    private String laporanSaya() {
        browser.driver().get("http://localhost:" + port + "/laporan-saya");
        return browser.visible(By.tagName("main")).getText();
    }

    private void openGroupTasks() {
        browser.click(By.xpath(GROUP_TASKS));
    }

    /** The card of that case in the open filter, once its case fields are shown. */
    private WebElement card(String judul) {
        By card = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][contains(normalize-space(.),"
                + "'" + judul + "')]");
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(card, "Desa/unit"));
        return browser.visible(card);
    }

    /** The card's whole text: the card folds the fields after the first two. */
    private String text(WebElement card) {
        return (String) browser.script("return arguments[0].textContent.replace(/\\s+/g, ' ');", card);
    }

    private String lateMark(WebElement card) {
        browser.await().until(driver -> !card.findElements(By.cssSelector(".sopflow-tanda-terlambat")).isEmpty());
        assertThat(card.getAttribute("class")).contains("sopflow-terlambat");
        return card.findElement(By.cssSelector(".sopflow-tanda-terlambat")).getText();
    }

    private String dueWords(WebElement card) {
        return browser.await().until(driver -> card.findElements(By.cssSelector(".sopflow-batas-waktu")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse(null));
    }

    /** Where the card of that case is in the open filter, top first; -1 when it is not listed. */
    private int cardIndex(String judul) {
        return ((Number) browser.script("var judul = arguments[0]; return Array.from(document.querySelectorAll("
                + "'ol.tasks-list > li.task')).findIndex(function (card) { return card.textContent.indexOf(judul) >= 0; });",
                judul))
                .intValue();
    }

    private String taskOf(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }

    /** As if the step's time had run out two hours ago (the late-step timer itself is tested in mutubaku). */
    private Instant makeLate(String taskId) {
        Instant due = Instant.now().minus(Duration.ofHours(2));
        taskService.setDueDate(taskId, Date.from(due));
        return due;
    }

    private String startSipa(String user, String desa, String judul) {
        identityService.setAuthentication(user, List.of("sipa-pemerintah-desa"), List.of(desa));
        try {
            VariableMap report = Variables.createVariables();
            SipaVariables.JENIS_LAPORAN.put(report, SipaVariables.JenisLaporan.KEGIATAN_PEMBANGUNAN.code());
            SipaVariables.JUDUL.put(report, judul);
            SipaVariables.PERIODE.put(report, "November 2026");
            SipaVariables.LOKASI.put(report, "RT 04");
            SipaVariables.URAIAN.put(report, "Pembangunan dengan dana desa.");
            SipaVariables.TEKS_KONTEN.put(report, "Selesai dikerjakan.");
            SipaVariables.PLATFORM_FACEBOOK.put(report, true);
            SipaVariables.PLATFORM_INSTAGRAM.put(report, false);
            SipaVariables.FOTO.get(0).put(report, TestKit.upload("foto.png", png(), "image/png"));
            String id = runtimeService.startProcessInstanceByKey(SipaVariables.PROCESS_KEY, report).getId();
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
