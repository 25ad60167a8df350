package id.sopflow.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import id.sopflow.InputRefusedException;
import id.sopflow.caseheader.CaseHeader;
import id.sopflow.identity.OrganisationDirectory;
import id.sopflow.testkit.PlainTest;

/** The one case intake of every SOP, without an engine: tenant check, the SOP's own part, the one case header. */
@PlainTest
class CaseIntakeTest {

    private static final String PROCESS_KEY = "contoh-sop";
    private static final String TENANT = "desa-babayau";

    private final OrganisationDirectory directory = mock(OrganisationDirectory.class);
    private final Map<String, Object> variables = new HashMap<>();

    @Test
    void writesTheOneHeaderFromTheTenantNeverFromAForm() {
        when(directory.tenantName(TENANT)).thenReturn(Optional.of("Desa Babayau"));
        variables.put(CaseHeader.TITLE_VARIABLE, "  Musyawarah desa  ");
        variables.put("desa", "dari formulir");

        intake(List.of()).execute(execution(TENANT, null));

        assertThat(variables).containsEntry(CaseHeader.UNIT_ID.name(), TENANT)
                .containsEntry(CaseHeader.UNIT.name(), "Desa Babayau")
                .containsEntry(CaseHeader.SOP.name(), "Contoh SOP")
                .containsEntry(CaseHeader.JUDUL.name(), "Musyawarah desa")
                // no property names a copy: the SOP's own variables stay as they were
                .containsEntry("desa", "dari formulir");
    }

    @Test
    void copiesTheUnitUnderTheNamesTheDiagramDeclares() {
        when(directory.tenantName(TENANT)).thenReturn(Optional.of("Desa Babayau"));

        intake(List.of()).execute(execution(TENANT, Map.of(CaseIntake.UNIT_NAME_PROPERTY, "desa",
                CaseIntake.UNIT_ID_PROPERTY, "desaId")));

        assertThat(variables).containsEntry("desa", "Desa Babayau").containsEntry("desaId", TENANT)
                .containsEntry(CaseHeader.JUDUL.name(), "Contoh SOP");
    }

    @Test
    void theSopsOwnPartRunsBeforeTheHeaderSoItsTitleIsTheOneShown() {
        when(directory.tenantName(TENANT)).thenReturn(Optional.empty());
        IntakeStep titling = new IntakeStep() {
            @Override
            public String processKey() {
                return PROCESS_KEY;
            }

            @Override
            public void apply(DelegateExecution execution) {
                execution.setVariable(CaseHeader.TITLE_VARIABLE, "Pendataan 2027");
            }
        };
        IntakeStep otherSop = mock(IntakeStep.class);
        when(otherSop.processKey()).thenReturn("sop-lain");

        DelegateExecution execution = execution(TENANT, null);
        intake(List.of(titling, otherSop)).execute(execution);

        assertThat(variables).containsEntry(CaseHeader.JUDUL.name(), "Pendataan 2027")
                // a tenant the organisation file does not name shows its id
                .containsEntry(CaseHeader.UNIT.name(), TENANT);
        verify(otherSop, never()).apply(execution);
    }

    @Test
    void aStarterWithoutOrganisationOrDesaIsRefusedInBahasaIndonesiaBeforeAnythingIsWritten() {
        IntakeStep step = mock(IntakeStep.class);
        when(step.processKey()).thenReturn(PROCESS_KEY);
        DelegateExecution execution = execution(null, null);

        assertThatThrownBy(() -> intake(List.of(step)).execute(execution)).isInstanceOf(InputRefusedException.class)
                .hasMessage("Kasus Contoh SOP hanya dapat dimulai oleh pengguna yang terdaftar pada organisasi atau "
                        + "desanya.");
        verify(step, never()).apply(execution);
        assertThat(variables).isEmpty();
    }

    private CaseIntake intake(List<IntakeStep> steps) {
        return new CaseIntake(new CaseHeader(directory), steps);
    }

    private DelegateExecution execution(String tenantId, Map<String, String> properties) {
        DelegateExecution execution = mock(DelegateExecution.class, RETURNS_DEEP_STUBS);
        when(execution.getTenantId()).thenReturn(tenantId);
        when(execution.getProcessDefinitionId()).thenReturn("definisi-1");
        ProcessDefinition definition = mock(ProcessDefinition.class);
        when(definition.getKey()).thenReturn(PROCESS_KEY);
        when(definition.getName()).thenReturn("Contoh SOP");
        when(execution.getProcessEngineServices().getRepositoryService().getProcessDefinition("definisi-1"))
                .thenReturn(definition);
        when(directory.sop(PROCESS_KEY)).thenReturn(Optional.empty());
        when(execution.getBpmnModelElementInstance()).thenReturn(serviceTask(properties));
        when(execution.getVariable(Mockito.anyString())).thenAnswer(call -> variables.get(call.getArgument(0)));
        when(execution.hasVariable(Mockito.anyString()))
                .thenAnswer(call -> variables.containsKey(call.<String>getArgument(0)));
        Mockito.doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1))).when(execution)
                .setVariable(Mockito.anyString(), Mockito.any());
        return execution;
    }

    private static ServiceTask serviceTask(Map<String, String> properties) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY).startEvent()
                .serviceTask("serviceTask_catatKasus").camundaDelegateExpression("${caseIntake}").endEvent().done();
        ServiceTask task = model.getModelElementById("serviceTask_catatKasus");
        if (properties != null) {
            CamundaProperties list = model.newInstance(CamundaProperties.class);
            task.builder().addExtensionElement(list);
            properties.forEach((name, value) -> {
                CamundaProperty property = model.newInstance(CamundaProperty.class);
                property.setCamundaName(name);
                property.setCamundaValue(value);
                list.addChildElement(property);
            });
        }
        return task;
    }
}
