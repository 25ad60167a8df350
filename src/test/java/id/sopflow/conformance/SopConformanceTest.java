package id.sopflow.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

import id.sopflow.deployment.ElementTemplates;
import id.sopflow.deployment.TemplateRules;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.testkit.SharedContextTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every diagram in {@code processes/} follows the SOP conventions (GUIDE §3, issue "Mutu baku"): the check lists
 * every violation as {@code file: element id: rule}, with the forms in {@code forms/} and the beans of the
 * application context. The rules themselves are proven on the fixtures in {@code src/test/resources/conformance/}:
 * a conforming diagram ({@code laporan-kegiatan.bpmn}, forms in {@code conformance/forms/}, beans
 * {@code lateStepHandler} and {@code reportArchiver}) that each test mutates to break one rule.
 *
 * <p>The rules are listed on {@link SopConformance}. An exclusive gateway that chooses among more than Ya and Tidak
 * (e.g. website / Instagram / Facebook) declares itself an <b>explicit choice</b> with the extension property
 * {@code <camunda:property name="pilihan" value="true" />}; then every outgoing flow needs a name, and the
 * question and Ya/Tidak rules do not apply. Named flows alone do not make a choice, so that "ya"/"tidak" typed
 * wrongly is still caught.
 */
@SharedContextTest
class SopConformanceTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");

    private static final Path FIXTURES = Path.of("src/test/resources/conformance");
    private static final Path FIXTURE = FIXTURES.resolve("laporan-kegiatan.bpmn");
    private static final String FIXTURE_FILE = "src/test/resources/conformance/laporan-kegiatan.bpmn";
    private static final Set<String> FIXTURE_BEANS = Set.of(SopConformance.LATE_STEP_HANDLER, "reportArchiver");

    private static final String PROCESS = "laporan-kegiatan";
    private static final String USER_TASK = "userTask_verifikasiLaporan";
    private static final String TIMER = "timer_verifikasiLaporanTerlambat";
    private static final String LATE_HANDLER_TASK = "serviceTask_tandaiTerlambat";
    private static final String GATEWAY = "gateway_laporanLengkap";
    private static final String FLOW_YES = "flow_laporanLengkapYa";
    private static final String FLOW_NO = "flow_laporanLengkapTidak";
    private static final String SERVICE_TASK = "serviceTask_arsipkanLaporan";

    @Autowired
    private ApplicationContext applicationContext;

    @Test
    void everyProcessFollowsTheSopConventions() {
        assertThat(PROCESSES).as("folder processes/ di direktori proyek").isDirectory();

        List<Violation> violations = new SopConformance(FORMS, applicationContext::containsBean,
                new TemplateRules(ElementTemplates.load(PROCESSES)),
                applicationContext.getBean(OrganisationDirectory.class)::hasGroup).checkFolder(PROCESSES);

        assertThat(violations).withFailMessage(() -> SopConformance.report(violations)).isEmpty();
    }

    /** A table-generated SOP with a per-unit part (Profil: a call activity and its called process) too. */
    @Test
    void aTableGeneratedSopWithAPerUnitPartFollowsTheSopConventions(@TempDir Path out) throws java.io.IOException {
        id.sopflow.soptable.SopGenerator.write(id.sopflow.soptable.SopTableReader.read(
                Path.of("sop-tabel", "profil-desa-kelurahan.csv")), out);

        List<Violation> violations = new SopConformance(out.resolve("forms"), applicationContext::containsBean,
                new TemplateRules(ElementTemplates.load(PROCESSES)),
                applicationContext.getBean(OrganisationDirectory.class)::hasGroup).checkFolder(out.resolve("processes"));

        assertThat(violations).withFailMessage(() -> SopConformance.report(violations)).isEmpty();
    }

    @Test
    void applicationBeansDecideWhetherADelegateExists() {
        SopConformance againstApplication = new SopConformance(FIXTURES.resolve("forms"),
                applicationContext::containsBean);

        assertThat(againstApplication.check(FIXTURE))
                .extracting(Violation::elementId, Violation::rule)
                .contains(tuple(SERVICE_TASK, ConformanceRule.DELEGATE));
        assertThat(applicationContext.containsBean("modelFileSource")).isTrue();
    }

    private static SopConformance fixtureRules() {
        return new SopConformance(FIXTURES.resolve("forms"), FIXTURE_BEANS::contains);
    }

    private static BpmnModelInstance fixture() {
        return Bpmn.readModelFromFile(FIXTURE.toFile());
    }

    private static List<Violation> check(BpmnModelInstance model) {
        return fixtureRules().check(FIXTURE_FILE, model);
    }

    private static void assertOnly(List<Violation> violations, String elementId, ConformanceRule rule) {
        assertThat(violations)
                .withFailMessage(() -> "diharapkan hanya " + rule + " pada " + elementId + ", ternyata:\n"
                        + SopConformance.report(violations))
                .extracting(Violation::file, Violation::elementId, Violation::rule)
                .containsExactly(tuple(FIXTURE_FILE, elementId, rule));
    }

    private static <T extends BaseElement> T element(BpmnModelInstance model, String id) {
        T element = model.getModelElementById(id);
        assertThat(element).as("elemen %s di fixture", id).isNotNull();
        return element;
    }

    private static void removeDocumentation(BaseElement element) {
        element.getDocumentations().clear();
    }

    private static void setChoiceProperty(ExclusiveGateway gateway, String value) {
        BpmnModelInstance model = (BpmnModelInstance) gateway.getModelInstance();
        ExtensionElements extensions = model.newInstance(ExtensionElements.class);
        CamundaProperties properties = model.newInstance(CamundaProperties.class);
        CamundaProperty property = model.newInstance(CamundaProperty.class);
        property.setCamundaName(SopConformance.CHOICE_PROPERTY);
        property.setCamundaValue(value);
        properties.getCamundaProperties().add(property);
        extensions.addChildElement(properties);
        gateway.setExtensionElements(extensions);
    }

    @Nested
    class Fixture {

        @Test
        void conformingDiagramHasNoViolation() {
            List<Violation> violations = fixtureRules().check(FIXTURE);

            assertThat(violations).withFailMessage(() -> SopConformance.report(violations)).isEmpty();
        }

        @Test
        void everyViolationIsListedNotOnlyTheFirst() {
            BpmnModelInstance model = fixture();
            UserTask task = element(model, USER_TASK);
            task.removeAttributeNs(CAMUNDA_NS, "candidateGroups");
            removeDocumentation(task);
            element(model, GATEWAY).setAttributeValue("name", "Laporan lengkap");
            element(model, SERVICE_TASK).setAttributeValueNs(CAMUNDA_NS, "delegateExpression", "${tidakAda}");

            List<Violation> violations = check(model);

            assertThat(violations).extracting(Violation::elementId, Violation::rule).containsExactlyInAnyOrder(
                    tuple(USER_TASK, ConformanceRule.CANDIDATE_GROUPS),
                    tuple(USER_TASK, ConformanceRule.TASK_DOCUMENTATION),
                    tuple(GATEWAY, ConformanceRule.GATEWAY),
                    tuple(SERVICE_TASK, ConformanceRule.DELEGATE));
            assertThat(SopConformance.report(violations)).startsWith("4 pelanggaran").contains(
                    FIXTURE_FILE + ": " + USER_TASK + ": tidak punya camunda:candidateGroups",
                    FIXTURE_FILE + ": " + USER_TASK + ": tidak punya bpmn:documentation",
                    FIXTURE_FILE + ": " + GATEWAY + ": nama gerbang harus berupa pertanyaan",
                    FIXTURE_FILE + ": " + SERVICE_TASK + ": bean Spring \"tidakAda\"");
        }
    }

    @Nested
    class Folder {

        @Test
        void emptyFolderHasNoViolation(@TempDir Path processes) {
            assertThat(fixtureRules().checkFolder(processes)).isEmpty();
        }

        @Test
        void everyDiagramBelowTheFolderIsCheckedAndNamedByItsPath(@TempDir Path processes) throws IOException {
            Files.copy(FIXTURE, processes.resolve("laporan-kegiatan.bpmn"));
            BpmnModelInstance broken = fixture();
            broken.<UserTask>getModelElementById(USER_TASK).removeAttributeNs(CAMUNDA_NS, "dueDate");
            Files.createDirectories(processes.resolve("kecamatan"));
            Bpmn.writeModelToFile(processes.resolve("kecamatan/rusak.bpmn").toFile(), broken);
            Files.createDirectories(processes.resolve(".camunda"));
            Files.writeString(processes.resolve(".camunda/bukan-diagram.bpmn"), "bukan BPMN");

            List<Violation> violations = fixtureRules().checkFolder(processes);

            String brokenFile = processes.resolve("kecamatan/rusak.bpmn").toString().replace('\\', '/');
            assertThat(violations).extracting(Violation::file, Violation::elementId, Violation::rule)
                    .containsExactly(tuple(brokenFile, USER_TASK, ConformanceRule.DUE_DATE));
            assertThat(violations.get(0)).hasToString(brokenFile + ": " + USER_TASK
                    + ": tidak punya camunda:dueDate (waktu mutu baku langkah ini, mis. PT1H)");
        }

        @Test
        void unreadableDiagramIsAViolationNotACrash(@TempDir Path processes) throws IOException {
            Files.writeString(processes.resolve("setengah.bpmn"), "<bpmn:definitions xmlns:bpmn=");
            Files.copy(FIXTURE, processes.resolve("utuh.bpmn"));

            assertThat(fixtureRules().checkFolder(processes))
                    .extracting(Violation::elementId, Violation::rule)
                    .containsExactly(tuple("-", ConformanceRule.READABLE_FILE));
        }
    }

    @Nested
    class ProcessRules {

        @Test
        void processMustBeExecutable() {
            BpmnModelInstance model = fixture();
            element(model, PROCESS).setAttributeValue("isExecutable", "false");

            assertOnly(check(model), PROCESS, ConformanceRule.EXECUTABLE);
        }

        @Test
        void processMustHaveHistoryTimeToLive() {
            BpmnModelInstance model = fixture();
            element(model, PROCESS).removeAttributeNs(CAMUNDA_NS, "historyTimeToLive");

            assertOnly(check(model), PROCESS, ConformanceRule.HISTORY_TIME_TO_LIVE);
        }

        @Test
        void historyTimeToLiveMustBeDaysTheEngineAccepts() {
            BpmnModelInstance model = fixture();
            Process process = element(model, PROCESS);
            process.setCamundaHistoryTimeToLiveString("P5Y");

            assertOnly(check(model), PROCESS, ConformanceRule.HISTORY_TIME_TO_LIVE);

            process.setCamundaHistoryTimeToLiveString("P1825D");
            assertThat(check(model)).isEmpty();
        }

        @Test
        void processMustCarryTheSopHeader() {
            BpmnModelInstance model = fixture();
            removeDocumentation(element(model, PROCESS));

            assertOnly(check(model), PROCESS, ConformanceRule.PROCESS_DOCUMENTATION);
        }

        @Test
        void collapsedPoolWithoutFlowElementsIsNotAProcessToCheck() {
            BpmnModelInstance model = fixture();
            Process empty = model.newInstance(Process.class);
            empty.setId("masyarakat");
            empty.setExecutable(false);
            model.getDefinitions().addChildElement(empty);
            element(model, "participant_masyarakat").setAttributeValue("processRef", "masyarakat");

            assertThat(check(model)).isEmpty();
        }
    }

    @Nested
    class UserTaskRules {

        @Test
        void candidateGroupsAreRequired() {
            BpmnModelInstance model = fixture();
            element(model, USER_TASK).removeAttributeNs(CAMUNDA_NS, "candidateGroups");

            assertOnly(check(model), USER_TASK, ConformanceRule.CANDIDATE_GROUPS);
        }

        @Test
        void candidateGroupMustExistInTheOrganisationFile() {
            BpmnModelInstance model = fixture();
            element(model, USER_TASK).setAttributeValueNs(CAMUNDA_NS, "candidateGroups", "sipa-admin, sipa-adimn");

            List<Violation> violations = new SopConformance(FIXTURES.resolve("forms"), FIXTURE_BEANS::contains, null,
                    Set.of("sipa-admin")::contains).check(FIXTURE_FILE, model);

            assertOnly(violations, USER_TASK, ConformanceRule.CANDIDATE_GROUPS);
            assertThat(violations.get(0).message()).contains("\"sipa-adimn\"").doesNotContain("\"sipa-admin\"");
        }

        @Test
        void formIsRequired() {
            BpmnModelInstance model = fixture();
            UserTask task = element(model, USER_TASK);
            task.removeAttributeNs(CAMUNDA_NS, "formRef");
            task.removeAttributeNs(CAMUNDA_NS, "formRefBinding");

            assertOnly(check(model), USER_TASK, ConformanceRule.FORM);
        }

        @ParameterizedTest
        @ValueSource(strings = {"latest", "version", ""})
        void formRefBindingMustBeDeployment(String binding) {
            BpmnModelInstance model = fixture();
            UserTask task = element(model, USER_TASK);
            if (binding.isEmpty()) {
                task.removeAttributeNs(CAMUNDA_NS, "formRefBinding");
            } else {
                task.setCamundaFormRefBinding(binding);
            }

            assertOnly(check(model), USER_TASK, ConformanceRule.FORM);
        }

        @Test
        void formRefMustNameAFormInTheFormsFolder() {
            BpmnModelInstance model = fixture();
            element(model, USER_TASK).setAttributeValueNs(CAMUNDA_NS, "formRef", "form_tidakAda");

            List<Violation> violations = check(model);

            assertOnly(violations, USER_TASK, ConformanceRule.FORM);
            assertThat(violations.get(0).message()).contains("\"form_tidakAda\"", "conformance/forms/");
        }

        @Test
        void embeddedFormFromTheFormsFolderIsAccepted() {
            BpmnModelInstance model = fixture();
            UserTask task = embeddedForm(model, "embedded:deployment:unggah-bukti.html");

            assertThat(check(model)).isEmpty();
            assertThat(task.getCamundaFormRef()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "embedded:deployment:tidak-ada.html",
                "embedded:deployment:forms/unggah-bukti.html",
                "embedded:app:forms/unggah-bukti.html",
                "camunda-forms:deployment:forms/verifikasi-laporan.form",
                "forms/unggah-bukti.html"})
        void otherFormKeysAreRejected(String formKey) {
            BpmnModelInstance model = fixture();
            embeddedForm(model, formKey);

            assertOnly(check(model), USER_TASK, ConformanceRule.FORM);
        }

        @Test
        void formKeyAndFormRefTogetherAreRejected() {
            BpmnModelInstance model = fixture();
            element(model, USER_TASK).setAttributeValueNs(CAMUNDA_NS, "formKey",
                    "embedded:deployment:unggah-bukti.html");

            assertOnly(check(model), USER_TASK, ConformanceRule.FORM);
        }

        private UserTask embeddedForm(BpmnModelInstance model, String formKey) {
            UserTask task = element(model, USER_TASK);
            task.removeAttributeNs(CAMUNDA_NS, "formRef");
            task.removeAttributeNs(CAMUNDA_NS, "formRefBinding");
            task.setCamundaFormKey(formKey);
            return task;
        }

        @Test
        void dueDateIsRequired() {
            BpmnModelInstance model = fixture();
            element(model, USER_TASK).removeAttributeNs(CAMUNDA_NS, "dueDate");

            assertOnly(check(model), USER_TASK, ConformanceRule.DUE_DATE);
        }

        @Test
        void documentationIsRequired() {
            BpmnModelInstance model = fixture();
            removeDocumentation(element(model, USER_TASK));

            assertOnly(check(model), USER_TASK, ConformanceRule.TASK_DOCUMENTATION);
        }

        @Test
        void blankDocumentationDoesNotCount() {
            BpmnModelInstance model = fixture();
            element(model, USER_TASK).getDocumentations().iterator().next().setTextContent("  \n ");

            assertOnly(check(model), USER_TASK, ConformanceRule.TASK_DOCUMENTATION);
        }
    }

    @Nested
    class LateTimerRules {

        @Test
        void interruptingTimerDoesNotMarkTheStepLate() {
            BpmnModelInstance model = fixture();
            element(model, TIMER).setAttributeValue("cancelActivity", "true");

            List<Violation> violations = check(model);

            assertOnly(violations, USER_TASK, ConformanceRule.LATE_TIMER);
            assertThat(violations.get(0).message()).contains("tidak punya timer batas non-interrupting", TIMER);
        }

        @Test
        void timerWithAnotherDurationThanTheDueDate() {
            BpmnModelInstance model = fixture();
            BoundaryEvent timer = element(model, TIMER);
            timer.getEventDefinitions().stream().map(TimerEventDefinition.class::cast).findFirst().orElseThrow()
                    .getTimeDuration().setTextContent("PT2H");

            List<Violation> violations = check(model);

            assertOnly(violations, USER_TASK, ConformanceRule.LATE_TIMER);
            assertThat(violations.get(0)).hasToString(FIXTURE_FILE + ": " + USER_TASK
                    + ": tidak punya timer batas non-interrupting dengan durasi yang sama dengan camunda:dueDate (PT1H)"
                    + "; ada: " + TIMER + " (PT2H)");
        }

        @Test
        void dueDateWithAnotherDurationThanTheTimer() {
            BpmnModelInstance model = fixture();
            element(model, USER_TASK).setAttributeValueNs(CAMUNDA_NS, "dueDate", "P1D");

            assertOnly(check(model), USER_TASK, ConformanceRule.LATE_TIMER);
        }

        @Test
        void timerMustLeadToTheSharedLateStepHandler() {
            BpmnModelInstance model = fixture();
            element(model, LATE_HANDLER_TASK).setAttributeValueNs(CAMUNDA_NS, "delegateExpression",
                    "${reportArchiver}");

            List<Violation> violations = check(model);

            assertOnly(violations, USER_TASK, ConformanceRule.LATE_TIMER);
            assertThat(violations.get(0).message()).contains(TIMER, "${lateStepHandler}");
        }

        @Test
        void lateStepHandlerMustBeTheDirectTarget() {
            BpmnModelInstance model = fixture();
            SequenceFlow fromTimer = element(model, "flow_verifikasiTerlambat");
            fromTimer.setTarget(element(model, "event_terlambatDitandai"));

            assertOnly(check(model), USER_TASK, ConformanceRule.LATE_TIMER);
        }
    }

    @Nested
    class GatewayRules {

        @Test
        void gatewayMustBeNamedAsAQuestion() {
            BpmnModelInstance model = fixture();
            element(model, GATEWAY).setAttributeValue("name", "Laporan lengkap");

            List<Violation> violations = check(model);

            assertOnly(violations, GATEWAY, ConformanceRule.GATEWAY);
            assertThat(violations.get(0).message()).contains("\"Laporan lengkap\"");
        }

        @ParameterizedTest
        @ValueSource(strings = {"tidak", "Tidak ", "Ya", ""})
        void flowsMustBeNamedExactlyYaAndTidak(String name) {
            BpmnModelInstance model = fixture();
            SequenceFlow no = element(model, FLOW_NO);
            if (name.isEmpty()) {
                no.removeAttribute("name");
            } else {
                no.setName(name);
            }

            List<Violation> violations = check(model);

            assertOnly(violations, GATEWAY, ConformanceRule.GATEWAY);
            assertThat(violations.get(0).message()).contains(FLOW_NO);
        }

        @Test
        void namedFlowsWithoutTheDeclarationAreNotAChoice() {
            BpmnModelInstance model = fixture();
            platforms(model);

            assertOnly(check(model), GATEWAY, ConformanceRule.GATEWAY);
        }

        @Test
        void declaredChoiceWithNamedFlowsIsAccepted() {
            BpmnModelInstance model = fixture();
            platforms(model);
            setChoiceProperty(element(model, GATEWAY), "true");

            assertThat(check(model)).isEmpty();
        }

        @Test
        void declaredChoiceNeedsANameOnEveryFlow() {
            BpmnModelInstance model = fixture();
            platforms(model);
            element(model, FLOW_NO).removeAttribute("name");
            setChoiceProperty(element(model, GATEWAY), "true");

            List<Violation> violations = check(model);

            assertOnly(violations, GATEWAY, ConformanceRule.GATEWAY);
            assertThat(violations.get(0).message()).contains("gerbang pilihan", FLOW_NO);
        }

        @Test
        void choicePropertyOtherThanTrueDeclaresNothing() {
            BpmnModelInstance model = fixture();
            platforms(model);
            setChoiceProperty(element(model, GATEWAY), "false");

            assertOnly(check(model), GATEWAY, ConformanceRule.GATEWAY);
        }

        @Test
        void mergingGatewayWithOneOutgoingFlowIsNotADecision() {
            BpmnModelInstance model = fixture();
            element(model, GATEWAY).setAttributeValue("name", "");
            SequenceFlow no = element(model, FLOW_NO);
            no.setSource(element(model, SERVICE_TASK));

            assertThat(check(model)).extracting(Violation::rule).doesNotContain(ConformanceRule.GATEWAY);
        }

        private void platforms(BpmnModelInstance model) {
            element(model, GATEWAY).setAttributeValue("name", "Diunggah di mana?");
            element(model, FLOW_YES).setAttributeValue("name", "Website");
            element(model, FLOW_NO).setAttributeValue("name", "Instagram");
        }
    }

    @Nested
    class DelegateRules {

        @Test
        void javaClassIsRejected() {
            BpmnModelInstance model = fixture();
            ServiceTask task = element(model, SERVICE_TASK);
            task.removeAttributeNs(CAMUNDA_NS, "delegateExpression");
            task.setCamundaClass("id.sopflow.ReportArchiver");

            List<Violation> violations = check(model);

            assertOnly(violations, SERVICE_TASK, ConformanceRule.DELEGATE);
            assertThat(violations.get(0).message()).contains("camunda:class");
        }

        @Test
        void expressionIsRejected() {
            BpmnModelInstance model = fixture();
            ServiceTask task = element(model, SERVICE_TASK);
            task.removeAttributeNs(CAMUNDA_NS, "delegateExpression");
            task.setCamundaExpression("${reportArchiver.archive(execution)}");

            assertOnly(check(model), SERVICE_TASK, ConformanceRule.DELEGATE);
        }

        @Test
        void missingImplementationIsRejected() {
            BpmnModelInstance model = fixture();
            element(model, SERVICE_TASK).removeAttributeNs(CAMUNDA_NS, "delegateExpression");

            assertOnly(check(model), SERVICE_TASK, ConformanceRule.DELEGATE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"#{reportArchiver}", "${reportArchiver.archive}", "reportArchiver"})
        void delegateExpressionMustNameABean(String expression) {
            BpmnModelInstance model = fixture();
            element(model, SERVICE_TASK).setAttributeValueNs(CAMUNDA_NS, "delegateExpression", expression);

            assertOnly(check(model), SERVICE_TASK, ConformanceRule.DELEGATE);
        }

        @Test
        void beanMustExist() {
            BpmnModelInstance model = fixture();
            element(model, SERVICE_TASK).setAttributeValueNs(CAMUNDA_NS, "delegateExpression", "${reportArchivr}");

            List<Violation> violations = check(model);

            assertOnly(violations, SERVICE_TASK, ConformanceRule.DELEGATE);
            assertThat(violations.get(0).message()).contains("\"reportArchivr\"");
        }

        @Test
        void externalTaskIsAccepted() {
            BpmnModelInstance model = fixture();
            ServiceTask task = element(model, SERVICE_TASK);
            task.removeAttributeNs(CAMUNDA_NS, "delegateExpression");
            task.setCamundaType("external");
            task.setCamundaTopic("arsip-laporan");

            assertThat(check(model)).isEmpty();
        }

        @Test
        void sendAndBusinessRuleTasksAreCheckedLikeServiceTasks() {
            BpmnModelInstance model = Bpmn.createExecutableProcess("kirim")
                    .startEvent("event_mulai")
                    .sendTask("sendTask_kirimBalasan").camundaClass("id.sopflow.Balasan")
                    .businessRuleTask("businessRuleTask_nilai").camundaDelegateExpression("${penilai}")
                    .businessRuleTask("businessRuleTask_tabel").camundaDecisionRef("tabel-nilai")
                    .sendTask("sendTask_kabari").camundaDelegateExpression("${reportArchiver}")
                    .endEvent("event_selesai")
                    .done();

            assertThat(fixtureRules().check("kirim.bpmn", model))
                    .filteredOn(violation -> violation.rule() == ConformanceRule.DELEGATE)
                    .extracting(Violation::elementId)
                    .containsExactly("sendTask_kirimBalasan", "businessRuleTask_nilai");
        }

        @Test
        void messageEndEventWithJavaClassIsRejected() {
            BpmnModelInstance model = fixture();
            EndEvent end = element(model, "event_laporanDitolak");
            MessageEventDefinition message = model.newInstance(MessageEventDefinition.class);
            message.setId("messageDefinition_laporanDitolak");
            message.setCamundaClass("id.sopflow.KabariDesa");
            end.getEventDefinitions().add(message);

            assertOnly(check(model), "event_laporanDitolak", ConformanceRule.DELEGATE);

            message.removeAttributeNs(CAMUNDA_NS, "class");
            assertThat(check(model)).isEmpty();
        }
    }

    @Nested
    class ReadableIdRules {

        @ParameterizedTest
        @ValueSource(strings = {"Gateway_1k2l3m4", "Activity_0x9abcd", "Gateway_0abcde"})
        void modelerDefaultIdIsRejected(String modelerId) {
            BpmnModelInstance model = fixture();
            element(model, GATEWAY).setId(modelerId);

            assertOnly(check(model), modelerId, ConformanceRule.READABLE_ID);
        }

        @Test
        void modelerDefaultFlowIdIsRejected() {
            BpmnModelInstance model = fixture();
            element(model, FLOW_YES).setId("Flow_1k2l3m4");

            assertOnly(check(model), "Flow_1k2l3m4", ConformanceRule.READABLE_ID);
        }

        @Test
        void numberedStartEventOfABlankDiagramIsRejected() {
            BpmnModelInstance model = fixture();
            element(model, "event_laporanMasuk").setId("StartEvent_1");

            assertOnly(check(model), "StartEvent_1", ConformanceRule.READABLE_ID);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Gateway_laporanLengkap", "gateway_1k2l3m4", "Gateway_1k2"})
        void readableIdsAreAccepted(String readableId) {
            BpmnModelInstance model = fixture();
            element(model, GATEWAY).setId(readableId);

            assertThat(check(model)).isEmpty();
        }
    }

    @Nested
    class DiagramRules {

        @ParameterizedTest
        @ValueSource(strings = {USER_TASK, TIMER, GATEWAY, FLOW_YES, "messageFlow_laporanMasuk", "lane_admin",
                "participant_masyarakat"})
        void everyElementMustBeDrawn(String elementId) {
            BpmnModelInstance model = fixture();
            DiagramElement drawing = model.getModelElementsByType(DiagramElement.class).stream()
                    .filter(shape -> elementId.equals(shape.getAttributeValue("bpmnElement")))
                    .findFirst().orElseThrow();
            drawing.getParentElement().removeChildElement(drawing);

            assertOnly(check(model), elementId, ConformanceRule.DIAGRAM);
        }
    }
}
