package id.sopflow.sop.setwan;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;
import id.sopflow.verification.InputRefusedException;
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
        Map<Integer, FileValue> uploads = new TreeMap<>();
        for (int slot = 0; slot < SetwanVariables.LAMPIRAN_BARU.size(); slot++) {
            int number = slot + 1;
            SetwanVariables.LAMPIRAN_BARU.get(slot).from(task).filter(UploadedFile::hasContent)
                    .ifPresent(file -> uploads.put(number, file));
        }
        Map<Integer, UploadedFile> files = uploads.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> UploadedFile.of(entry.getValue()), (a, b) -> a, TreeMap::new));
        List<String> problems = rules.problems(SetwanVariables.JUDUL.from(task).orElse(null),
                SetwanVariables.URAIAN.from(task).orElse(null),
                SetwanVariables.NASKAH_PUBLIKASI.from(task).orElse(null), files);
        if (!problems.isEmpty()) {
            throw new InputRefusedException("Materi belum dapat dikirim ke Kabag: " + String.join(" ", problems));
        }
        for (int slot = 0; slot < SetwanVariables.LAMPIRAN_BARU.size(); slot++) {
            ProcessVariable<FileValue> upload = SetwanVariables.LAMPIRAN_BARU.get(slot);
            FileValue file = uploads.get(slot + 1);
            if (file != null) {
                task.getExecution().setVariable(SetwanVariables.LAMPIRAN.get(slot).name(), file);
            }
            task.getExecution().removeVariable(upload.name());
        }
    }
}
