package id.sopflow.sop.ppid;

import static id.sopflow.sop.ppid.PpidCase.ADMIN;
import static id.sopflow.sop.ppid.PpidCase.SEKSI;
import static id.sopflow.sop.ppid.PpidCase.konsepSesuai;
import static id.sopflow.sop.ppid.PpidCase.materiDisetujui;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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

import id.sopflow.mutubaku.MutuBakuCalendars;
import id.sopflow.publishing.Platform;
import id.sopflow.tasklist.TasklistBrowser;
import id.sopflow.testkit.SharedContextTest;
import id.sopflow.testkit.TestKit;

/**
 * The Ketua PPID and the Admin Medsos work rows 1, 3, 6 and 9 as they really do: in Camunda Tasklist, in headless
 * Chromium, through the embedded forms {@code forms/ppid-instruksi.html} (the start, with an attachment really
 * uploaded), {@code forms/ppid-konsep-materi.html} (the attachment's link, an image really uploaded), {@code
 * forms/ppid-setujui-materi.html} (the draft's image really shown, the approval really recorded) and {@code
 * forms/ppid-unggah-manual.html} (the platform's text and image, the link recorded). Seksi PDDI's steps in between
 * are done through the engine.
 *
 * <p>On failure the browser's screenshot, page source and console are saved under {@code target/browser/}.
 */
@SharedContextTest
class PpidTasklistBrowserTest {

    static final String PROCESS_NAME = "Penyebarluasan Informasi melalui Media Sosial";
    static final String JUDUL = "Kerja bakti pembersihan saluran irigasi";
    static final String SETUJUI = "Setujui materi untuk diunggah";
    static final String SUSUN_KONSEP = "Telaah bahan dan susun konsep materi medsos";
    static final String UNGGAH_MANUAL = "Unggah manual dan catat tautan";
    static final String TEKS_WEBSITE = "Warga Kalurahan Bunder bergotong royong membersihkan saluran irigasi.";
    static final String TEKS_INSTAGRAM = "Kerja bakti irigasi bersama warga RT 01-04. #KalurahanBunder";
    static final String WEBSITE_LINK = "https://bunder.example.go.id/berita/kerja-bakti-irigasi";
    static final int IMAGE_WIDTH = 64;

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutuBakuCalendars calendars;

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
    void theKetuaPpidStartsTheAdminMedsosDraftsTheKetuaApprovesAndTheAdminRecordsTheLink() throws IOException {
        Path notulen = temp.resolve("notulen-kerja-bakti.pdf");
        Files.write(notulen, "%PDF-1.4\n% notulen kerja bakti\n".getBytes());

        // Row 1: the Ketua PPID starts from Tasklist's start form
        browser.logIn("ketua-ppid", "demo");
        browser.click(By.cssSelector(".start-process-action a"));
        browser.click(By.xpath(
                "//ul[contains(@class,'processes')]//a[normalize-space()='" + PROCESS_NAME + "']"));
        browser.visible(By.id("judul")).sendKeys(JUDUL);
        // A date input types in the browser's locale; set the value the way a date picker does
        browser.script("arguments[0].value = '2026-11-20';"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                browser.visible(By.id("tanggalKegiatan")));
        browser.visible(By.id("ringkasan")).sendKeys("Warga RT 01-04 membersihkan saluran irigasi sepanjang 1 km.");
        browser.visible(By.id("disposisi")).sendKeys("Sebarluaskan di website dan Instagram kalurahan.");
        browser.driver().findElement(By.id("lampiran1")).sendKeys(notulen.toAbsolutePath().toString());
        browser.click(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']"));
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));

