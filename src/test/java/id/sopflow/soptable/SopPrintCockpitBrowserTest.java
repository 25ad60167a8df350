package id.sopflow.soptable;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.sopflow.tasklist.TasklistBrowser;
import id.sopflow.testkit.SharedContextTest;

/**
 * The Camat finds "Cetak SOP (PDF)" on the SOP's page in Cockpit and downloads the PDF with the Cockpit login alone.
 */
@SharedContextTest
class SopPrintCockpitBrowserTest {

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    @Test
    void theCamatPrintsTheSopFromItsCockpitPage() throws Exception {
        var definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("sipa-bermedsos").withoutTenantId().latestVersion().singleResult();
        String base = "http://localhost:" + port;
        try (TasklistBrowser browser = TasklistBrowser.open(base)) {
            try {
                browser.driver().get(base + "/camunda/app/cockpit/default/");
                var username = browser.visible(By.cssSelector("input[ng-model='username']"));
                username.sendKeys("camat-paringin");
                browser.driver().findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
                browser.driver().findElement(By.cssSelector("form button[type='submit']")).click();
                browser.visible(By.cssSelector(".sopflow-ringkasan"));
                browser.driver().get(base + "/camunda/app/cockpit/default/#/process-definition/"
                        + definition.getId() + "/runtime");
                browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Langkah terlambat']"));
                var link = browser.visible(By.cssSelector("a.sopflow-cetak-sop"));

                assertThat(link.getText()).isEqualTo("Cetak SOP (PDF)");
                assertThat(link.getAttribute("href")).isEqualTo(base + "/api/sop/sipa-bermedsos/cetak.pdf?versi="
                        + definition.getVersion());
                Object download = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' '"
                        + " + r.headers.get('content-type')), e => done(String(e)));", link.getAttribute("href"));
                assertThat(download).isEqualTo("200 application/pdf");
                browser.script("document.querySelector('.sopflow-cetak').scrollIntoView();");
                Path shot = Path.of("target", "browser", "cockpit-cetak-sop.png");
                Files.createDirectories(shot.getParent());
                Files.write(shot, browser.driver().getScreenshotAs(OutputType.BYTES));
            } catch (AssertionError | RuntimeException e) {
                browser.saveEvidence("cockpit-cetak-sop-gagal");
                throw e;
            }
        }
    }
}
