package id.sopflow.sop.setwan;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import id.sopflow.verification.Kelengkapan;
import id.sopflow.verification.UploadedFile;

/**
 * Completing row 1 ("Kumpulkan data kegiatan dan susun konsep awal"): refuses material the Kabag cannot review
 * ({@link MaterialRules}; the task stays open with every problem listed), then puts the new uploads in their slots.
 * Tasklist submits an untouched file input as an empty file: such uploads are dropped and the slot keeps its file.
 */
@Component("setwanMaterialCheck")
class SetwanMaterialCheck implements TaskListener {

    private final MaterialRules rules;

    SetwanMaterialCheck(SetwanProperties properties) {
        this.rules = new MaterialRules(properties.lampiranMaksBytes());
    }

    @Override
    public void notify(DelegateTask task) {
        Map<Integer, UploadedFile> files = SetwanVariables.LAMPIRAN_SLOTS.newUploads(task);
        List<String> problems = rules.problems(SetwanVariables.JUDUL.from(task).orElse(null),
                SetwanVariables.URAIAN.from(task).orElse(null),
                SetwanVariables.NASKAH_PUBLIKASI.from(task).orElse(null), files);
        new Kelengkapan(problems).refuseIfIncomplete("\n");
        SetwanVariables.LAMPIRAN_SLOTS.apply(task.getExecution());
    }
}
