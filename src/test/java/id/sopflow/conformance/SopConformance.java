package id.sopflow.conformance;

import id.sopflow.deployment.ModelFileSource;
import id.sopflow.deployment.TemplateRules;
import id.sopflow.deployment.UserTaskRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.ModelException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The SOP conventions of GUIDE §3 as a rule engine over BPMN files ("mutu baku" issue). Every rule is checked on
 * every element and every breach is returned, so that a process owner fixes a diagram in one pass.
 *
 * <p>Per process that has flow elements (a collapsed pool such as Masyarakat has none and is not checked):
 * <ul>
 * <li>{@code isExecutable="true"};</li>
 * <li>{@code camunda:historyTimeToLive} set to a number of days the engine accepts ({@code 1825} or
 * {@code P1825D}; the engine rejects {@code P5Y});</li>
 * <li>a non-blank {@code bpmn:documentation}: the SOP header.</li>
 * </ul>
 *
 * <p>Per user task:
 * <ol>
 * <li>{@code camunda:candidateGroups} is set;</li>
 * <li>a form: {@code camunda:formRef} with {@code camunda:formRefBinding="deployment"} whose form is a {@code .form}
 * file in the forms folder with that {@code "id"}, or, where form-js cannot do the job (file upload),
 * {@code camunda:formKey="embedded:deployment:<file>.html"} with that file in the forms folder;</li>
 * <li>{@code camunda:dueDate} is set;</li>
 * <li>a non-interrupting ({@code cancelActivity="false"}) timer boundary event whose {@code timeDuration} equals
 * {@code camunda:dueDate} character for character, and one of whose outgoing sequence flows goes straight to the
 * shared late-step handler: a service task with {@code camunda:delegateExpression="${lateStepHandler}"};</li>
 * <li>a non-blank {@code bpmn:documentation}: the SOP row.</li>
 * </ol>
 *
 * <p>Per exclusive gateway with two or more outgoing flows (a merging gateway has one and is not checked):
 * <ol start="6">
 * <li>a Ya/Tidak decision: its name is a question (ends with {@code ?}) and it has exactly two outgoing flows, named
 * exactly {@code Ya} and {@code Tidak}. <b>Explicit choice:</b> a gateway that picks among more than yes and no (e.g.
 * the platforms website / Instagram / Facebook) declares itself with the extension property
 * {@code <camunda:property name="pilihan" value="true" />} (Modeler: Extension properties); then every outgoing
 * flow must have a non-blank name, and the question and Ya/Tidak rules do not apply. The declaration is explicit on
 * purpose: flows named "ya"/"tidak" by mistake must not pass as a choice.</li>
 * </ol>
 *
 * <p>Per service task, send task, business rule task without {@code camunda:decisionRef}, and message throw/end
 * event that has a Java implementation:
 * <ol start="7">
 * <li>{@code camunda:delegateExpression="${beanName}"} naming an existing Spring bean; {@code camunda:class} and
 * {@code camunda:expression} are violations; external tasks ({@code camunda:type="external"}) are allowed. Service,
 * send and business rule tasks must have an implementation; a message throw event may have none.</li>
 * </ol>
 *
 * <p>Per element:
 * <ol start="8">
 * <li>no id that Camunda Modeler generates ({@code Activity_0x9abcd}, {@code Flow_1k2l3m4}, and the numbered
 * {@code StartEvent_1} of Modeler's blank diagram);</li>
 * <li>every flow node, lane, participant, sequence flow and message flow has a BPMNShape or BPMNEdge.</li>
 * </ol>
 *
 * <p>The forms folder and the bean lookup are parameters so that the rules can be proven on fixtures; the check of
 * {@code processes/} uses {@code forms/} and the application context.
 */
final class SopConformance {

    static final String LATE_STEP_HANDLER = UserTaskRules.LATE_STEP_HANDLER;
    static final String CHOICE_PROPERTY = "pilihan";

    private static final Pattern MODELER_DEFAULT_ID = Pattern.compile(
            "^(Activity|Event|Gateway|Flow|Lane|Participant|Process|Collaboration|StartEvent|EndEvent|Task|DataObject"
                    + "|DataStoreReference|TextAnnotation|Association|MessageFlow|SequenceFlow)_([0-9a-z]{5,}|[0-9]+)$");
    private static final Pattern HISTORY_TIME_TO_LIVE = Pattern.compile("^(\\d+|P\\d+D)$");
    private static final String YES = "Ya";
    private static final String NO = "Tidak";
    private static final String USE_DELEGATE = "pakai camunda:delegateExpression=\"${namaBean}\" (GUIDE §3)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path formsDir;
    private final Set<String> formIds;
    private final Predicate<String> beanExists;
    private final TemplateRules templateRules;
    private final UserTaskRules userTaskRules;

    /**
     * @param formsDir   the folder holding the {@code .form} and embedded {@code .html} forms; a missing folder
     *                   holds no form
     * @param beanExists whether a Spring bean of that name exists
     */
    SopConformance(Path formsDir, Predicate<String> beanExists) {
        this(formsDir, beanExists, null);
    }

    /** @param templateRules the element-template rules (GUIDE §3); {@code null} leaves them out (fixtures) */
    SopConformance(Path formsDir, Predicate<String> beanExists, TemplateRules templateRules) {
        this(formsDir, beanExists, templateRules, null);
    }

    /**
     * @param groupExists whether a candidate group exists in the organisation file; {@code null} leaves group names
     *                    unchecked (fixtures)
     */
    SopConformance(Path formsDir, Predicate<String> beanExists, TemplateRules templateRules,
            Predicate<String> groupExists) {
        this.formsDir = formsDir;
        this.formIds = readFormIds(formsDir);
        this.beanExists = beanExists;
        this.templateRules = templateRules;
        this.userTaskRules = new UserTaskRules(groupExists, new FolderForms(), true);
    }

    /** The forms folder as the deployment of {@code processes/} will hold it: every form under its bare name. */
    private final class FolderForms implements UserTaskRules.Forms {

        @Override
        public boolean hasFormRef(String formId, String binding, String version) {
            return formIds.contains(formId);
        }

        @Override
        public boolean hasResource(String resourceName) {
            return isFormFile(resourceName);
        }

        @Override
        public String where() {
            return "di " + folder(formsDir);
        }
    }

    /** Checks every {@code .bpmn} below the folder; hidden folders (Modeler's {@code .camunda/}) are skipped. */
    List<Violation> checkFolder(Path processesDir) {
        List<Violation> violations = new ArrayList<>();
        for (Path file : files(processesDir, ".bpmn")) {
            violations.addAll(check(file));
        }
        return violations;
    }

    List<Violation> check(Path bpmnFile) {
        String file = bpmnFile.toString().replace('\\', '/');
        BpmnModelInstance model;
        try (InputStream in = Files.newInputStream(bpmnFile)) {
            model = Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas " + file + " tidak dapat dibaca", e);
        } catch (ModelException e) {
            return List.of(new Violation(file, "-", ConformanceRule.READABLE_FILE,
                    "bukan BPMN yang dapat dibaca: " + rootMessage(e)));
        }
        return check(file, model);
    }

    List<Violation> check(String file, BpmnModelInstance model) {
        return new FileCheck(file, model).run();
    }

    /** The failure message: every violation on its own line. */
    static String report(List<Violation> violations) {
        return violations.size() + " pelanggaran konvensi SOP (GUIDE §3):\n"
                + violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }

    /** The checks of one diagram; collects instead of stopping at the first breach. */
    private final class FileCheck {

        private final String file;
        private final BpmnModelInstance model;
        private final Map<String, List<SequenceFlow>> outgoing = new HashMap<>();
        private final List<Violation> violations = new ArrayList<>();

        FileCheck(String file, BpmnModelInstance model) {
            this.file = file;
            this.model = model;
            // From the flows' sourceRef rather than <bpmn:outgoing>, which BPMN does not require.
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (flow.getSource() != null) {
                    outgoing.computeIfAbsent(flow.getSource().getId(), source -> new ArrayList<>()).add(flow);
                }
            }
        }

        List<Violation> run() {
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (!process.getFlowElements().isEmpty()) {
                    process(process);
                }
            }
            // Groups, forms, due dates and late timers: the rules deployment also enforces, one implementation.
            userTaskRules.check(model).forEach(problem -> violations.add(new Violation(file, problem.elementId(),
                    ConformanceRule.valueOf(problem.rule().name()), problem.message())));
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                userTask(task);
            }
            for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
                gateway(gateway);
            }
            javaImplementations();
            if (templateRules != null) {
                templateRules.check(model).forEach(problem ->
                        violations.add(new Violation(file, problem.elementId(), ConformanceRule.TEMPLATE, problem.message())));
            }
            readableIds();
            diagram();
            return violations;
        }

        private void process(Process process) {
            if (!process.isExecutable()) {
                add(process, ConformanceRule.EXECUTABLE, "proses tidak dapat dijalankan; isi isExecutable=\"true\"");
            }
            String timeToLive = process.getCamundaHistoryTimeToLiveString();
            if (isBlank(timeToLive)) {
                add(process, ConformanceRule.HISTORY_TIME_TO_LIVE,
                        "proses tidak punya camunda:historyTimeToLive (lama arsip dalam hari, mis. 1825)");
            } else if (!HISTORY_TIME_TO_LIVE.matcher(timeToLive.trim()).matches()) {
                add(process, ConformanceRule.HISTORY_TIME_TO_LIVE, "camunda:historyTimeToLive \"" + timeToLive
                        + "\" ditolak engine; isi jumlah hari, mis. 1825");
            }
            if (!hasDocumentation(process)) {
                add(process, ConformanceRule.PROCESS_DOCUMENTATION, "proses tidak punya bpmn:documentation berisi "
                        + "kepala SOP (Nomor SOP, tanggal pembuatan/revisi/efektif, disahkan oleh, dasar hukum, "
                        + "kualifikasi pelaksana, keterkaitan, peralatan, peringatan, pencatatan)");
            }
        }

        private void userTask(UserTask task) {
            if (!hasDocumentation(task)) {
                add(task, ConformanceRule.TASK_DOCUMENTATION, "tidak punya bpmn:documentation berisi baris SOP "
                        + "(nomor, kegiatan, kelengkapan, waktu, output)");
            }
        }

        private void gateway(ExclusiveGateway gateway) {
            List<SequenceFlow> flows = outgoing.getOrDefault(gateway.getId(), List.of());
            if (flows.size() < 2) {
                return;
            }
            if (isExplicitChoice(gateway)) {
                List<SequenceFlow> unnamed = flows.stream().filter(flow -> isBlank(flow.getName())).toList();
                if (!unnamed.isEmpty()) {
                    add(gateway, ConformanceRule.GATEWAY, "gerbang pilihan: setiap alur keluar harus bernama "
                            + "(tanpa nama: " + ids(unnamed) + ")");
                }
                return;
            }
            String name = gateway.getName();
            if (isBlank(name) || !name.trim().endsWith("?")) {
                add(gateway, ConformanceRule.GATEWAY, "nama gerbang harus berupa pertanyaan yang diakhiri \"?\", "
                        + "mis. \"Laporan lengkap?\" (sekarang: " + quoted(name) + ")");
            }
            List<String> names = flows.stream().map(SequenceFlow::getName).toList();
            if (flows.size() != 2 || !names.contains(YES) || !names.contains(NO)) {
                add(gateway, ConformanceRule.GATEWAY, "alur keluar gerbang harus bernama tepat \"Ya\" dan \"Tidak\" "
                        + "(sekarang: " + flows.stream().map(flow -> flow.getId() + " " + quoted(flow.getName()))
                        .collect(Collectors.joining(", ")) + "); gerbang yang memilih di antara lebih dari Ya/Tidak "
                        + "ditandai dengan properti camunda \"" + CHOICE_PROPERTY + "\" = \"true\"");
            }
        }

        private void javaImplementations() {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                delegate(task, task.getCamundaClass(), task.getCamundaDelegateExpression(),
                        task.getCamundaExpression(), task.getCamundaType(), true);
            }
            for (SendTask task : model.getModelElementsByType(SendTask.class)) {
                delegate(task, task.getCamundaClass(), task.getCamundaDelegateExpression(),
                        task.getCamundaExpression(), task.getCamundaType(), true);
            }
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                if (isBlank(task.getCamundaDecisionRef())) {
                    delegate(task, task.getCamundaClass(), task.getCamundaDelegateExpression(),
                            task.getCamundaExpression(), task.getCamundaType(), true);
                }
            }
            List<ThrowEvent> throwEvents = new ArrayList<>(model.getModelElementsByType(IntermediateThrowEvent.class));
            throwEvents.addAll(model.getModelElementsByType(EndEvent.class));
            for (ThrowEvent event : throwEvents) {
                for (MessageEventDefinition message : filter(event.getEventDefinitions(), MessageEventDefinition.class)) {
                    delegate(event, message.getCamundaClass(), message.getCamundaDelegateExpression(),
                            message.getCamundaExpression(), message.getCamundaType(), false);
                }
            }
        }

        private void delegate(FlowNode node, String javaClass, String delegateExpression, String expression,
                String type, boolean implementationRequired) {
            if ("external".equals(type)) {
                return;
            }
            if (!isBlank(javaClass)) {
                add(node, ConformanceRule.DELEGATE, "memakai camunda:class=\"" + javaClass + "\"; " + USE_DELEGATE);
            } else if (!isBlank(expression)) {
                add(node, ConformanceRule.DELEGATE, "memakai camunda:expression=\"" + expression + "\"; "
                        + USE_DELEGATE);
            } else if (isBlank(delegateExpression)) {
                if (implementationRequired) {
                    add(node, ConformanceRule.DELEGATE, "tidak punya implementasi; " + USE_DELEGATE);
                }
            } else {
                Optional<String> bean = beanName(delegateExpression);
                if (bean.isEmpty()) {
                    add(node, ConformanceRule.DELEGATE, "camunda:delegateExpression \"" + delegateExpression
                            + "\" harus berbentuk ${namaBean}");
                } else if (!beanExists.test(bean.get())) {
                    add(node, ConformanceRule.DELEGATE, "bean Spring \"" + bean.get()
                            + "\" dari camunda:delegateExpression tidak ada di aplikasi");
                }
            }
        }

        private void readableIds() {
            for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                if (element.getId() != null && MODELER_DEFAULT_ID.matcher(element.getId()).matches()) {
                    add(element, ConformanceRule.READABLE_ID, "id bawaan Camunda Modeler; beri id yang terbaca dan "
                            + "berawalan jenis elemen, mis. userTask_verifikasiLaporan atau gateway_laporanLengkap");
                }
            }
        }

        private void diagram() {
            Set<String> drawn = new HashSet<>();
            for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
                drawn.add(shape.getAttributeValue("bpmnElement"));
            }
            for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
                drawn.add(edge.getAttributeValue("bpmnElement"));
            }
            List<BaseElement> mustBeDrawn = new ArrayList<>();
            mustBeDrawn.addAll(model.getModelElementsByType(Participant.class));
            mustBeDrawn.addAll(model.getModelElementsByType(Lane.class));
            mustBeDrawn.addAll(model.getModelElementsByType(FlowNode.class));
            mustBeDrawn.addAll(model.getModelElementsByType(SequenceFlow.class));
            mustBeDrawn.addAll(model.getModelElementsByType(MessageFlow.class));
            for (BaseElement element : mustBeDrawn) {
                if (!drawn.contains(element.getId())) {
                    add(element, ConformanceRule.DIAGRAM, "tidak digambar di diagram (tidak ada BPMNShape/BPMNEdge); "
                            + "Modeler tidak menampilkannya");
                }
            }
        }

        private void add(BaseElement element, ConformanceRule rule, String message) {
            String id = element.getId() == null ? "(tanpa id)" : element.getId();
            violations.add(new Violation(file, id, rule, message));
        }
    }

    private static boolean isExplicitChoice(ExclusiveGateway gateway) {
        ExtensionElements extensions = gateway.getExtensionElements();
        if (extensions == null) {
            return false;
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .anyMatch(property -> CHOICE_PROPERTY.equals(property.getCamundaName())
                        && "true".equals(valueOf(property)));
    }

    private static String valueOf(CamundaProperty property) {
        return property.getCamundaValue() == null ? null : property.getCamundaValue().trim();
    }

    private static Optional<String> beanName(String delegateExpression) {
        return UserTaskRules.beanName(delegateExpression);
    }

    private static boolean hasDocumentation(BaseElement element) {
        return element.getDocumentations().stream()
                .map(Documentation::getTextContent)
                .anyMatch(text -> !isBlank(text));
    }

    /**
     * The deployment names the file {@code forms/<relative path>}, so the key must spell that path: no {@code ..}
     * or {@code ./} that would reach the same file under another name.
     */
    private boolean isFormFile(String relativePath) {
        Path path = Path.of(relativePath);
        return !path.isAbsolute() && !relativePath.contains("..") && path.normalize().equals(path)
                && Files.isRegularFile(formsDir.resolve(path));
    }

    private static Set<String> readFormIds(Path formsDir) {
        Set<String> ids = new HashSet<>();
        for (Path form : files(formsDir, ".form")) {
            JsonNode id = formId(form);
            if (id.isTextual()) {
                ids.add(id.asText());
            }
        }
        return ids;
    }

    /** A form that is not valid JSON counts as absent: the deployment's own check names its line. */
    private static JsonNode formId(Path form) {
        try {
            return JSON.readTree(form.toFile()).path("id");
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private static List<Path> files(Path directory, String extension) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(extension))
                    .filter(path -> !ModelFileSource.isHidden(directory.relativize(path)))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Folder " + directory + " tidak dapat dibaca", e);
        }
    }

    private static <T> List<T> filter(Collection<? super T> elements, Class<T> type) {
        return elements.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static String ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.joining(", "));
    }

    private static String folder(Path directory) {
        return directory.toString().replace('\\', '/') + "/";
    }

    private static String quoted(String text) {
        return isBlank(text) ? "tanpa nama" : "\"" + text + "\"";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? error.getMessage() : cause.getMessage();
    }
}
