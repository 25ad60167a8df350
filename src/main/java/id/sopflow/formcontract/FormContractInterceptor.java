package id.sopflow.formcontract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

import id.sopflow.InputRefusedException;
import id.sopflow.deployment.EmbeddedFormKey;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.verification.InputRefusals;

/**
 * Checks every variable write of a logged-in non-administrator against the deployed form of its start event or
 * task ({@link FormContract}) before the engine runs the command, and refuses the whole command with one
 * {@link InputRefusedException} (HTTP 400 in both REST APIs and Tasklist) listing every problem.
 *
 * <ul>
 * <li>Start form submissions, starts and task completions (form submission or {@code complete}): only the form's
 * variables, by its rules, required fields included (a task's required field may also be filled already).</li>
 * <li>Task variables written or deleted directly: only the task form's variables, by its rules.</li>
 * <li>Process variables written directly, messages, signals and batches carrying variables, starts in the middle
 * of a diagram: administrators only — no form stands behind them.</li>
 * </ul>
 * Not checked: commands without a logged-in user (delegates, timers, tests, sopflow's work {@code AsSystem}), and
 * administrators ({@code camunda-admin}: Cockpit's variable editing). Only the outermost command is checked: the
 * engine's own follow-up commands inside it are the process's work, not the user's.
 */
