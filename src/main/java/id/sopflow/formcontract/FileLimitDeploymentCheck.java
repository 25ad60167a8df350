package id.sopflow.formcontract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import id.sopflow.deployment.DeploymentCheck;
import id.sopflow.deployment.DeploymentContents;
import id.sopflow.deployment.EmbeddedFormKey;

/**
 * Refuses, at deployment, an embedded form whose file input states its size limit as something other than a number
 * of bytes ({@code cam-max-filesize="10MB"}): Tasklist would read "10MB" as 10 bytes and "abc" as its own 5,000,000,
 * and the server ({@link FormContract}) refuses every file sent to such an input. The process owner hears it when
 * deploying, with the element and the input to fix, instead of a user at the first upload. Forms deployed before
 * stay readable (only new deployments are checked); for them the contract's message remains.
 */
@Component
class FileLimitDeploymentCheck implements DeploymentCheck {

    @Override
    public List<String> problems(String resourceName, BpmnModelInstance model) {
        return problems(resourceName, model, DeploymentContents.alone());
    }

    @Override
    public List<String> problems(String resourceName, BpmnModelInstance model, DeploymentContents deployment) {
        // A form shown by several elements is reported once, at the first of them.
        Map<String, String> firstElementOfForm = new LinkedHashMap<>();
        model.getModelElementsByType(StartEvent.class).forEach(start ->
                EmbeddedFormKey.resourceOf(start.getCamundaFormKey()).ifPresent(form -> firstElementOfForm.putIfAbsent(form,
                        start.getId())));
        model.getModelElementsByType(UserTask.class).forEach(task ->
                EmbeddedFormKey.resourceOf(task.getCamundaFormKey()).ifPresent(form -> firstElementOfForm.putIfAbsent(form,
                        task.getId())));
        List<String> problems = new ArrayList<>();
        firstElementOfForm.forEach((form, elementId) -> deployment.resource(form)
                .or(() -> deployment.deployed().resource(form))
                .ifPresent(content -> problems.addAll(problemsOf(elementId, form, content))));
        return problems;
    }

    private static List<String> problemsOf(String elementId, String form, byte[] content) {
        FormContract contract;
        try {
            contract = FormContracts.parse(form, new String(content, StandardCharsets.UTF_8));
        } catch (RuntimeException unreadable) {
            return List.of(); // not HTML after all: the engine and the contract report it where it is used
        }
        return contract.fields().values().stream()
                .filter(field -> field.fileSize() != null && field.fileSize().unreadable() != null)
                .map(field -> elementId + ": formulir \"" + form + "\", isian berkas " + field.fileDisplay()
                        + ": cam-max-filesize=\"" + field.fileSize().unreadable() + "\" bukan jumlah byte; tulis "
                        + "batasnya dalam byte, mis. 10485760 untuk 10 MB (1 MB = 1.048.576 byte).")
                .toList();
    }
}
