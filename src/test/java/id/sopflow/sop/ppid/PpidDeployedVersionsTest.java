package id.sopflow.sop.ppid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import id.sopflow.testkit.PlainTest;

/**
 * The bean names of PPID diagram versions already deployed, without an engine: their review gates still call
 * {@code ${ppidRevisionNote}}, and their draft forms show its note, since the oldest of them have no shared review
 * history on the draft.
 */
@PlainTest
class PpidDeployedVersionsTest {

    private final TaskListener revisionNote = new PpidDeployedVersions().revisionNoteBeforeSharedReviewHistory();
    private final Map<String, Object> variables = new HashMap<>();

    @Test
    void aRefusalAtEitherGateLeavesItsReasonAndWhoGaveItForTheOldDraftForm() {
        variables.put("konsepSesuai", false);
        variables.put("alasanKonsepTidakSesuai", " Nama peserta belum disebut.\n");
        revisionNote.notify(gate("konsepSesuai", "alasanKonsepTidakSesuai"));
        assertThat(variables).containsEntry("catatanRevisi", "Nama peserta belum disebut.")
                .containsEntry("dikembalikanOleh", "Seksi Pengolahan Data dan Dokumentasi Informasi");

        variables.put("materiDisetujui", false);
        variables.put("alasanMateriDitolak", "Tambahkan hasil kesepakatan musyawarah.");
        revisionNote.notify(gate("materiDisetujui", "alasanMateriDitolak"));
        assertThat(variables).as("the gate is told by its field keputusan, not its id")
                .containsEntry("catatanRevisi", "Tambahkan hasil kesepakatan musyawarah.")
                .containsEntry("dikembalikanOleh", "Ketua PPID");
    }

    @Test
    void aYesClearsAnOlderRefusalSoItIsNotShownAsTheCurrentOne() {
        variables.put("catatanRevisi", "Nama peserta belum disebut.");
        variables.put("dikembalikanOleh", "Seksi Pengolahan Data dan Dokumentasi Informasi");
        variables.put("konsepSesuai", true);
        revisionNote.notify(gate("konsepSesuai", "alasanKonsepTidakSesuai"));
        assertThat(variables).doesNotContainKeys("catatanRevisi", "dikembalikanOleh");
    }

    /** A review gate of an older PPID version, declaring its variables as those versions do, over {@link #variables}. */
    private DelegateTask gate(String decision, String reason) {
        String xml = """
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://sopflow.id/test">
                  <bpmn:process id="ppid-penyebarluasan-informasi" isExecutable="true">
                    <bpmn:userTask id="userTask_gerbang">
                      <bpmn:extensionElements>
                        <camunda:properties>
                          <camunda:property name="keputusan" value="%s" />
                          <camunda:property name="alasan" value="%s" />
                        </camunda:properties>
                        <camunda:taskListener delegateExpression="${ppidRevisionNote}" event="complete" />
                      </bpmn:extensionElements>
                    </bpmn:userTask>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(decision, reason);
        UserTask userTask = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getModelElementById("userTask_gerbang");
        DelegateTask task = Mockito.mock(DelegateTask.class);
        Mockito.when(task.getBpmnModelElementInstance()).thenReturn(userTask);
        Mockito.when(task.getVariable(Mockito.anyString())).thenAnswer(call -> variables.get(call.getArgument(0)));
        Mockito.doAnswer(call -> variables.put(call.getArgument(0), call.getArgument(1))).when(task)
                .setVariable(Mockito.anyString(), Mockito.any());
        Mockito.doAnswer(call -> variables.remove(call.getArgument(0))).when(task).removeVariable(Mockito.anyString());
        return task;
    }
}
