package id.sopflow.sop.setwan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * The start and rows 1 and 2 of SOP Bapinanduan as the Staf and the Kabag work them in Camunda Tasklist (headless
 * Chromium), through the start form {@code setwan-mulai.form} and the embedded forms
 * {@code setwan-kumpulkan-data.html} and {@code setwan-koreksi-materi.html}. What only a browser shows: the start
 * form's date arrives as the SOP's day, a scan and a photo really upload, the Kabag really sees them, the corrections
 * reach the Staf, sending the material again without new files keeps the attachments, and the manual publishing
 * forms ask only for the platforms the Kabag chose.
 *
 * <p>On failure the browser's screenshot, page source and console are saved under {@code target/browser/}.
 */
@SharedContextTest
class SetwanTasklistBrowserTest {

    static final String KUMPULKAN = "Kumpulkan data kegiatan dan susun konsep awal";
    static final String KOREKSI = "Cermati dan koreksi materi";
    static final String PUBLIKASI_WEBSITE = "Terbitkan di website dan catat tautan";
    static final String PUBLIKASI_MEDSOS = "Terbitkan di media sosial dan catat tautan";
    static final String KOREKSI_KABAG = "Cantumkan nilai APBD 2027 pada naskah.";
    static final int PHOTO_WIDTH = 64;

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
    void theStafAttachesAScanAndAPhotoTheKabagSeesThemAndSendsCorrectionsBack() throws IOException {
        Path scan = temp.resolve("kliping-surat-kabar.pdf");
        Files.write(scan, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path photo = writePhoto();
        // Start: the Staf records the activity in Tasklist's start form (a Camunda Form)
        browser.logIn("staf-setwan", "demo");
        ProcessInstance activity = startInTasklist();

        // Row 1: the Staf collects the data and attaches the scan and the photo
        openGroupTask(KUMPULKAN);
        WebElement form = browser.visible(By.cssSelector("form[name='setwanKumpulkanData']"));
        assertThat(form.getText()).contains("keterlambatan dalam pendokumentasian dapat menyebabkan keterlambatan informasi");
        browser.await().until(driver -> "Rapat Paripurna Penetapan APBD 2027".equals(
                browser.visible(By.id("judul")).getAttribute("value")));
        browser.visible(By.id("timBapinanduan")).sendKeys("Rahmat, Siti");
        browser.visible(By.id("uraian")).sendKeys("DPRD menetapkan APBD 2027 dalam rapat paripurna.");
        browser.visible(By.id("naskahPublikasi")).sendKeys("DPRD Balangan menetapkan APBD 2027.");
        browser.driver().findElement(By.id("lampiranBaru1")).sendKeys(scan.toAbsolutePath().toString());
        browser.driver().findElement(By.id("lampiranBaru2")).sendKeys(photo.toAbsolutePath().toString());
        complete(activity, SetwanElements.KOREKSI_MATERI);

        assertThat(runtimeService.getVariable(activity.getId(), "uraian"))
                .isEqualTo("DPRD menetapkan APBD 2027 dalam rapat paripurna.");
        assertThat(runtimeService.getVariable(activity.getId(), "jenisKegiatan")).isEqualTo("dprd");
        assertFile(activity, "lampiran1", scan);
        assertFile(activity, "lampiran2", photo);
        assertThat(runtimeService.getVariables(activity.getId()))
                .doesNotContainKeys("lampiran3", "lampiranBaru1", "lampiranBaru2", "lampiranBaru3");

        // Row 2: the Kabag sees the material with its attachments and sends it back with corrections
        browser.logOut();
        browser.logIn("kabag-setwan", "demo");
        openGroupTask(KOREKSI);
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("form[name='setwanKoreksiMateri'] h4"), "Rapat Paripurna Penetapan APBD 2027"));
        assertThat(browser.visible(By.cssSelector("form[name='setwanKoreksiMateri']")).getText())
                .contains("kliping-surat-kabar.pdf", "DPRD menetapkan APBD 2027 dalam rapat paripurna.");
        WebElement image = browser.visible(By.cssSelector("form[name='setwanKoreksiMateri'] img"));
        browser.await().until(driver -> Boolean.TRUE.equals(browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", image)));
        assertThat(((Number) browser.script("return arguments[0].naturalWidth;", image)).intValue()).isEqualTo(PHOTO_WIDTH);
        new Select(browser.visible(By.id("materiDiterima"))).selectByValue("false");
        browser.visible(By.id("koreksiKabag")).sendKeys(KOREKSI_KABAG);
        complete(activity, SetwanElements.KUMPULKAN_DATA);
        assertThat(runtimeService.getVariable(activity.getId(), "materiDiterima")).isEqualTo(false);
        assertThat(jdbc.queryForList("SELECT REVIEWER_ID FROM SOPFLOW_REVIEW_ROUND WHERE PROCESS_INSTANCE_ID = ?",
                String.class, activity.getId())).containsExactly("kabag-setwan");

        // Row 1 again: the Staf reads the corrections and sends the material again without new files
        browser.logOut();
        browser.logIn("staf-setwan", "demo");
        openGroupTask(KUMPULKAN);
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("form[name='setwanKumpulkanData'] .alert-danger"), KOREKSI_KABAG));
        assertThat(browser.visible(By.cssSelector("form[name='setwanKumpulkanData']")).getText())
                .contains("kliping-surat-kabar.pdf", photo.getFileName().toString());
        assertThat(browser.visible(By.cssSelector("form[name='setwanKumpulkanData'] .sopflow-tinjauan")).getText())
                .as("the shared review history: decision, step, who and why")
                .contains("Tidak — Cermati dan koreksi materi (putaran 1)", "kabag-setwan", KOREKSI_KABAG);
        browser.saveEvidence("setwan-kumpulkan-data-dikembalikan");
        WebElement naskah = browser.visible(By.id("naskahPublikasi"));
        naskah.sendKeys(" Nilai APBD 2027 Rp 1,2 triliun.");
        complete(activity, SetwanElements.KOREKSI_MATERI);

