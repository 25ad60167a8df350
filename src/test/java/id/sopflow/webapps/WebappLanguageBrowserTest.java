package id.sopflow.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.sopflow.tasklist.TasklistBrowser;
import id.sopflow.testkit.SharedContextTest;

/**
 * Camunda's webapps speak Bahasa Indonesia to an Indonesian browser and English to an English one (issue 15):
 * the login page, Tasklist's start dialog, a Camunda Form's validation messages and the toast after starting,
 * Cockpit's dashboard, Admin's user list and the Welcome page, as served by the application itself.
 *
 * <p>Screenshots of every screen checked are saved under {@code target/browser/} (look at them after a change).
 */
@SharedContextTest
class WebappLanguageBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;

    TasklistBrowser browser;

    @RegisterExtension
    final AfterTestExecutionCallback evidenceOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.saveEvidence(context.getRequiredTestMethod().getName() + "-failed");
        }
    };

    @BeforeEach
    void deployTestProcess() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("uji-bahasa").count() == 0) {
            repositoryService.createDeployment()
                    .name("uji-bahasa")
                    .addClasspathResource("webapps/uji-bahasa.bpmn")
                    .addClasspathResource("webapps/uji-bahasa.form")
                    .deploy();
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anIndonesianBrowserReadsIndonesianEverywhere() {
        browser = TasklistBrowser.open(base(), "id-ID");

        browser.driver().get(base() + "/camunda/app/tasklist/default/");
        assertThat(browser.visible(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
                .isEqualTo("Nama pengguna");
        assertThat(browser.visible(By.cssSelector("input[type='password']")).getAttribute("placeholder"))
                .isEqualTo("Kata sandi");
        assertThat(browser.visible(By.cssSelector("form button[type='submit']")).getText()).isEqualTo("Masuk");
        assertThat(pageText()).contains("Tanggal dan waktu ditampilkan").doesNotContain("Log in", "Date and Time");
        screenshot("id-1-login");

        browser.logIn("admin", "admin");
        assertThat(browser.visible(By.cssSelector(".start-process-action a")).getText()).contains("Mulai proses");
        assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
                .as("no Camunda 8 banner for staff").isNotEmpty().allMatch(banner -> !banner.isDisplayed());
        screenshot("id-2-tasklist");

        browser.click(By.cssSelector(".start-process-action a"));
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".modal-dialog"), "Klik proses yang ingin dimulai."));
        screenshot("id-3-start-dialog");
        browser.click(By.xpath(
                "//ul[contains(@class,'processes')]//a[normalize-space()='Uji bahasa']"));
        WebElement link = browser.visible(By.cssSelector(".modal-dialog input[name='tautan'], "
                + ".modal-dialog .fjs-form-field-textfield input"));
        link.sendKeys("www.desa-babayau.id");
        browser.visible(By.cssSelector(".modal-dialog .fjs-form-field-number input")).sendKeys("900");
        link.click();
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".modal-dialog"), "Tautan harus diawali https://"));
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".modal-dialog"), "Nilai paling besar 500."));
        assertThat(browser.visible(By.cssSelector(".modal-dialog .fjs-select-display")).getText()).isEqualTo("Pilih");
        assertThat(browser.visible(By.cssSelector(".modal-dialog")).getText())
                .doesNotContain("Field must", "pattern", "Select");
        screenshot("id-4-start-form-messages");

        // form-js keeps its own state: replace the text the way a user does, not with WebElement.clear()
        // Found afresh and focused first: form-js re-renders the field when it shows its message.
        // Select all and type over it, as a user does; if a re-render swallowed keys (seen once with Chromium 150:
        // "www.https://…"), select all and type again, as a user would on seeing the wrong text.
        browser.await().until(driver -> {
            WebElement field = browser.visible(By.cssSelector(".modal-dialog input[name='tautan'], "
                    + ".modal-dialog .fjs-form-field-textfield input"));
            if ("https://desa-babayau.id/kegiatan/1".equals(field.getAttribute("value"))) {
                return true;
            }
            field.click();
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), "https://desa-babayau.id/kegiatan/1");
            return false;
        });
        browser.visible(By.cssSelector(".modal-dialog .fjs-form-field-number input"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "40");
        browser.click(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']"));
        browser.await().until(driver -> browser.notifications().stream()
                .anyMatch(text -> text.contains("Proses telah dimulai.")));
        screenshot("id-5-started-toast");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("uji-bahasa").count())
                .isEqualTo(1);

        browser.driver().get(base() + "/camunda/app/cockpit/default/#/dashboard");
        JsonNode cockpit = labels("cockpit");
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), cockpit.path("DASHBOARD_DEPLOYED").asText()));
        assertThat(pageText()).contains(cockpit.path("DASHBOARD_PROCESS_DEFINITIONS").asText())
                .doesNotContain("Process Definitions", "Deployed");
        screenshot("id-6-cockpit-dashboard");

        browser.driver().get(base() + "/camunda/app/admin/default/#/users");
        // The heading comes before the list ("Memuat…"): wait for a user of the list itself.
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "pemdes-babayau"));
        assertThat(pageText()).contains("Tambah pengguna", "pemdes-babayau").doesNotContain("List of users");
        screenshot("id-7-admin-users");

        browser.driver().get(base() + "/camunda/app/welcome/default/");
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Aplikasi"));
        assertThat(pageText()).contains("Ubah profil", "Ubah kata sandi").doesNotContain("Applications", "Edit profile");
        assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
                .as("no Camunda 8 banner on the page every user lands on").isNotEmpty().allMatch(banner -> !banner.isDisplayed());
        screenshot("id-8-welcome");
    }

    @Test
    void anEnglishBrowserStillReadsEnglish() {
        browser = TasklistBrowser.open(base(), "en-US");

        browser.driver().get(base() + "/camunda/app/tasklist/default/");
        assertThat(browser.visible(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
                .isEqualTo("Username");
        assertThat(browser.visible(By.cssSelector("form button[type='submit']")).getText()).isEqualTo("Log in");
        screenshot("en-1-login");

        browser.logIn("admin", "admin");
        assertThat(browser.visible(By.cssSelector(".start-process-action a")).getText()).contains("Start process");

        browser.driver().get(base() + "/camunda/app/admin/default/#/users");
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "List of users"));
        assertThat(pageText()).doesNotContain("Daftar pengguna");
        screenshot("en-2-admin-users");
    }

    @Test
    void browsersGetIndonesianErrorPagesAndApiClientsTheirJson() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/tidak-ada"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base() + "/tidak-ada"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Halaman tidak ditemukan").doesNotContain("Whitelabel");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String pageText() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    private void screenshot(String name) {
        browser.saveEvidence(name);
    }

    /** The labels the application serves for an app, so that a reworded translation does not break the test. */
    private static JsonNode labels(String app) {
        try (InputStream in = WebappLanguageBrowserTest.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/camunda/app/" + app + "/locales/id.json")) {
            return new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)).path("labels");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
