package id.sopflow.sop.sipa;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.util.Date;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * SIPA BERMEDSOS steps as users take them, for tests outside this package (the public page): a report brought to
 * publication, questions and answers. Sets the engine clock to an ordinary Tuesday morning; {@link #tearDown} resets
 * it.
 */
public final class SipaPublicSteps {

    private final SipaProcessTest steps = new SipaProcessTest();
    private final ProcessEngine engine;

    public SipaPublicSteps(ProcessEngine engine) {
        this.engine = engine;
        steps.engine = engine;
        steps.setUp();
    }

    public void tearDown() {
        steps.tearDown();
    }

    public static byte[] png() {
        return SipaFixtures.png();
    }

    /** A report of the desa user, verified (after a refusal with the reason, when given) and posted by hand. */
    public ProcessInstance publishedReport(String desaUser, String judul, String refusalReason) {
        ProcessInstance report = steps.startAs(desaUser, SipaVariables.JUDUL.put(SipaFixtures.completeReport(), judul));
        if (refusalReason != null) {
            steps.verify(report, "admin-sipa", false, refusalReason);
            steps.complete(report, desaUser, Map.of());
        }
        steps.verify(report, "admin-sipa", true, null);
        steps.postManually(report, "https://www.facebook.com/desababayau/posts/1001");
        return report;
    }

    /** A report of the desa user, verified: its posting job waits for a job executor (or {@link #postManually}). */
    public ProcessInstance verifiedReport(String desaUser, String judul) {
        ProcessInstance report = steps.startAs(desaUser, SipaVariables.JUDUL.put(SipaFixtures.completeReport(), judul));
        steps.verify(report, "admin-sipa", true, null);
        return report;
    }

    public ProcessInstance reportInVerification(String desaUser) {
        return steps.startAs(desaUser, SipaFixtures.completeReport());
    }

    /** Questions the report received (each one's answer task, open or done). */
    public long questions(ProcessInstance report) {
        return engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(report.getId())
                .taskDefinitionKey(SipaElements.TANGGAPI_PERTANYAAN).count();
    }

    /** The single open answer task of the report. */
    public Task questionTask(ProcessInstance report) {
        return engine.getTaskService().createTaskQuery().processInstanceId(report.getId())
                .taskDefinitionKey(SipaElements.TANGGAPI_PERTANYAAN).singleResult();
    }

    public void answer(Task question, String user, String answer) {
        steps.completeTask(question, user, SipaVariables.TANGGAPAN.with(answer));
    }

    /** Ends the report's feedback window; its progress report waits in its own job for a job executor. */
    public void closeFeedbackWindowLeavingTheReportToTheJobExecutor(ProcessInstance report) {
        ClockUtil.setCurrentTime(Date.from(steps.job(report, SipaElements.MASA_TANGGAPAN_BERAKHIR).getDuedate()
                .toInstant().plusSeconds(60)));
        steps.executeJob(report, SipaElements.MASA_TANGGAPAN_BERAKHIR);
    }

    public void closeFeedbackWindow(ProcessInstance report) {
        steps.closeFeedbackWindow(report);
    }
}
