package id.sopflow.sop.ppid;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;
import id.sopflow.publishing.Platform;
import id.sopflow.sop.ppid.PpidRules.Upload;
import id.sopflow.verification.Kelengkapan;

/**
 * Completing row 3 ({@link PpidElements#SUSUN_KONSEP}, first draft and every revision): puts the uploaded images
 * in their slots (an upload replaces the slot's image, "hapus" empties it, an input left empty keeps it), then
 * refuses a konsep that {@link PpidRules#konsepMateri} does not accept. A refusal rolls the whole completion back:
 * the task stays open with the Admin Medsos's input, and the message says everything to fix.
 */
@Component("ppidDraftCheck")
class PpidDraftCheck implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        PpidVariables.GAMBAR_SLOTS.apply(task);
        List<Upload> images = new ArrayList<>();
        for (ProcessVariable<FileValue> image : PpidVariables.GAMBAR) {
            image.from(task).map(PpidFiles::upload).ifPresent(images::add);
        }
        Map<Platform, String> texts = new EnumMap<>(Platform.class);
        PpidVariables.TEKS.forEach((platform, variable) -> texts.put(platform, variable.from(task).orElse(null)));
        List<String> problems = PpidRules.konsepMateri(texts, images);
        new Kelengkapan(problems).refuseIfIncomplete("\n");
    }
}
