package id.sopflow.sop;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;

import id.sopflow.ProcessVariable;
import id.sopflow.verification.UploadedFile;

/**
 * Numbered file slots of a case (photos, images, attachments) and the form inputs that fill them, the same way in
 * every SOP: a new file replaces the slot's file, a ticked "hapus" empties the slot, and an input left empty keeps
 * it (Tasklist submits an untouched file input as an empty file, which must never count as an upload). The inputs
 * are removed afterwards, so a slot's file lives under one name only.
 *
 * @param slots    the files the case keeps, e.g. {@code foto1..3}
 * @param uploads  the form's inputs for them, in slot order, e.g. {@code fotoPengganti1..3}
 * @param removals the form's "hapus" ticks in slot order; empty when the form has none
 */
public record UploadSlots(List<ProcessVariable<FileValue>> slots, List<ProcessVariable<FileValue>> uploads,
        List<ProcessVariable<Boolean>> removals) {

    public UploadSlots {
        if (uploads.size() != slots.size() || !removals.isEmpty() && removals.size() != slots.size()) {
            throw new IllegalArgumentException("Setiap slot berkas memerlukan satu isian unggah "
                    + "(dan satu centang hapus)");
        }
    }

    public static UploadSlots of(List<ProcessVariable<FileValue>> slots, List<ProcessVariable<FileValue>> uploads) {
        return new UploadSlots(slots, uploads, List.of());
    }

    /** The files really uploaded now, by slot number from 1. */
    public Map<Integer, UploadedFile> newUploads(VariableScope scope) {
        Map<Integer, UploadedFile> files = new TreeMap<>();
        for (int slot = 0; slot < uploads.size(); slot++) {
            int number = slot + 1;
            uploads.get(slot).from(scope).filter(UploadedFile::hasContent)
                    .ifPresent(file -> files.put(number, UploadedFile.of(file)));
        }
        return files;
    }

    /** Puts the uploads in their slots, drops the inputs and any slot left without content. */
    public void apply(VariableScope scope) {
        for (int slot = 0; slot < slots.size(); slot++) {
            ProcessVariable<FileValue> kept = slots.get(slot);
            ProcessVariable<FileValue> upload = uploads.get(slot);
            FileValue uploaded = upload.from(scope).orElse(null);
            if (UploadedFile.hasContent(uploaded)) {
                scope.setVariable(kept.name(), uploaded);
            } else if (!removals.isEmpty() && removals.get(slot).from(scope).orElse(false)) {
                scope.removeVariable(kept.name());
            }
            scope.removeVariable(upload.name());
            if (!removals.isEmpty()) {
                scope.removeVariable(removals.get(slot).name());
            }
            if (kept.from(scope).filter(UploadedFile::hasContent).isEmpty()) {
                scope.removeVariable(kept.name());
            }
        }
    }
}
