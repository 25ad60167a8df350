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

import id.sopflow.ProcessVariable;
import id.sopflow.publishing.Platform;
import id.sopflow.testkit.TestKit;
import id.sopflow.verification.ReviewHistory;

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
        VariableMap bahan = Variables.createVariables();
        PpidVariables.JUDUL.put(bahan, "Musyawarah Kalurahan RKP 2027");
        PpidVariables.TANGGAL_KEGIATAN.put(bahan, "2026-11-20");
        PpidVariables.RINGKASAN.put(bahan, "Musyawarah Kalurahan membahas Rencana Kerja Pemerintah Kalurahan 2027, "
                + "dihadiri 60 peserta di Balai Kalurahan Bunder.");
        PpidVariables.DISPOSISI.put(bahan, "Mohon disebarluaskan melalui website dan media sosial kalurahan hari ini.");
        PpidVariables.LAMPIRAN.get(0).put(bahan,
                TestKit.upload("notulen.pdf", "%PDF-1.4 notulen".getBytes(), "application/pdf"));
        PpidVariables.LAMPIRAN.get(1).put(bahan, TestKit.emptyUpload());
        return bahan;
    }

    static VariableMap konsep(String... platformIds) {
        VariableMap draft = Variables.createVariables();
        for (String platform : platformIds) {
            PpidVariables.TEKS.get(Platform.byId(platform).orElseThrow()).put(draft,
                    "Musyawarah Kalurahan Bunder menyepakati RKP 2027 (" + platform + ").");
        }
        PpidVariables.GAMBAR_BARU.get(0).put(draft, image("musyawarah.png"));
        PpidVariables.GAMBAR_BARU.get(1).put(draft, TestKit.emptyUpload());
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

    static VariableMap decision(ProcessVariable<Boolean> decisionVariable, ProcessVariable<String> reasonVariable,
                                boolean yes, String reason) {
        return reasonVariable.put(decisionVariable.with(yes), reason);
    }

    /** Seksi PDDI's check of the draft (row 4). */
    static VariableMap konsepSesuai(boolean yes, String reason) {
        return decision(PpidVariables.KONSEP_SESUAI, PpidVariables.ALASAN_KONSEP_TIDAK_SESUAI, yes, reason);
    }

    /** The Ketua PPID's decision (row 6). */
    static VariableMap materiDisetujui(boolean yes, String reason) {
        return decision(PpidVariables.MATERI_DISETUJUI, PpidVariables.ALASAN_MATERI_DITOLAK, yes, reason);
    }

    /** Seksi PDDI's choice of platforms (row 7): those named, and not the others. */
    static VariableMap platforms(String... platformIds) {
        VariableMap choice = Variables.createVariables();
        for (Platform platform : Platform.values()) {
            PpidVariables.PLATFORM.get(platform).put(choice, List.of(platformIds).contains(platform.id()));
        }
        return choice;
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
        complete(instance, SEKSI, PpidVariables.INSTRUKSI_SEKSI.with("Siapkan materi untuk semua platform."));
        complete(instance, ADMIN, konsep(platformIds));
        complete(instance, SEKSI, konsepSesuai(true, null));
        complete(instance, SEKSI, PpidVariables.CATATAN_PENGANTAR.with("Sudah sesuai disposisi."));
        return instance;
    }

    /** Up to row 8 completed: approved, the platforms chosen, the material received. */
    ProcessInstance posting(String... platformIds) {
        ProcessInstance instance = atKetuaApproval(platformIds);
        complete(instance, KETUA, materiDisetujui(true, null));
        complete(instance, SEKSI, platforms(platformIds));
        complete(instance, ADMIN, PpidVariables.MATERI_DITERIMA.with(true));
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
                .filter(task -> PpidVariables.PLATFORM_UNGGAH.fromTask(engine.getTaskService(), task.getId())
                        .filter(platform::equals).isPresent())
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

    /** The case's value of the variable, or null. */
    <T> T variable(ProcessInstance instance, ProcessVariable<T> variable) {
        return variable.fromCase(engine.getRuntimeService(), instance.getId()).orElse(null);
    }

    /**
     * Why the Admin Medsos's draft came back, as the draft form loads it in Tasklist (task form variables, with the
     * Admin Medsos's own rights): the shared review history's last round and the rounds before it, absent as long as
     * nothing was decided.
     */
    Map<String, Object> reviewHistoryOnDraft(ProcessInstance instance) {
        Task draft = tasks(instance, PpidElements.SUSUN_KONSEP).stream().findFirst()
                .orElseThrow(() -> new AssertionError("the draft is not with the Admin Medsos"));
        authenticate(ADMIN);
        try {
            Map<String, Object> values = new HashMap<>();
            engine.getFormService().getTaskFormVariables(draft.getId(), List.of(ReviewHistory.LAST_ROUND.name(),
                    ReviewHistory.EARLIER_ROUNDS.name()), true).forEach(values::put);
            return values;
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** As the webapps do: the user with their groups and tenants. */
    void authenticate(String user) {
        TestKit.authenticate(engine.getIdentityService(), user);
    }
}