        ProcessInstance instance = started();
        assertThat(instance.getTenantId()).isEqualTo("ppid-bunder");
        assertThat(runtimeService.getVariable(instance.getId(), "judul")).isEqualTo(JUDUL);
        assertThat(runtimeService.getVariable(instance.getId(), "tanggalKegiatan")).isEqualTo("2026-11-20");
        assertThat(runtimeService.getVariable(instance.getId(), "ketuaPpid")).isEqualTo("ketua-ppid");
        FileValue lampiran = runtimeService.getVariableTyped(instance.getId(), "lampiran1");
        assertThat(lampiran.getFilename()).isEqualTo("notulen-kerja-bakti.pdf");
        try (InputStream content = lampiran.getValue()) {
            assertThat(content.readAllBytes()).isEqualTo(Files.readAllBytes(notulen));
        }
        assertThat((Object) runtimeService.getVariableTyped(instance.getId(), "lampiran2")).as("empty inputs dropped")
                .isNull();
        Task instruction = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(instruction.getTaskDefinitionKey()).isEqualTo(PpidElements.BERI_INSTRUKSI);
        assertThat(calendars.forTenant("ppid-bunder").orElseThrow().zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        Instant created = instruction.getCreateTime().toInstant();
        assertThat(instruction.getDueDate().toInstant()).as("10 working minutes in WIB")
                .isEqualTo(calendars.forTenant("ppid-bunder").orElseThrow().addWorkingTime(created, "PT10M"));

        // Row 2 by Seksi PDDI
        PpidCase ppid = new PpidCase(engine);
        ppid.complete(instance, SEKSI, PpidVariables.INSTRUKSI_SEKSI.with("Siapkan materi website dan Instagram."));

        // Row 3: the Admin Medsos opens the attachment's link, writes the texts and uploads an image
        Path photo = writeImage("kerja-bakti.png");
        browser.logOut();
        browser.logIn("admin-medsos", "demo");
        claimGroupTask(SUSUN_KONSEP);
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("form[name='ppidKonsepMateri'] h4"), JUDUL));
        assertThat(browser.visible(By.linkText("notulen-kerja-bakti.pdf")).getAttribute("href"))
                .contains("/variables/lampiran1/data");
        browser.visible(By.id("teksWebsite")).sendKeys(TEKS_WEBSITE);
        browser.visible(By.id("teksInstagram")).sendKeys(TEKS_INSTAGRAM);
        browser.driver().findElement(By.id("gambarBaru1")).sendKeys(photo.toAbsolutePath().toString());
        completeAndWait(instance, PpidElements.SUSUN_KONSEP);
        FileValue gambar1 = runtimeService.getVariableTyped(instance.getId(), "gambar1");
        assertThat(gambar1.getFilename()).isEqualTo("kerja-bakti.png");
        try (InputStream content = gambar1.getValue()) {
            assertThat(content.readAllBytes()).isEqualTo(Files.readAllBytes(photo));
        }
        assertThat((Object) runtimeService.getVariableTyped(instance.getId(), "gambarBaru1")).isNull();

        // Row 4 by Seksi PDDI: Tidak first; the Admin Medsos's rework form says who, when and why, and keeps the draft
        ppid.complete(instance, SEKSI, konsepSesuai(false,
                "Sebutkan jumlah warga yang ikut."));
        claimGroupTask(SUSUN_KONSEP);
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("form[name='ppidKonsepMateri'] .sopflow-tinjauan"), "Sebutkan jumlah warga yang ikut."));
        assertThat(browser.visible(By.cssSelector("form[name='ppidKonsepMateri'] .sopflow-tinjauan")).getText())
                .contains("Tidak — Periksa konsep materi (putaran 1), oleh Seksi PDDI Kalurahan Bunder (seksi-pddi)",
                        "Alasan/catatan: Sebutkan jumlah warga yang ikut.");
        // once, in the shared box: the form has no second note of its own repeating the reason
        String wholeForm = browser.visible(By.cssSelector("form[name='ppidKonsepMateri']")).getText();
        assertThat(wholeForm.split("Sebutkan jumlah warga yang ikut\\.", -1)).as("the reason in %s", wholeForm)
                .hasSize(2);
        assertThat(wholeForm).doesNotContain("Dikembalikan oleh");
        browser.saveEvidence("ppid-konsep-dikembalikan");
        completeAndWait(instance, PpidElements.SUSUN_KONSEP);

        // Rows 4 and 5 by Seksi PDDI
        ppid.complete(instance, SEKSI, konsepSesuai(true, null));
        ppid.complete(instance, SEKSI, PpidVariables.CATATAN_PENGANTAR.with("Sudah sesuai disposisi."));

        // Row 6: the Ketua PPID finds the draft in the group's queue, sees it with its image and approves it
        browser.logOut();
        browser.logIn("ketua-ppid", "demo");
        claimGroupTask(SETUJUI);
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("form[name='ppidSetujuiMateri'] h4"), JUDUL));
        assertThat(browser.driver().findElements(By.cssSelector("form[name='ppidSetujuiMateri'] .ppid-teks"))
                .stream().map(WebElement::getText).toList())
                .containsExactly(TEKS_WEBSITE, TEKS_INSTAGRAM);
        WebElement gambar = browser.visible(By.cssSelector("img.ppid-gambar"));
        browser.await().until(driver -> Boolean.TRUE.equals(browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", gambar)));
        assertThat(((Number) browser.script("return arguments[0].naturalWidth;", gambar)).intValue())
                .isEqualTo(IMAGE_WIDTH);

        new Select(browser.visible(By.id("materiDisetujui"))).selectByValue("true");
        completeAndWait(instance, PpidElements.SETUJUI_MATERI);

        assertThat(runtimeService.getActiveActivityIds(instance.getId()))
                .containsExactly(PpidElements.TENTUKAN_PLATFORM);
        assertThat(runtimeService.getVariable(instance.getId(), "materiDisetujui")).isEqualTo(true);
        List<Map<String, Object>> rounds = jdbc.queryForList("SELECT STEP_ID, REVIEWER_ID, APPROVED FROM "
                + "SOPFLOW_REVIEW_ROUND WHERE PROCESS_INSTANCE_ID = ? AND STEP_ID = ?", instance.getId(),
                PpidElements.SETUJUI_MATERI);
        assertThat(rounds).singleElement().satisfies(round -> {
            assertThat(round.get("REVIEWER_ID")).isEqualTo("ketua-ppid");
            assertThat(round.get("APPROVED")).isEqualTo(true);
        });

        // Rows 7 and 8, then row 9: the Admin Medsos posts on the website by hand and records the link
        ppid.complete(instance, SEKSI, PpidVariables.PLATFORM.get(Platform.WEBSITE).with(true));
        ppid.complete(instance, ADMIN, PpidVariables.MATERI_DITERIMA.with(true));
        ppid.runPostingJobs(instance);
        browser.logOut();
        browser.logIn("admin-medsos", "demo");
        claimGroupTask(UNGGAH_MANUAL);
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("form[name='ppidUnggahManual'] .ppid-platform"), "Website"));
        // the shared "what to post" block: the platform's text to copy and the image to download
        assertThat(browser.visible(By.cssSelector("form[name='ppidUnggahManual'] #teksUnggahan"))
                .getAttribute("value")).isEqualTo(TEKS_WEBSITE);
        assertThat(browser.visible(By.cssSelector("form[name='ppidUnggahManual'] a[download] img.sopflow-berkas-gambar")))
                .isNotNull();
        browser.saveEvidence("ppid-unggah-manual");
        // a link elsewhere than the kalurahan's website is refused, with sopflow's message shown in Tasklist
        browser.visible(By.id("tautan")).sendKeys("https://www.facebook.com/kalurahan.bunder/posts/1");
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.await().until(driver -> browser.notifications().stream()
                .anyMatch(text -> text.contains("harus berada di bunder.example.go.id")));
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(PpidElements.UNGGAH_MANUAL).count()).isEqualTo(1);
        browser.visible(By.id("tautan")).clear();
        browser.visible(By.id("tautan")).sendKeys(WEBSITE_LINK);
        completeAndWait(instance, PpidElements.UNGGAH_MANUAL);
        assertThat(runtimeService.getVariable(instance.getId(), "tautanWebsite")).isEqualTo(WEBSITE_LINK);
        assertThat(runtimeService.getActiveActivityIds(instance.getId()))
                .containsExactly(PpidElements.LAPORKAN_TAUTAN);
    }

    /** Opens a task of the user's groups by its name from the filter "Tugas Kelompok Saya" and claims it. */
    private void claimGroupTask(String name) {
        browser.driver().navigate().refresh();
        browser.click(By.xpath(
                "//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(),"
                        + "'Tugas Kelompok Saya')]"));
        browser.click(By.xpath(
                "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][.//h4[contains(@class,'task') and "
                        + "normalize-space()='" + name + "']]//div[contains(@class,'clickable')]"));
        browser.visible(By.xpath("//div[contains(@class,'names')]/h2[contains(@class,'task') and normalize-space()='"
                + name + "']"));
        browser.click(By.cssSelector("button.claim"));
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    }

    private void completeAndWait(ProcessInstance instance, String taskDefinitionKey) {
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.await().until(driver -> taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskDefinitionKey).count() == 0);
    }

    private Path writeImage(String name) throws IOException {
        BufferedImage image = new BufferedImage(IMAGE_WIDTH, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < IMAGE_WIDTH; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, y < 24 ? 0x1565c0 : 0x8d6e63);
            }
        }
        Path file = temp.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private ProcessInstance started() {
        List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(PpidVariables.PROCESS_KEY).list();
        assertThat(instances).as("instances after submitting the start form; Tasklist said %s",
                browser.notifications()).hasSize(1);
        return instances.get(0);
    }
}
