package id.sopflow.identity;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who reads and works a step of an SOP marked {@code actorsReadEveryStep} in the organisation file: its actor groups,
 * through their grant on the SOP's process definition ({@code READ_TASK} and {@code TASK_WORK}, given by
 * {@link IdentitySeeder}), narrowed by tenant as every engine query is; among them only the step's own actor or its
 * assignee may claim, complete or change it.
 *
 * <p>Camunda's default writes one authorization row per task and candidate group (and one per assignee), deletes
 * them when the task ends, and joins them into every task query of every user; at a kabupaten's 100,000 open steps
 * that was 164,000 rows, scanned once per authenticated command for its distinct group ids and joined per group in
 * every Tasklist list (README "Kapasitas"). Here a group that already reads and works the definition's tasks gets
 * no per-task row; anyone else (a supervisor's notice, a process no organisation file names, a grant an administrator
 * narrowed) still gets Camunda's own.
 *
 * <p>A definition grant lets every actor of the SOP work every step of it; the engine knows no finer resource than
 * the definition. The narrowing to the step's actor is the extra check below, run after the engine's own
 * authorization and tenant checks refused nothing: a logged-in non-administrator works (claims, completes, submits,
 * writes variables of) a step only as its assignee or owner, a candidate user, or a member of a candidate group —
 * exactly whom the per-task rows used to name. An administrator reassigns a step to let someone else work it.
 */
@Component
class StepGrantsByDefinition extends AbstractProcessEnginePlugin {

    static final String MESSAGE = "Akses ditolak: langkah ini dikerjakan oleh pelaksananya sendiri (grup kandidat) "
            + "atau orang yang ditugasi. Minta administrator menugaskannya kepada Anda bila perlu.";

    /** The engine's checks that let a caller change a task. */
    private static final Set<String> WORK_CHECKS = Set.of("checkTaskWork", "checkUpdateTaskVariable");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCommandCheckers().add((CommandChecker) Proxy.newProxyInstance(
                CommandChecker.class.getClassLoader(), new Class<?>[] {CommandChecker.class},
                (proxy, method, arguments) -> {
                    if (WORK_CHECKS.contains(method.getName()) && arguments != null && arguments.length == 1
                            && arguments[0] instanceof TaskEntity task) {
                        requireOwnStep(task);
                    }
                    return null;
                }));
    }

    private static void requireOwnStep(TaskEntity task) {
        CommandContext context = Context.getCommandContext();
        Authentication caller = context.getAuthentication();
        if (caller == null || caller.getUserId() == null || !context.isAuthorizationCheckEnabled()
                || !context.getProcessEngineConfiguration().isAuthorizationEnabled()
                || context.getAuthorizationManager().isCamundaAdmin(caller)) {
            return;
        }
        String user = caller.getUserId();
        if (user.equals(task.getAssignee()) || user.equals(task.getOwner())) {
            return;
        }
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        for (IdentityLinkEntity link : task.getIdentityLinks()) {
            if (user.equals(link.getUserId()) || link.getGroupId() != null && groups.contains(link.getGroupId())) {
                return;
            }
        }
        throw new AuthorizationException(MESSAGE);
    }

    /** Camunda's per-task rows, left out where the definition grant already reads and works the task. */
    static final class Provider extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            String key = processDefinitionKey(task);
            if (key != null && worksByDefinition(List.of(groupId), key)) {
                return null;
            }
            return super.newTaskGroupIdentityLink(task, groupId, type);
        }

        @Override
        public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
            String key = processDefinitionKey(task);
            if (newAssignee != null && key != null) {
                List<String> groups = Context.getCommandContext().getReadOnlyIdentityProvider()
                        .createGroupQuery().groupMember(newAssignee).list().stream().map(Group::getId).toList();
                if (!groups.isEmpty() && worksByDefinition(groups, key)) {
                    return null;
                }
            }
            return super.newTaskAssignee(task, oldAssignee, newAssignee);
        }

        private static String processDefinitionKey(Task task) {
            if (task instanceof TaskEntity entity && entity.getProcessDefinitionId() != null) {
                ProcessDefinitionEntity definition = entity.getProcessDefinition();
                return definition == null ? null : definition.getKey();
            }
            return null;
        }

        /** Whether one of the groups holds READ_TASK and TASK_WORK on the definition key (or on every definition). */
        private static boolean worksByDefinition(List<String> groups, String key) {
            CommandContext context = Context.getCommandContext();
            AuthorizationQueryImpl query = new AuthorizationQueryImpl();
            query.groupIdIn(groups.toArray(String[]::new))
                    .authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .resourceType(Resources.PROCESS_DEFINITION)
                    .hasPermission(ProcessDefinitionPermissions.READ_TASK)
                    .hasPermission(ProcessDefinitionPermissions.TASK_WORK);
            return context.runWithoutAuthorization(() -> {
                for (String resourceId : new String[] {key, Authorization.ANY}) {
                    query.resourceId(resourceId);
                    if (context.getAuthorizationManager().selectAuthorizationCountByQueryCriteria(query) > 0) {
                        return true;
                    }
                }
                return false;
            });
        }
    }
}