final class FormContractInterceptor extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;
    private final ComputedVariables computedVariables;
    private final Map<String, FormContract> parsedForms = new ConcurrentHashMap<>();
    /** Forms bound to their deployment, by deployment and form: a deployment never changes, so read each once. */
    private final Map<String, FormContract> formsOfDeployments = new ConcurrentHashMap<>();

    FormContractInterceptor(ProcessEngineConfigurationImpl configuration, ComputedVariables computedVariables) {
        this.configuration = configuration;
        this.computedVariables = computedVariables;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() == null && isCheckedUser()) {
            List<String> problems = problemsOf(command);
            if (!problems.isEmpty()) {
                InputRefusedException refusal = new InputRefusedException("Isian ditolak, tidak ada yang disimpan. "
                        + String.join(" ", problems));
                InputRefusals.record(refusal);
                throw refusal;
            }
        }
        return next.execute(command);
    }

    private boolean isCheckedUser() {
        Authentication user = configuration.getIdentityService().getCurrentAuthentication();
        return user != null && (user.getGroupIds() == null
                || !user.getGroupIds().contains(OrganisationDirectory.ADMIN_GROUP));
    }

    private List<String> problemsOf(Command<?> command) {
        if (command instanceof SubmitStartFormCmd) {
            return checkStart(field(command, "processDefinitionId"), null, null,
                    typed(field(command, "variables")));
        }
        if (command instanceof StartProcessInstanceAtActivitiesCmd) {
            return List.of("Memulai proses di tengah alur hanya boleh dilakukan administrator.");
        }
        if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl start = field(command, "instantiationBuilder");
            return checkStart(start.getProcessDefinitionId(), start.getProcessDefinitionKey(),
                    start.getProcessDefinitionTenantId(), typed(start.getVariables()));
        }
        if (command instanceof SubmitTaskFormCmd) {
            return checkTask(field(command, "taskId"), typed(field(command, "properties")), List.of(), true);
        }
        if (command instanceof CompleteTaskCmd) {
            return checkTask(field(command, "taskId"), typed(field(command, "variables")), List.of(), true);
        }
        if (command instanceof PatchTaskVariablesCmd) {
            Collection<String> deletions = field(command, "deletions");
            return checkTask(field(command, "entityId"), typed(field(command, "variables")),
                    deletions == null ? List.of() : deletions, false);
        }
        if (command instanceof SetTaskVariablesCmd) {
            return checkTask(field(command, "entityId"), typed(field(command, "variables")), List.of(), false);
        }
        if (command instanceof RemoveTaskVariablesCmd) {
            return checkTask(field(command, "entityId"), Map.of(), field(command, "variableNames"), false);
        }
        if (command instanceof AbstractPatchVariablesCmd) {
            Collection<String> deletions = field(command, "deletions");
            List<String> names = new ArrayList<>(typed(field(command, "variables")).keySet());
            names.addAll(deletions == null ? List.of() : deletions);
            return adminOnly(names);
        }
        if (command instanceof AbstractSetVariableCmd && command instanceof AbstractVariableCmd) {
            return adminOnly(typed(field(command, "variables")).keySet());
        }
        if (command instanceof AbstractRemoveVariableCmd) {
            return adminOnly(field(command, "variableNames"));
        }
        if (command instanceof AbstractCorrelateMessageCmd) {
            MessageCorrelationBuilderImpl message = field(command, "builder");
            List<String> names = new ArrayList<>(typed(message.getPayloadProcessInstanceVariables()).keySet());
            names.addAll(typed(message.getPayloadProcessInstanceVariablesLocal()).keySet());
            names.addAll(typed(message.getPayloadProcessInstanceVariablesToTriggeredScope()).keySet());
            return adminOnly(names);
        }
        if (command instanceof SignalEventReceivedCmd) {
            SignalEventReceivedBuilderImpl signal = field(command, "builder");
            return adminOnly(typed(signal.getVariables()).keySet());
        }
        if (command instanceof SignalCmd) {
            return adminOnly(typed(field(command, "processVariables")).keySet());
        }
        if (command instanceof SetVariablesToProcessInstancesBatchCmd) {
            return adminOnly(typed(field(command, "variables")).keySet());
        }
        return List.of();
    }

    private static List<String> adminOnly(Collection<String> names) {
        return names.stream().map(name -> "«" + name + "»: variabel proses hanya dapat diubah melalui formulir "
                + "mulai atau formulir tugas, atau oleh administrator.").toList();
    }

    private List<String> checkStart(String definitionId, String key, String tenantId, Map<String, TypedValue> values) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            DeploymentCache deployments = context.getProcessEngineConfiguration().getDeploymentCache();
            ProcessDefinitionEntity definition = definitionId != null
                    ? deployments.findDeployedProcessDefinitionById(definitionId)
                    : tenantId != null ? deployments.findDeployedLatestProcessDefinitionByKeyAndTenantId(key, tenantId)
                    : deployments.findDeployedLatestProcessDefinitionByKey(key);
            if (!context.getTenantManager().isAuthenticatedTenant(definition.getTenantId())) {
                return List.<String>of(); // the command itself refuses another tenant's process
            }
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkCreateProcessInstance(definition);
            }
            context.disableAuthorizationCheck();
            FormContract contract = contractOf(definition.getDeploymentId(),
                    new GetStartFormCmd(definition.getId()).execute(context),
                    () -> new GetDeployedStartFormCmd(definition.getId()).execute(context));
            return contract.problems(values, List.of(), name -> null, true,
                    computedVariables.of(definition.getKey()));
        });
    }

    private List<String> checkTask(String taskId, Map<String, TypedValue> values, Collection<String> removed,
            boolean complete) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
            if (task == null || !context.getTenantManager().isAuthenticatedTenant(task.getTenantId())) {
                return List.<String>of(); // the command itself reports the unknown or foreign task
            }
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkTaskWork(task);
            }
            context.disableAuthorizationCheck();
            ProcessDefinitionEntity definition = task.getProcessDefinitionId() == null ? null
                    : context.getProcessEngineConfiguration().getDeploymentCache()
                            .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
            FormContract contract = contractOf(definition == null ? null : definition.getDeploymentId(),
                    new GetTaskFormCmd(taskId).execute(context),
                    () -> new GetDeployedTaskFormCmd(taskId).execute(context));
            String processKey = definition == null ? null : definition.getKey();
            Function<String, Object> existing = task::getVariable;
            return contract.problems(values, removed, existing, complete, computedVariables.of(processKey));
        });
    }

    /**
     * The contract of the form a start or task shows. A form bound to the process's own deployment (every form of
     * sopflow's diagrams) is read from the database once per deployment, not on every completion; a form bound to
     * "latest" or a version is read each time, as it may change.
     */
    private FormContract contractOf(String deploymentId, FormData formData,
            java.util.function.Supplier<InputStream> deployedForm) {
        if (formData == null || formData.getFormKey() == null && formData.getCamundaFormRef() == null) {
            return FormContract.none("tanpa formulir");
        }
        String name = formData.getFormKey() != null ? formData.getFormKey() : formData.getCamundaFormRef().getKey();
        if (deploymentId != null && boundToDeployment(formData)) {
            return formsOfDeployments.computeIfAbsent(deploymentId + " " + name, any -> read(name, deployedForm));
        }
        return read(name, deployedForm);
    }

    private static boolean boundToDeployment(FormData formData) {
        if (formData.getFormKey() != null) {
            String key = formData.getFormKey();
            return key.startsWith(EmbeddedFormKey.PREFIX) || key.startsWith("camunda-forms:deployment:")
                    || key.startsWith("deployment:");
        }
        return "deployment".equals(formData.getCamundaFormRef().getBinding());
    }

    private FormContract read(String name, java.util.function.Supplier<InputStream> deployedForm) {
        try (InputStream form = deployedForm.get()) {
            String content = new String(form.readAllBytes(), StandardCharsets.UTF_8);
            return parsedForms.computeIfAbsent(content, text -> FormContracts.parse(name, text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, TypedValue> typed(Map<String, ?> variables) {
        Map<String, TypedValue> typed = new LinkedHashMap<>();
        if (variables instanceof VariableMap map) {
            map.keySet().forEach(name -> typed.put(name, map.getValueTyped(name)));
        } else if (variables != null) {
            variables.forEach((name, value) -> typed.put(name,
                    value instanceof TypedValue typedValue ? typedValue : Variables.untypedValue(value)));
        }
        return typed;
    }

    @SuppressWarnings("unchecked")
    private static <V> V field(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (V) field.get(command);
            } catch (NoSuchFieldException notHere) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Perintah mesin " + command.getClass().getName() + " tidak memiliki " + name
                + ": versi Camunda berubah, periksa FormContractInterceptor.");
    }
}
