package id.sopflow.formcontract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.sopflow.tasklist.TasklistBrowser;
import id.sopflow.testkit.SharedContextTest;
import id.sopflow.verification.TestImages;
import id.sopflow.testkit.TestKit;

/**
 * What a user sees when the server refuses a form (issue 13 §1): a browser whose form was tampered with — an
 * option added to the SIPA start form's "Jenis laporan" — starts a report in the real Tasklist; the server refuses
 * it, Tasklist shows the refusal in Bahasa Indonesia, and no report exists.
 */
@SharedContextTest
class FormContractTasklistBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

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
    void tasklistShowsTheServersRefusalInBahasaIndonesiaAndNothingIsStarted() throws Exception {
        Path photo = temp.resolve("foto.png");
        Files.write(photo, TestImages.png());
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("sipa-bermedsos").count();

        browser.logIn("pemdes-babayau", "demo");
        browser.click(By.cssSelector(".start-process-action a"));
        browser.click(By.xpath(
                "//ul[contains(@class,'processes')]//a[normalize-space()='SIPA BERMEDSOS']"));
        new Select(browser.visible(By.id("jenisLaporan"))).selectByValue("kegiatan-pembangunan");
        browser.visible(By.id("judul")).sendKeys("Laporan dari formulir yang diubah");
        browser.visible(By.id("periode")).sendKeys("November 2026");
        browser.visible(By.id("lokasi")).sendKeys("RT 02 Dusun I");
        browser.visible(By.id("uraian")).sendKeys("Uraian.");
        browser.visible(By.id("teksKonten")).sendKeys("Teks unggahan.");
        browser.driver().findElement(By.id("foto1")).sendKeys(photo.toAbsolutePath().toString());
        // The tampering: an option the deployed form does not offer, chosen in the page itself.
        browser.script("var select = document.getElementById('jenisLaporan');"
                + "var option = document.createElement('option'); option.value = 'bukan-pilihan';"
                + "option.text = 'Bukan pilihan'; select.appendChild(option); select.value = 'bukan-pilihan';");
        browser.click(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']"));

        browser.await().until(driver -> browser.notifications().stream()
                .anyMatch(text -> text.contains("bukan pilihan yang tersedia")));
        // Tasklist shows the refusal at the top of the start dialog: scroll there for the evidence screenshot.
        browser.script("document.querySelectorAll('.modal, .modal-dialog').forEach(e => e.scrollTop = 0);"
                + "window.scrollTo(0, 0);");
        browser.saveEvidence("form-contract-refusal");
        assertThat(browser.notifications()).anySatisfy(text -> assertThat(text)
                .contains("Isian ditolak").contains("«Jenis laporan» (jenisLaporan)")
                .contains("kegiatan-pembangunan, realisasi-apbdes, lainnya"));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("sipa-bermedsos").count())
                .isEqualTo(before);
    }
}
