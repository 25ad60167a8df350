package id.sopflow.sop.setwan;

import static id.sopflow.sop.setwan.SetwanVariables.ARAHAN_KABAG;
import static id.sopflow.sop.setwan.SetwanVariables.JENIS_KEGIATAN;
import static id.sopflow.sop.setwan.SetwanVariables.JUDUL;
import static id.sopflow.sop.setwan.SetwanVariables.KOREKSI_KABAG;
import static id.sopflow.sop.setwan.SetwanVariables.LAMPIRAN_BARU;
import static id.sopflow.sop.setwan.SetwanVariables.MATERI_DITERIMA;
import static id.sopflow.sop.setwan.SetwanVariables.NASKAH_PUBLIKASI;
import static id.sopflow.sop.setwan.SetwanVariables.PLATFORM_FACEBOOK;
import static id.sopflow.sop.setwan.SetwanVariables.PLATFORM_INSTAGRAM;
import static id.sopflow.sop.setwan.SetwanVariables.PLATFORM_YOUTUBE;
import static id.sopflow.sop.setwan.SetwanVariables.TANGGAL_KEGIATAN;
import static id.sopflow.sop.setwan.SetwanVariables.TIM_BAPINANDUAN;
import static id.sopflow.sop.setwan.SetwanVariables.URAIAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;

import id.sopflow.ProcessVariable;
import id.sopflow.verification.TestImages;
import id.sopflow.testkit.TestKit;

/** The steps of SOP Bapinanduan as its users take them, shared by the process and periodic-update tests. */
final class SetwanSteps {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    /** Tuesday 09:00 WITA: an ordinary working morning. */
    static final Instant TUESDAY_0900 = ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, WITA).toInstant();
    static final String WEBSITE_LINK = "https://dprd.balangankab.example.go.id/berita/rapat-paripurna-apbd-2027";
    static final String INSTAGRAM_LINK = "https://www.instagram.com/p/SetwanBlg1";

    private final ProcessEngine engine;

    SetwanSteps(ProcessEngine engine) {
        this.engine = engine;
    }

    static FileValue png(String name) {
        return Variables.fileValue(name).file(TestImages.png()).mimeType("image/png").create();
    }

    static FileValue pdf(String name) {
        return Variables.fileValue(name).file("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII))
                .mimeType("application/pdf").create();
    }

    static FileValue emptyUpload() {
        return TestKit.emptyUpload();
    }

    static VariableMap activity() {
        VariableMap activity = Variables.createVariables();
        JUDUL.put(activity, "Rapat Paripurna Penetapan APBD 2027");
        JENIS_KEGIATAN.put(activity, "dprd");
        TANGGAL_KEGIATAN.put(activity, "2026-11-23");
        return activity;
    }

    static VariableMap material() {
        VariableMap material = activity();
        TIM_BAPINANDUAN.put(material, "Rahmat, Siti");
        URAIAN.put(material, "DPRD Kabupaten Balangan menetapkan APBD 2027 dalam rapat paripurna di ruang sidang utama.");
        NASKAH_PUBLIKASI.put(material, "DPRD Balangan menetapkan APBD 2027 dalam rapat paripurna, Senin 23 November 2026.");
        LAMPIRAN_BARU.get(0).put(material, png("foto-paripurna.png"));
        LAMPIRAN_BARU.get(1).put(material, pdf("kliping-radar-banjarmasin.pdf"));
        LAMPIRAN_BARU.get(2).put(material, emptyUpload());
        return material;
    }

    static VariableMap accepted(boolean facebook, boolean instagram, boolean youtube) {
        VariableMap decision = Variables.createVariables();
        MATERI_DITERIMA.put(decision, true);
        KOREKSI_KABAG.put(decision, "");
        PLATFORM_FACEBOOK.put(decision, facebook);
        PLATFORM_INSTAGRAM.put(decision, instagram);
        PLATFORM_YOUTUBE.put(decision, youtube);
        ARAHAN_KABAG.put(decision, "Terbitkan hari ini.");
        return decision;
    }

    static VariableMap refused(String corrections) {
        VariableMap decision = Variables.createVariables();
        MATERI_DITERIMA.put(decision, false);
        KOREKSI_KABAG.put(decision, corrections);
        return decision;
    }

    ProcessInstance startAs(String user, VariableMap variables) {
        authenticate(user);
        try {
            return engine.getRuntimeService().startProcessInstanceByKey(SetwanVariables.PROCESS_KEY, variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** A case taken to both publishing steps (the jobs before "Terbitkan …" not executed yet). */
    ProcessInstance acceptedCase(boolean facebook, boolean instagram, boolean youtube) {
        ProcessInstance activity = startAs("staf-setwan", activity());
        complete(activity, SetwanElements.KUMPULKAN_DATA, "staf-setwan", material());
        complete(activity, SetwanElements.KOREKSI_MATERI, "kabag-setwan", accepted(facebook, instagram, youtube));
        return activity;
    }

    /** A case published by hand on the website and Instagram and finished. */
    ProcessInstance finishedCase() {
        ProcessInstance activity = acceptedCase(false, true, false);
        executeJob(activity, SetwanElements.PUBLIKASI_WEBSITE_OTOMATIS);
        executeJob(activity, SetwanElements.PUBLIKASI_MEDSOS_OTOMATIS);
        complete(activity, SetwanElements.PUBLIKASI_WEBSITE, "website-setwan", SetwanVariables.TAUTAN_WEBSITE.with(WEBSITE_LINK));
        complete(activity, SetwanElements.PUBLIKASI_MEDSOS, "staf-setwan", SetwanVariables.TAUTAN_INSTAGRAM.with(INSTAGRAM_LINK));
        return activity;
    }

    void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> variables) {
        completeTask(task(instance, taskKey), user, variables);
    }

    void completeTask(Task task, String user, Map<String, Object> variables) {
        authenticate(user);
        try {
            engine.getTaskService().claim(task.getId(), user);
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    Task task(ProcessInstance instance, String taskKey) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("open task " + taskKey).isNotNull();
        return task;
    }

    void executeJob(ProcessInstance instance, String activityId) {
        engine.getManagementService().executeJob(job(instance, activityId).getId());
    }

    Job job(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
    }

    /** Fires a step's late timer a minute after its due date; the step stays open. */
    void fireLateTimer(ProcessInstance instance, String userTask) {
        Job timer = job(instance, SetwanElements.timerOf(userTask));
        assertThat(timer.getDuedate()).isEqualTo(task(instance, userTask).getDueDate());
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
        engine.getManagementService().executeJob(timer.getId());
        task(instance, userTask);
    }

    /** The case's value of the variable, or null. */
    <T> T variable(ProcessInstance instance, ProcessVariable<T> variable) {
        return variable.fromCase(engine.getRuntimeService(), instance.getId()).orElse(null);
    }

    /** As the webapps do: the user with their groups and tenants. */
    void authenticate(String user) {
        TestKit.authenticate(engine.getIdentityService(), user);
    }
}
