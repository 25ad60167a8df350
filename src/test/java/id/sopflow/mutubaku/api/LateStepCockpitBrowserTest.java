package id.sopflow.mutubaku.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
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
        now("2026-11-09T07:30");
        // a second report of the desa, due at 08:30, an hour and a quarter late when the Camat looks: it joins the same notice
        String joining = engine.getRuntimeService().createProcessInstanceByKey("sipa-bermedsos")
                .processDefinitionTenantId("desa-babayau").execute().getId();
        now("2026-11-09T09:45");
        for (String late : List.of(instance, joining)) {
            engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                    .processInstanceId(late).activityId("timer_verifikasiLaporanTerlambat").singleResult().getId());
        }

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
                Task notice = engine.getTaskService().createTaskQuery()
                        .processDefinitionKey(LateStepNoticeVariables.PROCESS_KEY).singleResult();
                String step = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult()
                        .getId();
                String joined = engine.getTaskService().createTaskQuery().processInstanceId(joining).singleResult()
                        .getId();
                browser.driver().get(base + "/camunda/app/tasklist/default/#/?task=" + notice.getId());
                browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#terlambat-" + step + " .terlambat-lama"), "1 jam 45 menit kerja"));
                assertThat(browser.visible(By.id("terlambat-jumlah")).getText())
                        .isEqualTo("2 langkah masih terlambat.");
                assertThat(browser.visible(By.cssSelector("#terlambat-" + step + " .terlambat-unit")).getText())
                        .startsWith("Desa Babayau");
                assertThat(browser.visible(By.cssSelector("#terlambat-" + step + " .terlambat-tautan"))
                        .getAttribute("href")).endsWith("/process-instance/" + instance + "/runtime");
                assertThat(browser.visible(By.cssSelector("#terlambat-" + joined + " .terlambat-lama")).getText())
                        .isEqualTo("1 jam 15 menit kerja");
                browser.click(By.cssSelector("button.claim"));
                browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
                // closing without any arahan is refused in the form, and would be on the server
                browser.click(By.cssSelector("button[ng-click='complete()']"));
                assertThat(browser.visible(By.cssSelector("form[name='langkahTerlambat'] .text-danger")).getText())
                        .isEqualTo("Tulis arahan untuk sedikitnya satu langkah sebelum menutup pemberitahuan ini.");
                browser.visible(By.id("arahan-" + step)).sendKeys("Selesaikan verifikasi hari ini.");
                browser.script("document.getElementById('arahan-" + step + "').scrollIntoView();");
                Files.write(shot.resolveSibling("tasklist-pemberitahuan-terlambat.png"),
                        browser.driver().getScreenshotAs(OutputType.BYTES));
                browser.click(By.cssSelector("button[ng-click='complete()']"));
                browser.await().until(driver -> engine.getTaskService().createTaskQuery().taskId(notice.getId())
                        .count() == 0);
                assertThat(engine.getTaskService().getTaskComments(step)).extracting(Comment::getFullMessage)
                        .containsExactly("Arahan Camat Paringin (camat-paringin): Selesaikan verifikasi hari ini.");
                assertThat(engine.getTaskService().getTaskComments(joined)).isEmpty();
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
