package id.sopflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import id.sopflow.sop.RequiredFieldsCheck;
import id.sopflow.sop.ppid.PpidElements;
import id.sopflow.sop.sipa.SipaElements;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import id.sopflow.testkit.PlainTest;

/**
 * The element-template rules on the real SIPA diagram, each test breaking it the way a process owner could in
 * Modeler. That all diagrams conform is {@code SopConformanceTest}'s job.
 */
@PlainTest
class TemplateRulesTest {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final ElementTemplates TEMPLATES = ElementTemplates.load(Path.of("processes"));
    private final TemplateRules rules = new TemplateRules(TEMPLATES);

    private static BpmnModelInstance sipa() {
        return Bpmn.readModelFromFile(Path.of("processes/sipa-bermedsos.bpmn").toFile());
    }

    @Test
    void theSipaDiagramUsesATemplateForEveryBuildingBlock() {
        assertThat(rules.check(sipa())).isEmpty();
    }

    @Test
    void everyBeanAndListenerInTheDiagramsHasATemplate() {
        assertThat(TEMPLATES.all()).extracting(ElementTemplate::id).doesNotHaveDuplicates()
                .contains("id.sopflow.lateStepHandler", "id.sopflow.reviewDecision", "id.sopflow.sipa.publishing");
        assertThat(TEMPLATES.all()).allSatisfy(template -> assertThat(template.name()).isNotBlank());
    }

    @Test
    void aServiceTaskCallingABeanWithoutItsTemplateIsNamedWithTheTemplateToUse() {
        BpmnModelInstance model = sipa();
        ServiceTask publishing = model.getModelElementById(SipaElements.UNGGAH_MEDSOS);
        publishing.removeAttributeNs(CAMUNDA, "modelerTemplate");

        assertThat(messages(model)).singleElement().asString()
                .startsWith(SipaElements.UNGGAH_MEDSOS + ": blok bangunan sopflow tanpa templat elemen")
                .contains("\"SIPA: Unggah ke media sosial\"");
    }

    @Test
    void aRequiredFieldLeftEmptyIsRefused() {
        BpmnModelInstance model = sipa();
        UserTask review = model.getModelElementById(SipaElements.VERIFIKASI_LAPORAN);
        review.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).singleResult().getCamundaProperties().stream()
                .filter(property -> "putaran".equals(property.getCamundaName()))
                .forEach(property -> property.setCamundaValue(" "));

        assertThat(messages(model)).containsExactly(SipaElements.VERIFIKASI_LAPORAN
                + ": isian wajib \"putaran\" dari templat \"sopflow: Keputusan tinjauan dengan putaran\" kosong");
    }

    @Test
    void requiredFieldsThatAreNotVariableAndLabelAreRefused() {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/ppid-penyebarluasan-informasi.bpmn").toFile());
        assertThat(rules.check(model)).isEmpty();
        UserTask instruction = model.getModelElementById(PpidElements.BERI_INSTRUKSI);
        instruction.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).singleResult()
                .getCamundaProperties().stream()
                .filter(property -> RequiredFieldsCheck.FIELDS_PROPERTY.equals(property.getCamundaName()))
                .forEach(property -> property.setCamundaValue("Instruksi kepada Admin Medsos"));

        assertThat(messages(model)).containsExactly(PpidElements.BERI_INSTRUKSI + ": isian \"isianWajib\" (satu per "
                + "baris: variabel = Label): \"Instruksi kepada Admin Medsos\" bukan \"variabel = Label\"");
    }

    @Test
    void aTaskListenerTheBuildingBlockNeedsMayNotBeRemoved() {
        BpmnModelInstance model = sipa();
        UserTask review = model.getModelElementById(SipaElements.VERIFIKASI_LAPORAN);
        review.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()
                .forEach(listener -> review.getExtensionElements().removeChildElement(listener));

        assertThat(messages(model)).singleElement().asString()
                .contains("memerlukan pendengar tugas complete ${reviewRoundRecorder}");
    }

    @Test
    void anUnknownTemplateVersionOrADifferentBeanIsRefused() {
        BpmnModelInstance model = sipa();
        ServiceTask publishing = model.getModelElementById(SipaElements.UNGGAH_MEDSOS);
        publishing.setAttributeValueNs(CAMUNDA, "modelerTemplateVersion", "99");
        ServiceTask intake = model.getModelElementById(SipaElements.CATAT_LAPORAN_MASUK);
        intake.setCamundaDelegateExpression("${sipaPublishing}");

        assertThat(messages(model)).containsExactlyInAnyOrder(
                SipaElements.UNGGAH_MEDSOS + ": templat elemen \"id.sopflow.sipa.publishing\" versi 99 tidak dikenal sopflow",
                SipaElements.CATAT_LAPORAN_MASUK + ": templat \"sopflow: Catat kasus masuk\" memanggil ${caseIntake}, "
                        + "elemen ini memanggil ${sipaPublishing}; terapkan ulang templatnya");
    }

    private List<String> messages(BpmnModelInstance model) {
        return rules.check(model).stream().map(TemplateRules.Problem::toString).toList();
    }
}
