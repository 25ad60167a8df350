package id.sopflow.deployment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;

/**
 * The rules every user task of a SOP follows (GUIDE §3, issue 17 §4), written once and used twice: by
 * {@code SopConformanceTest} on {@code processes/} (with {@link #complete complete} conventions) and by
 * {@link UserTaskDeploymentCheck} on every deployment, Camunda Modeler's included, so that a diagram edited in
 * Modeler cannot reach the engine with a step nobody can be late on, a group nobody belongs to or a form that is not
 * there.
 *
 * <p>Always checked:
 * <ul>
 * <li>{@code camunda:dueDate} is set (the mutu-baku time of the step);</li>
 * <li>a non-interrupting timer boundary event with the same duration leads straight to the shared late-step marker
 * (the end event "Terlambat dicatat" with the start listener {@code ${lateStepHandler}}, or a service task calling
 * it);</li>
 * <li>every candidate group that is named exists (when a group check is given): a group of the organisation file;</li>
 * <li>every form the task (or a start event) refers to exists where the engine will look for it
 * ({@link Forms}).</li>
 * </ul>
 * Only when {@code complete} (the conventions for the diagrams in {@code processes/}): a task must name candidate
 * groups and a form at all, {@code camunda:formRef} is bound to the deployment, and an embedded form is
 * {@code embedded:deployment:<file>.html}. At deployment these are not required: a hand-written diagram may do
 * without, but what it refers to must exist.
 */
public final class UserTaskRules {

