package id.sopflow.sop.sipa;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

import id.sopflow.tasklist.TasklistBrowser;
import id.sopflow.testkit.SharedContextTest;
import id.sopflow.testkit.TestKit;

/**
 * SOP row 4 as a citizen and the admin really work it, in headless Chromium: the citizen opens the public page of a
 * published report on a phone-sized screen (no login), asks a question and gets a tracking page; the admin answers
 * in Camunda Tasklist; the citizen's page then shows the answer.
 *
 * <p>On failure the browser's screenshot, page source and console are saved under {@code target/browser/}.
 */
@SharedContextTest
class SipaPublicPageBrowserTest {

    static final String TANGGAPI = "Tanggapi pertanyaan/keluhan masyarakat";
    /** A citizen's text with a Markdown link and an HTML link: the admin must see both as plain text. */
    static final String QUESTION = "Kapan jalan di RT 03 dibangun? [Klik untuk hadiah](https://phish.example/masuk) "
            + "<a href=\"https://phish.example/html\">Login ulang</a>";
    static final String ANSWER = "Dijadwalkan pada APBDes 2027, tahap pertama.";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    TasklistBrowser browser;
    SipaPublicSteps steps;

    @RegisterExtension
    final TestKit kit = new TestKit();

    @BeforeEach
    void setUp() {
        steps = new SipaPublicSteps(engine);
        browser = kit.browser();
    }

    @AfterEach
    void tearDown() {
        steps.tearDown();
    }

    @Test
    void aCitizenAsksOnThePublicPageAndSeesTheAnswerTheAdminGaveInTasklist() {
        ProcessInstance report = steps.publishedReport("pemdes-babayau", "Pembangunan jalan usaha tani RT 02", null);
        String page = "http://localhost:" + port + "/publik/sipa/" + report.getBusinessKey();

        // The citizen, on a phone, without logging in
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.driver().get(page);
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Pembangunan jalan usaha tani RT 02");
        assertThat(browser.script("return getComputedStyle(document.querySelector('.kop')).backgroundColor;"))
                .as("the stylesheet is served and applied").isEqualTo("rgb(31, 81, 48)");
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth;")).intValue())
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(((Number) browser.script("return window.innerWidth;")).intValue());
        WebElement photo = browser.visible(By.cssSelector(".foto img"));
        browser.await().until(driver -> Boolean.TRUE.equals(browser.script(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", photo)));

        browser.visible(By.id("nama")).sendKeys("Ibu Sari");
        browser.visible(By.id("isi")).sendKeys(QUESTION);
        browser.click(By.cssSelector("form button[type='submit']"));
        browser.await().until(ExpectedConditions.urlContains("pelacakan="));
        String tracking = browser.driver().getCurrentUrl();
        assertThat(browser.visible(By.id("pertanyaan-anda")).getText()).contains(QUESTION, "Belum ditanggapi");

        // The admin answers in Tasklist
        browser.driver().manage().window().setSize(new Dimension(1400, 1000));
        browser.logIn("admin-sipa", "demo");
        browser.click(By.xpath(
                "//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(),"
                        + "'Tugas Kelompok Saya')]"));
        browser.click(By.xpath(
                "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][.//h4[contains(@class,'task') and "
                        + "normalize-space()='" + TANGGAPI + "']]//div[contains(@class,'clickable')]"));
        browser.click(By.cssSelector("button.claim"));
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        // The question is shown as it was typed, in a read-only field: no link to click, no markup rendered
        browser.await().until(driver -> QUESTION.equals(browser.script(
                "var field = document.querySelector('.fjs-container textarea[readonly]');"
                        + "return field && field.value;")));
        assertThat(browser.driver().findElements(By.cssSelector(".fjs-container a[href*='phish.example']")))
                .isEmpty();
        assertThat(browser.visible(By.cssSelector(".fjs-container")).getText()).doesNotContain("Klik untuk hadiah");
        browser.saveEvidence("pertanyaan-warga-sebagai-teks");
        browser.visible(By.cssSelector(".fjs-container textarea:not([readonly])")).sendKeys(ANSWER);
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.await().until(driver -> steps.questionTask(report) == null);

        // The citizen's page shows the answer
        browser.driver().get(tracking);
        assertThat(browser.visible(By.id("pertanyaan-anda")).getText())
                .contains(QUESTION, "Tanggapan pemerintah desa", ANSWER)
                .doesNotContain("Belum ditanggapi", "admin-sipa");
    }
}
