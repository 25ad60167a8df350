package id.sopflow.security;

import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.management.SetJobRetriesBuilderImpl;
import org.camunda.bpm.engine.management.SetJobRetriesByJobsAsyncBuilder;
import org.camunda.bpm.engine.management.SetJobRetriesByProcessAsyncBuilder;
import org.camunda.bpm.engine.management.UpdateJobDefinitionSuspensionStateSelectBuilder;
import org.camunda.bpm.engine.management.UpdateJobSuspensionStateSelectBuilder;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Only administrators operate jobs (timers, asynchronous steps): execute, retry, suspend, activate, move the due
 * date, change the priority or delete them, singly or in bulk. Staff work their cases through tasks; a job is
 * machinery.
 *
 * <p>Why here and not with the engine's tenant check: the engine checks the tenant of {@code executeJob} only
 * inside the job execution, so a refused call from another desa still counted as a failed execution — four calls
 * used up a timer's retries and raised an incident that stalled that desa's SOP. This check refuses a non-administrator
 * before the engine touches the job at all. The job executor and sopflow's own code run without an authenticated
 * user and are not affected.
 *
 * <p>Every method of the engine's management service whose name says it changes a job or a job definition
 * ({@link #JOB_OPERATION}) is checked; a test fails when a Camunda upgrade brings one that is not.
 */
@Component
class JobOperationsForAdministrators extends AbstractProcessEnginePlugin {

    static final Pattern JOB_OPERATION = Pattern.compile(
            "^(execute|delete|set|recalculate|activate|suspend|update|clear)\\w*Job\\w*");
    static final String MESSAGE = "Akses ditolak: hanya administrator yang boleh menjalankan, mengulang, "
            + "menangguhkan, mengaktifkan, menjadwalkan ulang atau menghapus job. Job tidak diubah.";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setManagementService(new AdministratorsOperateJobs(configuration));
    }

    private static void requireAdministrator(ProcessEngineConfigurationImpl configuration) {
        Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null) {
            return;
        }
        boolean administrator = NoPasswordOracle.isAdministrator(configuration, caller);
        if (!administrator) {
            throw new AuthorizationException(MESSAGE);
        }
    }

    /**
     * The engine's management service (the engine casts to this class, so it cannot be a proxy), with every
     * operation that changes a job or a job definition checked first. The list is this Camunda version's; a test
     * fails when a new operation appears.
     */
    static class AdministratorsOperateJobs extends ManagementServiceImpl {

        private final ProcessEngineConfigurationImpl configuration;

        AdministratorsOperateJobs(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
            this.configuration = configuration;
        }

        @Override
        public Batch setJobRetriesAsync(List<String> ids0, int retries1) {
            requireAdministrator(configuration);
            return super.setJobRetriesAsync(ids0, retries1);
        }

        @Override
        public Batch setJobRetriesAsync(List<String> ids0, JobQuery jobQuery1, int retries2) {
            requireAdministrator(configuration);
            return super.setJobRetriesAsync(ids0, jobQuery1, retries2);
        }

        @Override
        public Batch setJobRetriesAsync(List<String> ids0, ProcessInstanceQuery instanceQuery1, int retries2) {
            requireAdministrator(configuration);
            return super.setJobRetriesAsync(ids0, instanceQuery1, retries2);
        }

        @Override
        public Batch setJobRetriesAsync(List<String> ids0, ProcessInstanceQuery instanceQuery1, HistoricProcessInstanceQuery historicQuery2, int retries3) {
            requireAdministrator(configuration);
            return super.setJobRetriesAsync(ids0, instanceQuery1, historicQuery2, retries3);
        }

        @Override
        public Batch setJobRetriesAsync(JobQuery jobQuery0, int retries1) {
            requireAdministrator(configuration);
            return super.setJobRetriesAsync(jobQuery0, retries1);
        }

        @Override
        public SetJobRetriesBuilderImpl setJobRetries(int retries0) {
            requireAdministrator(configuration);
            return super.setJobRetries(retries0);
        }

        @Override
        public SetJobRetriesByJobsAsyncBuilder setJobRetriesByJobsAsync(int retries0) {
            requireAdministrator(configuration);
            return super.setJobRetriesByJobsAsync(retries0);
        }

        @Override
        public SetJobRetriesByProcessAsyncBuilder setJobRetriesByProcessAsync(int retries0) {
            requireAdministrator(configuration);
            return super.setJobRetriesByProcessAsync(retries0);
        }

        @Override
        public UpdateJobDefinitionSuspensionStateSelectBuilder updateJobDefinitionSuspensionState() {
            requireAdministrator(configuration);
            return super.updateJobDefinitionSuspensionState();
        }

        @Override
        public UpdateJobSuspensionStateSelectBuilder updateJobSuspensionState() {
            requireAdministrator(configuration);
            return super.updateJobSuspensionState();
        }

        @Override
        public void activateJobById(String id0) {
            requireAdministrator(configuration);
            super.activateJobById(id0);
        }

        @Override
        public void activateJobByJobDefinitionId(String id0) {
            requireAdministrator(configuration);
            super.activateJobByJobDefinitionId(id0);
        }

        @Override
        public void activateJobByProcessDefinitionId(String id0) {
            requireAdministrator(configuration);
            super.activateJobByProcessDefinitionId(id0);
        }

        @Override
        public void activateJobByProcessDefinitionKey(String id0) {
            requireAdministrator(configuration);
            super.activateJobByProcessDefinitionKey(id0);
        }

        @Override
        public void activateJobByProcessInstanceId(String id0) {
            requireAdministrator(configuration);
            super.activateJobByProcessInstanceId(id0);
        }

        @Override
        public void activateJobDefinitionById(String id0) {
            requireAdministrator(configuration);
            super.activateJobDefinitionById(id0);
        }

        @Override
        public void activateJobDefinitionById(String id0, boolean flag1) {
            requireAdministrator(configuration);
            super.activateJobDefinitionById(id0, flag1);
        }

        @Override
        public void activateJobDefinitionById(String id0, boolean flag1, Date date2) {
            requireAdministrator(configuration);
            super.activateJobDefinitionById(id0, flag1, date2);
        }

        @Override
        public void activateJobDefinitionByProcessDefinitionId(String id0) {
            requireAdministrator(configuration);
            super.activateJobDefinitionByProcessDefinitionId(id0);
        }

        @Override
        public void activateJobDefinitionByProcessDefinitionId(String id0, boolean flag1) {
            requireAdministrator(configuration);
            super.activateJobDefinitionByProcessDefinitionId(id0, flag1);
        }

        @Override
        public void activateJobDefinitionByProcessDefinitionId(String id0, boolean flag1, Date date2) {
            requireAdministrator(configuration);
            super.activateJobDefinitionByProcessDefinitionId(id0, flag1, date2);
        }

        @Override
        public void activateJobDefinitionByProcessDefinitionKey(String id0) {
            requireAdministrator(configuration);
            super.activateJobDefinitionByProcessDefinitionKey(id0);
        }

        @Override
        public void activateJobDefinitionByProcessDefinitionKey(String id0, boolean flag1) {
            requireAdministrator(configuration);
            super.activateJobDefinitionByProcessDefinitionKey(id0, flag1);
        }

        @Override
        public void activateJobDefinitionByProcessDefinitionKey(String id0, boolean flag1, Date date2) {
            requireAdministrator(configuration);
            super.activateJobDefinitionByProcessDefinitionKey(id0, flag1, date2);
        }

        @Override
        public void clearOverridingJobPriorityForJobDefinition(String id0) {
            requireAdministrator(configuration);
            super.clearOverridingJobPriorityForJobDefinition(id0);
        }

        @Override
        public void deleteJob(String id0) {
            requireAdministrator(configuration);
            super.deleteJob(id0);
        }

        @Override
        public void executeJob(String id0) {
            requireAdministrator(configuration);
            super.executeJob(id0);
        }

        @Override
        public void recalculateJobDuedate(String id0, boolean flag1) {
            requireAdministrator(configuration);
            super.recalculateJobDuedate(id0, flag1);
        }

        @Override
        public void setJobDuedate(String id0, Date date1) {
            requireAdministrator(configuration);
            super.setJobDuedate(id0, date1);
        }

        @Override
        public void setJobDuedate(String id0, Date date1, boolean flag2) {
            requireAdministrator(configuration);
            super.setJobDuedate(id0, date1, flag2);
        }

        @Override
        public void setJobPriority(String id0, long priority1) {
            requireAdministrator(configuration);
            super.setJobPriority(id0, priority1);
        }

        @Override
        public void setJobRetries(String id0, int retries1) {
            requireAdministrator(configuration);
            super.setJobRetries(id0, retries1);
        }

        @Override
        public void setJobRetries(List<String> ids0, int retries1) {
            requireAdministrator(configuration);
            super.setJobRetries(ids0, retries1);
        }

        @Override
        public void setJobRetriesByJobDefinitionId(String id0, int retries1) {
            requireAdministrator(configuration);
            super.setJobRetriesByJobDefinitionId(id0, retries1);
        }

        @Override
        public void setOverridingJobPriorityForJobDefinition(String id0, long priority1) {
            requireAdministrator(configuration);
            super.setOverridingJobPriorityForJobDefinition(id0, priority1);
        }

        @Override
        public void setOverridingJobPriorityForJobDefinition(String id0, long priority1, boolean flag2) {
            requireAdministrator(configuration);
            super.setOverridingJobPriorityForJobDefinition(id0, priority1, flag2);
        }

        @Override
        public void suspendJobById(String id0) {
            requireAdministrator(configuration);
            super.suspendJobById(id0);
        }

        @Override
        public void suspendJobByJobDefinitionId(String id0) {
            requireAdministrator(configuration);
            super.suspendJobByJobDefinitionId(id0);
        }

        @Override
        public void suspendJobByProcessDefinitionId(String id0) {
            requireAdministrator(configuration);
            super.suspendJobByProcessDefinitionId(id0);
        }

        @Override
        public void suspendJobByProcessDefinitionKey(String id0) {
            requireAdministrator(configuration);
            super.suspendJobByProcessDefinitionKey(id0);
        }

        @Override
        public void suspendJobByProcessInstanceId(String id0) {
            requireAdministrator(configuration);
            super.suspendJobByProcessInstanceId(id0);
        }

        @Override
        public void suspendJobDefinitionById(String id0) {
            requireAdministrator(configuration);
            super.suspendJobDefinitionById(id0);
        }

        @Override
        public void suspendJobDefinitionById(String id0, boolean flag1) {
            requireAdministrator(configuration);
            super.suspendJobDefinitionById(id0, flag1);
        }

        @Override
        public void suspendJobDefinitionById(String id0, boolean flag1, Date date2) {
            requireAdministrator(configuration);
            super.suspendJobDefinitionById(id0, flag1, date2);
        }

        @Override
        public void suspendJobDefinitionByProcessDefinitionId(String id0) {
            requireAdministrator(configuration);
            super.suspendJobDefinitionByProcessDefinitionId(id0);
        }

        @Override
        public void suspendJobDefinitionByProcessDefinitionId(String id0, boolean flag1) {
            requireAdministrator(configuration);
            super.suspendJobDefinitionByProcessDefinitionId(id0, flag1);
        }

        @Override
        public void suspendJobDefinitionByProcessDefinitionId(String id0, boolean flag1, Date date2) {
            requireAdministrator(configuration);
            super.suspendJobDefinitionByProcessDefinitionId(id0, flag1, date2);
        }

        @Override
        public void suspendJobDefinitionByProcessDefinitionKey(String id0) {
            requireAdministrator(configuration);
            super.suspendJobDefinitionByProcessDefinitionKey(id0);
        }

        @Override
        public void suspendJobDefinitionByProcessDefinitionKey(String id0, boolean flag1) {
            requireAdministrator(configuration);
            super.suspendJobDefinitionByProcessDefinitionKey(id0, flag1);
        }

        @Override
        public void suspendJobDefinitionByProcessDefinitionKey(String id0, boolean flag1, Date date2) {
            requireAdministrator(configuration);
            super.suspendJobDefinitionByProcessDefinitionKey(id0, flag1, date2);
        }
    }
}
