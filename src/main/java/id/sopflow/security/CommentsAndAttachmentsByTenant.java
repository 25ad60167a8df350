package id.sopflow.security;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.stereotype.Component;

/**
 * Task comments and attachments are reachable by their own id ({@code GET /task/{id}/comment/{commentId}},
 * {@code …/attachment/{id}/data}, {@code DELETE …/attachment/{id}}, and the webapps' copies), and the engine checks
 * only that the comment belongs to the task, not that the caller may see the task: another desa could read a
 * desa's notes and delete its attachments. Here every comment and attachment operation of an authenticated user
 * first asks, as that user, whether the task (or process instance) it belongs to is visible to them — open or
 * finished, through the engine's own tenant and authorization checks. If not, 403, and nothing is read or changed.
 *
 * <p>Installed after the engine's services are built, around whatever task service is in place (sopflow's
 * expression-safe one), so both checks hold.
 */
@Component
class CommentsAndAttachmentsByTenant extends AbstractProcessEnginePlugin {

    static final String MESSAGE = "Akses ditolak: komentar atau lampiran ini milik tugas desa atau organisasi lain.";

    /** Methods whose first argument is a task id. */
    private static final Set<String> BY_TASK = Set.of("getTaskComment", "getTaskComments", "deleteTaskComment",
            "deleteTaskComments", "updateTaskComment", "getTaskAttachment", "getTaskAttachmentContent",
            "getTaskAttachments", "deleteTaskAttachment");
    /** Methods whose first argument is a process instance id. */
    private static final Set<String> BY_INSTANCE = Set.of("getProcessInstanceComments",
            "deleteProcessInstanceComment", "deleteProcessInstanceComments", "updateProcessInstanceComment",
            "getProcessInstanceAttachments");
    /** Methods given only the attachment (or its id). */
    private static final Set<String> BY_ATTACHMENT = Set.of("getAttachment", "getAttachmentContent",
            "deleteAttachment", "saveAttachment");

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        TaskService engineTasks = configuration.getTaskService();
        configuration.setTaskService((TaskService) Proxy.newProxyInstance(TaskService.class.getClassLoader(),
                new Class<?>[] {TaskService.class}, (proxy, method, arguments) -> {
                    if (authenticated(configuration)) {
                        check(configuration, engineTasks, method, arguments);
                    }
                    try {
                        return method.invoke(engineTasks, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    private static boolean authenticated(ProcessEngineConfigurationImpl configuration) {
        Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
        return caller != null && caller.getUserId() != null;
    }

    private static void check(ProcessEngineConfigurationImpl configuration, TaskService tasks, Method method,
            Object[] arguments) {
        String name = method.getName();
        if (BY_TASK.contains(name)) {
            requireVisible(configuration, (String) arguments[0], null);
        } else if (BY_INSTANCE.contains(name)) {
            requireVisible(configuration, null, (String) arguments[0]);
        } else if (name.equals("addComment") || name.equals("createComment")) {
            requireVisible(configuration, (String) arguments[0], (String) arguments[1]);
        } else if (name.equals("createAttachment")) {
            requireVisible(configuration, (String) arguments[1], (String) arguments[2]);
        } else if (BY_ATTACHMENT.contains(name)) {
            String id = arguments[0] instanceof Attachment given ? given.getId() : (String) arguments[0];
            Attachment attachment = id == null ? null : tasks.getAttachment(id);
            if (attachment != null) {
                requireVisible(configuration, attachment.getTaskId(), attachment.getProcessInstanceId());
            }
        }
    }

    /** The task, else the process instance, must be visible to the caller (queries run with their tenants). */
    private static void requireVisible(ProcessEngineConfigurationImpl configuration, String taskId,
            String processInstanceId) {
        boolean visible;
        if (taskId != null) {
            HistoryService history = configuration.getHistoryService();
            visible = configuration.getTaskService().createTaskQuery().taskId(taskId).count() > 0
                    || history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
        } else if (processInstanceId != null) {
            RuntimeService runtime = configuration.getRuntimeService();
            visible = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0
                    || configuration.getHistoryService().createHistoricProcessInstanceQuery()
                            .processInstanceId(processInstanceId).count() > 0;
        } else {
            visible = true;
        }
        if (!visible) {
            throw new AuthorizationException(MESSAGE);
        }
    }
}
