package id.sopflow.sop.profil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
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

import id.sopflow.ProcessVariable;
import id.sopflow.tasklist.TasklistBrowser;
import id.sopflow.testkit.SharedContextTest;
import id.sopflow.testkit.TestKit;

/**
 * The profil SOP's forms as the users really work them, in Camunda Tasklist in headless Chromium: the SK reviews
 * (rows 4–5, {@code forms/profil-periksa-sk.html}), the preparation meeting (row 7,
 * {@code forms/profil-rapat-persiapan.html}: the signed SK really uploaded, the ticked kampung/kelurahan really
 * sent), a Pokja's Tasklist listing only its own kampung, the instrument (row 8, Camunda Form) and the Tim's
 * verification (row 10, {@code forms/profil-verifikasi-data.html}). Steps in between go through the API as the users.
 *
 * <p>On failure the browser's screenshot, page source and console are saved under {@code target/browser/}.
 */
@SharedContextTest
class ProfilTasklistBrowserTest {

    static final String RAPAT_PERSIAPAN = "Arsipkan SK dan selenggarakan rapat persiapan";
    static final String ISI_PROFIL = "Isi data profil kampung/kelurahan";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

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
    void theKasiUploadsTheSkAndChoosesKampungAndEachPokjaGetsOnlyItsOwnInstrument() throws IOException {
        ProcessInstance activity = activityUpToThePreparationMeeting();
        Path sk = temp.resolve("sk-tim-kegiatan.pdf");
        Files.write(sk, ProfilFixtures.pdf());

        browser.logIn("kasi-kominfo", "demo");
        openGroupTask(RAPAT_PERSIAPAN);
        browser.click(By.cssSelector("button.claim"));
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        browser.visible(By.xpath("//form[@name='profilRapatPersiapan']//label[contains(., 'Kelurahan Sido Mulyo')]"));

        browser.visible(By.id("nomorSk")).sendKeys("800/123/KOMINFO/2026");
        setDate("tanggalSk", "2026-11-24");
        browser.driver().findElement(By.id("skDitandatangani")).sendKeys(sk.toAbsolutePath().toString());
        setDate("tanggalRapatPersiapan", "2026-11-24");
        browser.visible(By.id("notulenRapatPersiapan")).sendKeys("Pendataan Sukamaju dan Sido Mulyo lebih dulu.");
        tick("Kampung Sukamaju (contoh)");
        tick("Kelurahan Sido Mulyo (contoh)");
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.await().until(driver -> taskService.createTaskQuery().processInstanceId(activity.getId()).count() == 0);

        assertThat(value(activity, ProfilVariables.KAMPUNG_DIPILIH))
                .as("Tasklist said %s", browser.notifications())
                .isEqualTo("kampung-sukamaju,kelurahan-sido-mulyo");
        assertThat(value(activity, ProfilVariables.SK_ARSIP_URL)).startsWith("/api/laporan/");
        List<ProcessInstance> collections = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(activity.getId()).list();
        assertThat(collections).extracting(ProcessInstance::getTenantId)
                .containsExactlyInAnyOrder("kampung-sukamaju", "kelurahan-sido-mulyo");

        browser.logOut();
        browser.logIn("pokja-sukamaju", "demo");
        browser.click(By.xpath(
                "//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(),"
                        + "'Tugas Kelompok Saya')]"));
        browser.visible(By.xpath(taskInList(ISI_PROFIL)));
        assertThat(browser.driver().findElements(By.xpath(
                "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"))).hasSize(1);
        browser.click(By.xpath(taskInList(ISI_PROFIL) + "//div[contains(@class,'clickable')]"));
        browser.click(By.cssSelector("button.claim"));
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".fjs-form"), "Instrumen profil Kampung Sukamaju (contoh)"));
        assertThat(browser.visible(By.cssSelector(".fjs-form")).getText()).contains("Jumlah kepala keluarga (KK)");
    }

    @Test
    void thePokjaFillsInTheInstrumentAndTheTimSendsItBackWithNotes() {
        ProcessInstance activity = activityUpToThePreparationMeeting();
        VariableMap meeting = ProfilVariables.NOMOR_SK.with("800/124/KOMINFO/2026");
        ProfilVariables.TANGGAL_SK.put(meeting, "2026-11-24");
        ProfilVariables.SK_DITANDATANGANI.put(meeting,
                TestKit.upload("sk.pdf", ProfilFixtures.pdf(), "application/pdf"));
        ProfilVariables.TANGGAL_RAPAT_PERSIAPAN.put(meeting, "2026-11-24");
        ProfilVariables.NOTULEN_RAPAT_PERSIAPAN.put(meeting, "Mulai dengan Mekar Jaya.");
        ProfilVariables.KAMPUNG_DIPILIH.put(meeting, "kampung-mekar-jaya");
        complete(activity, "kasi-kominfo", meeting);
        ProcessInstance collection = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(activity.getId()).singleResult();

        // Row 8: the Pokja types the figures into the Camunda Form
        browser.logIn("pokja-mekar-jaya", "demo");
        openGroupTask(ISI_PROFIL);
        browser.click(By.cssSelector("button.claim"));
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".fjs-form"), "Instrumen profil Kampung Mekar Jaya (contoh)"));
        fillInUntilSubmittable(ProfilFixtures.plausibleProfile());
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.await().until(driver -> taskService.createTaskQuery().processInstanceId(collection.getId())
                .taskDefinitionKey(ProfilElements.SERAHKAN_DATA).count() == 1);
        assertThat(value(collection, ProfilVariables.DATA_WAJAR))
                .as("masalah: %s", value(collection, ProfilVariables.MASALAH_DATA)).isEqualTo(true);
        assertThat(((Number) value(collection, ProfilInstrument.PENDUDUK.variable())).longValue())
                .isEqualTo(3000L);
        assertThat(((Number) value(collection, ProfilInstrument.LUAS_WILAYAH.variable())).doubleValue())
                .isEqualTo(125.5);
        complete(collection, "pokja-mekar-jaya", ProfilVariables.LAPORAN_PENDATAAN.with("Dari buku induk RT."));

        // Row 10: the Tim sees the figures, refuses without notes (held back), then with notes
        browser.logOut();
        browser.logIn("tim-profil", "demo");
        openGroupTask("Verifikasi data profil kampung/kelurahan");
        browser.click(By.cssSelector("button.claim"));
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("form[name='profilVerifikasiData']"), "Jumlah penduduk (jiwa)"));
        assertThat(browser.visible(By.cssSelector("form[name='profilVerifikasiData']")).getText())
                .contains("Kampung Mekar Jaya (contoh)").contains("3.000").contains("Dari buku induk RT.");
        new Select(browser.visible(By.id("dataTerverifikasi"))).selectByValue("false");
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("form[name='profilVerifikasiData'] .alert-danger"), "Catatan wajib diisi"));
        browser.visible(By.id("catatanVerifikasi")).sendKeys("Jumlah KK tidak sesuai data manual.");
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.await().until(driver -> taskService.createTaskQuery().processInstanceId(collection.getId())
                .taskDefinitionKey(ProfilElements.ISI_PROFIL).count() == 1);
        assertThat(value(collection, ProfilVariables.DATA_TERVERIFIKASI)).isEqualTo(false);
        assertThat(value(collection, ProfilVariables.CATATAN_VERIFIKASI))
                .isEqualTo("Jumlah KK tidak sesuai data manual.");
    }

    /**
     * form-js re-renders the form after each change with a short delay, and keys typed into the next field at
     * machine speed can be lost in it (a person never types that fast): type until the field holds the text.
     */
    /**
     * Types every figure and repeats until Tasklist enables its complete button: the form can render once more when
     * the task's variables arrive, which empties fields typed before.
     */
    private void fillInUntilSubmittable(Map<String, Object> profile) {
        By complete = By.cssSelector("button[ng-click='complete()']");
        browser.await().until(driver -> {
            profile.forEach((key, value) ->
                    typeInto(By.cssSelector(".fjs-form [id$='-field_" + key + "']"), value.toString()));
            return browser.visible(complete).isEnabled();
        });
    }

    private void typeInto(By field, String text) {
        browser.await().until(driver -> {
            WebElement input = browser.visible(field);
            if (text.equals(input.getAttribute("value"))) {
                return true;
            }
            input.clear();
            input.sendKeys(text);
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return text.equals(browser.visible(field).getAttribute("value"));
        });
    }

    @Test
    void theKabidSendsTheDraftSkBackWithAReasonAndTheKadisSignsIt() {
        ProcessInstance activity = as("kadis-kominfo", () -> runtimeService.startProcessInstanceByKey(
                ProfilVariables.PROCESS_KEY, order()));
        complete(activity, "kabid-kominfo", ProfilVariables.DISPOSISI_KABID.with("Susun SK."));
        complete(activity, "kasi-kominfo",
                ProfilVariables.KONSEP_SK.with("MEMUTUSKAN: membentuk Tim Kegiatan Profil Kampung"));

        browser.logIn("kabid-kominfo", "demo");
        openGroupTask("Periksa konsep SK Tim Kegiatan");
        browser.click(By.cssSelector("button.claim"));
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("form[name='profilPeriksaSk']"), "MEMUTUSKAN: membentuk Tim Kegiatan Profil Kampung"));
        new Select(browser.visible(By.id("skDisetujui"))).selectByValue("false");
        browser.visible(By.id("alasanPenolakanSk")).sendKeys("Susunan tim belum memuat Pokja.");
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.await().until(driver -> taskService.createTaskQuery().processInstanceId(activity.getId())
                .taskDefinitionKey(ProfilElements.SUSUN_KONSEP_SK).count() == 1);
        assertThat(value(activity, ProfilVariables.ALASAN_PENOLAKAN_SK))
                .isEqualTo("Susunan tim belum memuat Pokja.");

        // The Kasi's rework form (a Camunda Form) says who sent the draft back, when and why
        browser.logOut();
        browser.logIn("kasi-kominfo", "demo");
        openGroupTask("Susun konsep SK Tim Kegiatan");
        browser.click(By.cssSelector("button.claim"));
        By lastRound = By.xpath("//label[contains(normalize-space(),'Keputusan pemeriksaan terakhir')]"
                + "/following::textarea[1]");
        browser.await().until(driver -> browser.visible(lastRound).getAttribute("value").contains("Pokja"));
        assertThat(browser.visible(lastRound).getAttribute("value"))
                .contains("Tidak — Periksa konsep SK Tim Kegiatan (putaran 1)", "kabid-kominfo",
                        "Susunan tim belum memuat Pokja.");
        assertThat(browser.driver().findElements(By.xpath("//label[contains(normalize-space(),'Putaran sebelumnya')]")))
                .as("no earlier round yet: the field stays hidden").isEmpty();
        browser.saveEvidence("profil-susun-konsep-sk-dikembalikan");

        complete(activity, "kasi-kominfo", ProfilVariables.KONSEP_SK.with("MEMUTUSKAN: membentuk Tim dan Pokja"));
        complete(activity, "kabid-kominfo", ProfilVariables.SK_DISETUJUI.with(true));
        browser.logOut();
        browser.logIn("kadis-kominfo", "demo");
        openGroupTask("Periksa dan tandatangani draft SK Tim Kegiatan");
        browser.click(By.cssSelector("button.claim"));
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("form[name='profilPeriksaSk']"), "MEMUTUSKAN: membentuk Tim dan Pokja"));
        assertThat(browser.visible(By.cssSelector("form[name='profilPeriksaSk']")).getText())
                .contains("Susunan tim belum memuat Pokja.");
        new Select(browser.visible(By.id("skDisetujui"))).selectByValue("true");
        browser.click(By.cssSelector("button[ng-click='complete()']"));
        browser.await().until(driver -> taskService.createTaskQuery().processInstanceId(activity.getId())
                .taskDefinitionKey(ProfilElements.SERAHKAN_SK).count() == 1);
        assertThat(value(activity, ProfilVariables.SK_DISETUJUI)).isEqualTo(true);
    }

    private ProcessInstance activityUpToThePreparationMeeting() {
        ProcessInstance activity = as("kadis-kominfo", () -> runtimeService.startProcessInstanceByKey(
                ProfilVariables.PROCESS_KEY, order()));
        complete(activity, "kabid-kominfo", ProfilVariables.DISPOSISI_KABID.with("Susun SK."));
        complete(activity, "kasi-kominfo", ProfilVariables.KONSEP_SK.with("Menetapkan Tim Kegiatan ..."));
        complete(activity, "kabid-kominfo", ProfilVariables.SK_DISETUJUI.with(true));
        complete(activity, "kadis-kominfo", ProfilVariables.SK_DISETUJUI.with(true));
        complete(activity, "kabid-kominfo", ProfilVariables.SK_DISERAHKAN.with(true));
        return activity;
    }

    /** The case's value of the variable, or null. */
    private <T> T value(ProcessInstance instance, ProcessVariable<T> variable) {
        return variable.fromCase(runtimeService, instance.getId()).orElse(null);
    }

    /** What the Kadis starts the activity with (row 1). */
    private static VariableMap order() {
        VariableMap order = ProfilVariables.JUDUL_KEGIATAN.with("Pemutakhiran Profil Kampung");
        ProfilVariables.TAHUN_DATA.put(order, 2026L);
        ProfilVariables.AGENDA_KERJA.put(order, "Pemutakhiran data");
        ProfilVariables.DISPOSISI_KADIS.put(order, "Siapkan.");
        return order;
    }

    private void complete(ProcessInstance instance, String user, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        as(user, () -> {
            taskService.claim(task.getId(), user);
            // a copy of a plain map, the map itself when typed: copying a VariableMap would unwrap its files
            taskService.complete(task.getId(), Variables.fromMap(variables));
            return null;
        });
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId()).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true)
                .list().stream().map(t -> t.getId()).toList();
        identityService.setAuthentication(user, groups, tenants);
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void openGroupTask(String name) {
        browser.click(By.xpath(
                "//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(),"
                        + "'Tugas Kelompok Saya')]"));
        browser.click(By.xpath(taskInList(name) + "//div[contains(@class,'clickable')]"));
        browser.visible(By.xpath("//div[contains(@class,'names')]/h2[contains(@class,'task') and normalize-space()='"
                + name + "']"));
    }

    private static String taskInList(String name) {
        return "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][.//h4[contains(@class,'task') and "
                + "normalize-space()='" + name + "']]";
    }

    /** Date inputs take keys in the browser's locale format; the form reads the value, so set that. */
    private void setDate(String id, String isoDate) {
        WebElement input = browser.visible(By.id(id));
        browser.script("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, isoDate);
    }

    private void tick(String kampung) {
        browser.click(By.xpath(
                "//form[@name='profilRapatPersiapan']//label[contains(normalize-space(), '" + kampung + "')]/input"));
    }
}
