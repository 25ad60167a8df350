package id.sopflow.sop.ppid;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;

import id.sopflow.testkit.TestKit;

/** One PPID case worked step by step as the three actors do, through the engine's API with their identities. */
final class PpidCase {

    static final String KETUA = "ketua-ppid";
    static final String SEKSI = "seksi-pddi";
    static final String ADMIN = "admin-medsos";

    private final ProcessEngine engine;

    PpidCase(ProcessEngine engine) {
        this.engine = engine;
    }

    // ---- inputs as the forms hand them in

    static VariableMap bahan() {
        return Variables.createVariables()
                .putValue("judul", "Musyawarah Kalurahan RKP 2027")
                .putValue("tanggalKegiatan", "2026-11-20")
                .putValue("ringkasan", "Musyawarah Kalurahan membahas Rencana Kerja Pemerintah Kalurahan 2027, "
                        + "dihadiri 60 peserta di Balai Kalurahan Bunder.")
                .putValue("disposisi", "Mohon disebarluaskan melalui website dan media sosial kalurahan hari ini.")
                .putValue("lampiran1", TestKit.upload("notulen.pdf", "%PDF-1.4 notulen".getBytes(), "application/pdf"))
                .putValue("lampiran2", TestKit.emptyUpload());
    }

    static Map<String, Object> konsep(String... platformIds) {
        Map<String, Object> draft = new HashMap<>();
        for (String platform : platformIds) {
            draft.put("teks" + Character.toUpperCase(platform.charAt(0)) + platform.substring(1),
                    "Musyawarah Kalurahan Bunder menyepakati RKP 2027 (" + platform + ").");
        }
        draft.put("gambarBaru1", image("musyawarah.png"));
        draft.put("gambarBaru2", TestKit.emptyUpload());
        return draft;
    }

    static FileValue image(String name) {
        return Variables.fileValue(name).file(png()).mimeType("image/png").create();
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x1565c0);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> decision(String decisionVariable, String reasonVariable, boolean yes, String reason) {
        Map<String, Object> decision = new HashMap<>();
        decision.put(decisionVariable, yes);
        decision.put(reasonVariable, reason);
        return decision;
    }

    // ---- the steps

    ProcessInstance start(VariableMap bahan) {
        authenticate(KETUA);
        try {
            return engine.getRuntimeService().startProcessInstanceByKey(PpidVariables.PROCESS_KEY, bahan);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** Rows 1–5: started, instructed, drafted for the platforms and passed by Seksi PDDI to the Ketua PPID. */
    ProcessInstance atKetuaApproval(String... platformIds) {
        ProcessInstance instance = start(bahan());
        complete(instance, SEKSI, Map.of("instruksiSeksi", "Siapkan materi untuk semua platform."));
        complete(instance, ADMIN, konsep(platformIds));
        complete(instance, SEKSI, decision("konsepSesuai", "alasanKonsepTidakSesuai", true, null));
        complete(instance, SEKSI, Map.of("catatanPengantar", "Sudah sesuai disposisi."));
        return instance;
    }

    /** Up to row 8 completed: approved, the platforms chosen, the material received. */
    ProcessInstance posting(String... platformIds) {
        ProcessInstance instance = atKetuaApproval(platformIds);
        complete(instance, KETUA, decision("materiDisetujui", "alasanMateriDitolak", true, null));
        Map<String, Object> choice = new HashMap<>();
        for (String platform : List.of("website", "instagram", "facebook", "youtube")) {
            choice.put("platform" + Character.toUpperCase(platform.charAt(0)) + platform.substring(1),
                    List.of(platformIds).contains(platform));
        }
        complete(instance, SEKSI, choice);
        complete(instance, ADMIN, Map.of("materiDiterima", true));
        return instance;
    }

    /** Runs the posting job of each platform (the job executor is off in tests); not those left as incidents. */
    void runPostingJobs(ProcessInstance instance) {
        for (Job job : jobs(instance, PpidElements.UNGGAH_OTOMATIS)) {
            if (job.getRetries() == 0) {
                continue;
            }
            engine.getManagementService().executeJob(job.getId());
        }
    }

    Task manualTask(ProcessInstance instance, String platform) {
        return tasks(instance, PpidElements.UNGGAH_MANUAL).stream()
                .filter(task -> platform.equals(engine.getTaskService().getVariable(task.getId(), "platform")))
                .findFirst().orElseThrow(() -> new AssertionError("no manual posting task for " + platform));
    }

    void complete(ProcessInstance instance, String user, Map<String, Object> variables) {
        completeTask(onlyTask(instance), user, variables);
    }

    /** Each step takes a minute of the (frozen) test clock, so that decisions keep their order in time. */
    void completeTask(Task task, String user, Map<String, Object> variables) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(60)));
        authenticate(user);
        try {
            engine.getTaskService().claim(task.getId(), user);
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** Lets go of a task claimed by a completion that was refused, so that the next attempt can claim it. */
    void unclaim(ProcessInstance instance) {
        for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list()) {
            engine.getTaskService().setAssignee(task.getId(), null);
        }
    }

    void composeReport(ProcessInstance instance) {
        Job job = job(instance, PpidElements.SUSUN_LAPORAN);
        engine.getManagementService().executeJob(job.getId());
    }

    void fireLateTimer(Task task) {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(task.getProcessInstanceId())
                .activityId(PpidElements.timerOf(task.getTaskDefinitionKey())).list().stream()
                .filter(job -> task.getExecutionId().equals(job.getExecutionId()))
                .findFirst().orElseThrow(() -> new AssertionError("no timer for " + task.getTaskDefinitionKey()));
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
        engine.getManagementService().executeJob(timer.getId());
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
                .as("a late step stays open").isEqualTo(1);
    }

    Task onlyTask(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    List<Task> tasks(ProcessInstance instance, String taskDefinitionKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskDefinitionKey).list();
    }

    Job job(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
    }

    List<Job> jobs(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).list();
    }

    Object variable(ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    /** As the webapps do: the user with their groups and tenants. */
    void authenticate(String user) {
        TestKit.authenticate(engine.getIdentityService(), user);
    }
}