    public static final String LATE_STEP_HANDLER = "lateStepHandler";

    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_$][A-Za-z0-9_$]*)\\s*}$");
    private static final String EMBEDDED_DEPLOYMENT = EmbeddedFormKey.PREFIX;
    private static final String CAMUNDA_FORMS_DEPLOYMENT = "camunda-forms:deployment:";

    /** Which rule a problem breaks. */
    public enum Rule { CANDIDATE_GROUPS, FORM, DUE_DATE, LATE_TIMER }

    /** @param elementId the user task to fix in Modeler; @param message what is wrong, in Bahasa Indonesia */
    public record Problem(String elementId, Rule rule, String message) {
        @Override
        public String toString() {
            return elementId + ": " + message;
        }
    }

    /** Where the forms a task refers to are looked for: a folder (test) or the deployment and the engine. */
    public interface Forms {

        /** Whether {@code camunda:formRef} resolves with this binding (and version, for binding "version"). */
        boolean hasFormRef(String formId, String binding, String version);

        /** Whether a deployment resource of this name (an embedded {@code .html} or a {@code .form}) exists. */
        boolean hasResource(String resourceName);

        /** Where was looked, for the message, e.g. {@code "di forms/"}. */
        String where();
    }

    private final Predicate<String> groupExists;
    private final Forms forms;
    private final boolean complete;

    /**
     * @param groupExists whether a candidate group exists; {@code null} leaves group names unchecked
     * @param forms       where forms are looked for
     * @param complete    the full conventions of {@code processes/} (see the class comment)
     */
    public UserTaskRules(Predicate<String> groupExists, Forms forms, boolean complete) {
        this.groupExists = groupExists;
        this.forms = forms;
        this.complete = complete;
    }

    /** Every problem of every user task, in document order. */
    public List<Problem> check(BpmnModelInstance model) {
        Map<String, List<SequenceFlow>> outgoing = new HashMap<>();
        // From the flows' sourceRef rather than <bpmn:outgoing>, which BPMN does not require.
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getSource() != null) {
                outgoing.computeIfAbsent(flow.getSource().getId(), source -> new ArrayList<>()).add(flow);
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            candidateGroups(task, problems);
            form(task, task.getCamundaFormRef(), task.getCamundaFormKey(), task.getCamundaFormRefBinding(),
                    task.getCamundaFormRefVersion(), complete, problems);
            if (isBlank(task.getCamundaDueDate())) {
                problems.add(problem(task, Rule.DUE_DATE,
                        "tidak punya camunda:dueDate (waktu mutu baku langkah ini, mis. PT1H)"));
            }
            lateTimer(model, task, outgoing, problems);
        }
        // A start form is looked up like a task form: it must be there too (it need not exist at all).
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            form(start, start.getCamundaFormRef(), start.getCamundaFormKey(), start.getCamundaFormRefBinding(),
                    start.getCamundaFormRefVersion(), false, problems);
        }
        return problems;
    }

    private void candidateGroups(UserTask task, List<Problem> problems) {
        String groups = task.getCamundaCandidateGroups();
        if (isBlank(groups)) {
            if (complete) {
                problems.add(problem(task, Rule.CANDIDATE_GROUPS,
                        "tidak punya camunda:candidateGroups (grup aktor yang mengerjakan langkah ini)"));
            }
            return;
        }
        if (groupExists == null || groups.contains("${") || groups.contains("#{")) {
            return; // an expression is NoCodeInDiagrams' business
        }
        List<String> unknown = Arrays.stream(groups.split(",")).map(String::trim)
                .filter(group -> !group.isEmpty() && !groupExists.test(group)).toList();
        if (!unknown.isEmpty()) {
            problems.add(problem(task, Rule.CANDIDATE_GROUPS, "grup " + unknown.stream().map(g -> "\"" + g + "\"")
                    .collect(Collectors.joining(", ")) + " dari camunda:candidateGroups tidak ada di berkas "
                    + "organisasi (sopflow/organisasi.yaml); tidak seorang pun akan melihat tugas ini. Pakai grup aktor "
                    + "SOP, mis. sipa-admin"));
        }
    }

    private void form(BaseElement task, String formRef, String formKey, String binding, String version,
            boolean required, List<Problem> problems) {
        if (!isBlank(formRef) && !isBlank(formKey)) {
            problems.add(problem(task, Rule.FORM, "punya camunda:formRef dan camunda:formKey sekaligus; engine "
                    + "hanya menerima salah satu"));
        } else if (!isBlank(formRef)) {
            if (complete && !"deployment".equals(binding)) {
                problems.add(problem(task, Rule.FORM, "camunda:formRefBinding harus \"deployment\" (sekarang: "
                        + (isBlank(binding) ? "tidak diisi" : "\"" + binding + "\"") + ")"));
            }
            String effective = isBlank(binding) ? "latest" : binding.trim();
            if (!forms.hasFormRef(formRef.trim(), effective, version)) {
                problems.add(problem(task, Rule.FORM, "formulir \"" + formRef + "\" dari camunda:formRef tidak ada: "
                        + "tidak ada berkas .form dengan \"id\": \"" + formRef + "\" " + forms.where()));
            }
        } else if (!isBlank(formKey)) {
            embeddedForm(task, formKey.trim(), problems);
        } else if (required) {
            problems.add(problem(task, Rule.FORM, "tidak punya formulir; isi camunda:formRef dengan "
                    + "camunda:formRefBinding=\"deployment\" (atau camunda:formKey="
                    + "\"embedded:deployment:<berkas>.html\" bila form-js tidak cukup)"));
        }
    }

    private void embeddedForm(BaseElement task, String formKey, List<Problem> problems) {
        String resource = formKey.startsWith(EMBEDDED_DEPLOYMENT) ? formKey.substring(EMBEDDED_DEPLOYMENT.length())
                : formKey.startsWith(CAMUNDA_FORMS_DEPLOYMENT) ? formKey.substring(CAMUNDA_FORMS_DEPLOYMENT.length())
                : null;
        if (complete && (!formKey.startsWith(EMBEDDED_DEPLOYMENT) || !resource.endsWith(".html")
                || resource.contains("/"))) {
            problems.add(problem(task, Rule.FORM, "camunda:formKey \"" + formKey + "\" tidak didukung; pakai "
                    + "\"embedded:deployment:<berkas>.html\" dengan berkas di folder formulir (nama tanpa folder: "
                    + "deployment dari Camunda Modeler memakai nama berkas saja), atau camunda:formRef"));
            return;
        }
        if (resource != null && !forms.hasResource(resource)) {
            problems.add(problem(task, Rule.FORM, "formulir \"" + resource + "\" dari camunda:formKey tidak ada "
                    + forms.where()));
        }
    }

    private void lateTimer(BpmnModelInstance model, UserTask task, Map<String, List<SequenceFlow>> outgoing,
            List<Problem> problems) {
        List<BoundaryEvent> timers = model.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(event -> task.equals(event.getAttachedTo()))
                .filter(event -> event.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance))
                .toList();
        List<BoundaryEvent> nonInterrupting = timers.stream().filter(timer -> !timer.cancelActivity()).toList();
        if (nonInterrupting.isEmpty()) {
            String interrupting = timers.isEmpty() ? ""
                    : " (" + ids(timers) + " memutus tugas: cancelActivity harus \"false\")";
            problems.add(problem(task, Rule.LATE_TIMER, "tidak punya timer batas non-interrupting (cancelActivity="
                    + "\"false\") yang menandai langkah terlambat" + interrupting));
            return;
        }
        String dueDate = task.getCamundaDueDate();
        // Without a due date there is nothing to compare with; DUE_DATE already reports that.
        List<BoundaryEvent> sameDuration = isBlank(dueDate) ? nonInterrupting : nonInterrupting.stream()
                .filter(timer -> dueDate.trim().equals(duration(timer).orElse(null)))
                .toList();
        if (sameDuration.isEmpty()) {
            problems.add(problem(task, Rule.LATE_TIMER, "tidak punya timer batas non-interrupting dengan durasi yang "
                    + "sama dengan camunda:dueDate (" + dueDate.trim() + "); ada: " + nonInterrupting.stream()
                    .map(timer -> timer.getId() + " (" + duration(timer).orElse("bukan timeDuration") + ")")
                    .collect(Collectors.joining(", "))));
        } else if (sameDuration.stream().noneMatch(timer -> leadsToLateStepHandler(timer, outgoing))) {
            problems.add(problem(task, Rule.LATE_TIMER, "timer batas " + ids(sameDuration) + " tidak langsung "
                    + "mengalir ke penanda terlambat bersama: peristiwa akhir bertemplat \"Catat langkah terlambat\" "
                    + "(pendengar start ${" + LATE_STEP_HANDLER + "}) atau service task dengan "
                    + "camunda:delegateExpression=\"${" + LATE_STEP_HANDLER + "}\""));
        }
    }

    private static boolean leadsToLateStepHandler(BoundaryEvent timer, Map<String, List<SequenceFlow>> outgoing) {
        return outgoing.getOrDefault(timer.getId(), List.of()).stream()
                .map(SequenceFlow::getTarget)
                .anyMatch(target -> target instanceof ServiceTask serviceTask
                        && beanName(serviceTask.getCamundaDelegateExpression())
                                .filter(LATE_STEP_HANDLER::equals).isPresent()
                        || target instanceof EndEvent endEvent && callsLateStepHandlerOnStart(endEvent));
    }

    /** The compact form (issue 17): an end event "Terlambat dicatat" whose start listener is the handler. */
    private static boolean callsLateStepHandlerOnStart(EndEvent endEvent) {
        return endEvent.getExtensionElements() != null && endEvent.getExtensionElements().getElementsQuery()
                .filterByType(CamundaExecutionListener.class).list().stream()
                .anyMatch(listener -> "start".equals(listener.getCamundaEvent())
                        && beanName(listener.getCamundaDelegateExpression())
                                .filter(LATE_STEP_HANDLER::equals).isPresent());
    }

    private static Optional<String> duration(BoundaryEvent timer) {
        return timer.getEventDefinitions().stream()
                .filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast)
                .map(TimerEventDefinition::getTimeDuration)
                .filter(duration -> duration != null)
                .map(TimeDuration::getTextContent)
                .map(String::trim)
                .findFirst();
    }

    /** The bean of {@code ${beanName}}, empty for anything else. */
    public static Optional<String> beanName(String delegateExpression) {
        if (delegateExpression == null) {
            return Optional.empty();
        }
        Matcher matcher = BEAN_EXPRESSION.matcher(delegateExpression.trim());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Problem problem(BaseElement element, Rule rule, String message) {
        return new Problem(element.getId() == null ? "(tanpa id)" : element.getId(), rule, message);
    }

    private static String ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.joining(", "));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