        assertFile(activity, "lampiran1", scan);
        assertFile(activity, "lampiran2", photo);
        assertThat(runtimeService.getVariable(activity.getId(), "naskahPublikasi"))
                .isEqualTo("DPRD Balangan menetapkan APBD 2027. Nilai APBD 2027 Rp 1,2 triliun.");

        // Row 2 again: the Kabag accepts and directs publication on Instagram besides the website
        browser.logOut();
        browser.logIn("kabag-setwan", "demo");
        openGroupTask(KOREKSI);
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("form[name='setwanKoreksiMateri'] h4"), "Rapat Paripurna Penetapan APBD 2027"));
        new Select(browser.visible(By.id("materiDiterima"))).selectByValue("true");
        browser.click(browser.visible(By.cssSelector("input[cam-variable-name='platformInstagram']")));
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.await().until(driver -> managementService.createJobQuery().processInstanceId(activity.getId()).count() == 2);
        managementService.createJobQuery().processInstanceId(activity.getId()).list()
                .forEach(job -> managementService.executeJob(job.getId()));

        // Row 3 by hand: Team Website and the Staf publish and paste the links
        browser.logOut();
        browser.logIn("website-setwan", "demo");
        openGroupTask(PUBLIKASI_WEBSITE);
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("form[name='setwanPublikasiWebsite']"), "belum ada saluran otomatis"));
        assertThat(browser.visible(By.cssSelector("form[name='setwanPublikasiWebsite'] #teksUnggahan"))
                .getAttribute("value")).contains("Nilai APBD 2027 Rp 1,2 triliun");
        assertThat(browser.visible(By.cssSelector("form[name='setwanPublikasiWebsite']")).getText())
                .contains("Unduh kliping-surat-kabar.pdf");
        browser.saveEvidence("setwan-publikasi-website");
        browser.visible(By.id("tautanWebsite")).sendKeys(SetwanSteps.WEBSITE_LINK);
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.await().until(driver -> taskService.createTaskQuery().processInstanceId(activity.getId())
                .taskDefinitionKey(SetwanElements.PUBLIKASI_WEBSITE).count() == 0);

        browser.logOut();
        browser.logIn("staf-setwan", "demo");
        openGroupTask(PUBLIKASI_MEDSOS);
        browser.visible(By.id("tautanInstagram")).sendKeys(SetwanSteps.INSTAGRAM_LINK);
        assertThat(browser.driver().findElement(By.id("tautanFacebook")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("tautanYoutube")).isDisplayed()).isFalse();
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.await().until(driver -> runtimeService.createProcessInstanceQuery()
                .processInstanceId(activity.getId()).count() == 0);
        assertThat(jdbc.queryForList("SELECT URL FROM SOPFLOW_SETWAN_PUBLIKASI WHERE PROCESS_INSTANCE_ID = ? ORDER BY URL",
                String.class, activity.getId())).containsExactly(SetwanSteps.WEBSITE_LINK, SetwanSteps.INSTAGRAM_LINK);
    }

    private ProcessInstance startInTasklist() {
        browser.click(By.cssSelector(".start-process-action a"));
        browser.click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()="
                + "'Pengelolaan Informasi Inovasi Bapinanduan']"));
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".modal-dialog"),
                "keterlambatan dalam pendokumentasian"));
        browser.visible(By.cssSelector("[id$='field_judul']")).sendKeys("Rapat Paripurna Penetapan APBD 2027");
        browser.click(browser.visible(By.cssSelector("[id$='field_jenisKegiatan-display']")));
        browser.click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and "
                + "normalize-space()='Kegiatan DPRD']"));
        WebElement date = browser.visible(By.cssSelector("[id$='field_tanggalKegiatan-date']"));
        date.sendKeys("11/23/2026");
        date.sendKeys(org.openqa.selenium.Keys.TAB);
        browser.click(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']"));
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));

        List<ProcessInstance> started = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(SetwanVariables.PROCESS_KEY).list();
        assertThat(started).as("cases after the start form; Tasklist said %s", browser.notifications()).hasSize(1);
        ProcessInstance activity = started.get(0);
        assertThat(activity.getTenantId()).isEqualTo("setwan-balangan");
        assertThat(runtimeService.getVariables(activity.getId()))
                .containsEntry("judul", "Rapat Paripurna Penetapan APBD 2027")
                .containsEntry("jenisKegiatan", "dprd")
                .containsEntry("tanggalKegiatan", "2026-11-23")
                .containsEntry("staf", "staf-setwan");
        return activity;
    }

    private void openGroupTask(String name) {
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

    /** Completes the open form and waits until the case has moved on to the given task. */
    private void complete(ProcessInstance activity, String nextTask) {
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.await().until(driver -> taskService.createTaskQuery().processInstanceId(activity.getId())
                .taskDefinitionKey(nextTask).count() == 1);
    }

    private void assertFile(ProcessInstance activity, String variable, Path expected) throws IOException {
        FileValue file = runtimeService.getVariableTyped(activity.getId(), variable);
        assertThat(file.getFilename()).isEqualTo(expected.getFileName().toString());
        try (InputStream content = file.getValue()) {
            assertThat(content.readAllBytes()).isEqualTo(Files.readAllBytes(expected));
        }
    }

    private Path writePhoto() throws IOException {
        BufferedImage image = new BufferedImage(PHOTO_WIDTH, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < PHOTO_WIDTH; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, y < 24 ? 0x1565c0 : 0xf9a825);
            }
        }
        Path photo = temp.resolve("foto-paripurna.png");
        ImageIO.write(image, "png", photo.toFile());
        return photo;
    }
}
