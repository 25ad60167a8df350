package id.sopflow.mutubaku.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import id.sopflow.mutubaku.LateStepNoticeVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.sopflow.tasklist.TasklistBrowser;
import id.sopflow.testkit.SharedContextTest;

/**
 * A SIPA step made late under a fixed clock (its timer fired by id); the Camat sees it on the Cockpit dashboard with
 * the desa and how late, and opens the case from the link; the Ketua PPID does not see it.
 */
@SharedContextTest
class LateStepCockpitBrowserTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;
    private String deploymentId;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        if (deploymentId != null) {
            engine.getRepositoryService().deleteDeployment(deploymentId, true);
        }
        engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(LateStepNoticeVariables.PROCESS_KEY)
                .list().forEach(notice -> engine.getRuntimeService().deleteProcessInstance(notice.getId(), "uji"));
    }

    @Test
    void theCamatSeesTheLateStepAndOpensTheCaseTheKetuaPpidDoesNot() throws Exception {
        deploymentId = engine.getRepositoryService().createDeployment().tenantId("desa-babayau")
                .addClasspathResource("bpmn/uji-terlambat.bpmn").deploy().getId();
        now("2026-11-06T15:30");
        String instance = engine.getRuntimeService().createProcessInstanceByKey("sipa-bermedsos")
                .processDefinitionTenantId("desa-babayau").execute().getId();
        now("2026-11-09T09:45");
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(instance).activityId("timer_verifikasiLaporanTerlambat").singleResult().getId());

        String base = "http://localhost:" + port;
        try (TasklistBrowser browser = TasklistBrowser.open(base)) {
            try {
                logIntoCockpit(browser, base, "camat-paringin");
                var row = browser.visible(By.xpath(
                        "//table[contains(@class,'sopflow-daftar-terlambat')]//tr[contains(., 'Babayau')]"));
                assertThat(row.getText()).contains("Verifikasi laporan").contains("1 jam 45 menit kerja");
                browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sopflow-grafik canvas")));
                browser.script("document.querySelector('.sopflow-plugin').scrollIntoView();");
                Path shot = Path.of("target", "browser", "cockpit-langkah-terlambat.png");
                Files.createDirectories(shot.getParent());
                Files.write(shot, browser.driver().getScreenshotAs(OutputType.BYTES));
                browser.click(row.findElement(By.cssSelector("a.sopflow-buka")));
                browser.await().until(ExpectedConditions.urlContains("/process-instance/" + instance));
                browser.click(By.xpath(
                        "//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Mutu baku']"));
                var caseRow = browser.visible(By.xpath(
                        "//table[contains(@class,'sopflow-kasus')]//tr[contains(., 'Verifikasi laporan')]"));
                assertThat(caseRow.getText()).contains("1 jam kerja").contains("Terlambat, belum selesai")
                        .contains("1 jam 45 menit kerja");
                browser.script("document.querySelector('.sopflow-kasus').scrollIntoView();");
                Files.write(shot.resolveSibling("cockpit-mutu-baku-kasus.png"),
                        browser.driver().getScreenshotAs(OutputType.BYTES));
                browser.driver().manage().deleteAllCookies();

                browser.logIn("camat-paringin", "demo");
                String notice = engine.getTaskService().createTaskQuery()
                        .processDefinitionKey(LateStepNoticeVariables.PROCESS_KEY).singleResult().getId();
                browser.driver().get(base + "/camunda/app/tasklist/default/#/?task=" + notice);
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("terlambat-lama"), "1 jam 45 menit kerja"));
                assertThat(browser.visible(By.id("terlambat-unit")).getText()).startsWith("Desa Babayau");
                assertThat(browser.visible(By.id("terlambat-tautan")).getAttribute("href"))
                        .endsWith("/process-instance/" + instance + "/runtime");
                Files.write(shot.resolveSibling("tasklist-pemberitahuan-terlambat.png"),
                        browser.driver().getScreenshotAs(OutputType.BYTES));
                browser.driver().manage().deleteAllCookies();

                logIntoCockpit(browser, base, "ketua-ppid");
                browser.visible(By.cssSelector(".sopflow-ringkasan"));
                assertThat(browser.visible(By.cssSelector(".sopflow-daftar-terlambat")).getText())
                        .doesNotContain("Babayau");
            } catch (AssertionError | RuntimeException e) {
                browser.saveEvidence("cockpit-langkah-terlambat-gagal");
                throw e;
            }
        }
    }

    private static void logIntoCockpit(TasklistBrowser browser, String base, String user) {
        browser.driver().get(base + "/camunda/app/cockpit/default/");
        var username = browser.visible(By.cssSelector("input[ng-model='username']"));
        username.clear();
        username.sendKeys(user);
        browser.driver().findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
        browser.driver().findElement(By.cssSelector("form button[type='submit']")).click();
        browser.visible(By.cssSelector(".sopflow-ringkasan"));
    }

    private static void now(String wita) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(wita).atZone(WITA).toInstant()));
    }
}
