package id.sopflow.sop.setwan;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import id.sopflow.ProcessVariable;
import id.sopflow.publishing.Platform;
import id.sopflow.sop.PublishingDelegate;
import id.sopflow.sop.PublishingStep;
import id.sopflow.verification.AttachmentType;
import id.sopflow.verification.UploadedFile;

/**
 * Row 3, one branch per channel ({@code kanal}: {@code website} for Team Website, {@code medsos} for the Staf),
 * through the common {@link PublishingStep}: each platform of the branch that has no link yet is posted
 * automatically where an adapter serves Sekretariat DPRD, everything else goes to the branch's manual task by
 * {@link SetwanElements#ERROR_PUBLIKASI_MANUAL}. Only Facebook has an automatic adapter today.
 */
@Component("setwanPublishing")
class SetwanPublishing extends PublishingDelegate {

    static final String WEBSITE = "website";
    static final String MEDSOS = "medsos";

    SetwanPublishing(PublishingStep step) {
        super(step, SetwanVariables.PROCESS_KEY, SetwanElements.ERROR_PUBLIKASI_MANUAL);
    }

    /**
     * The step is known by its template field "Kanal", not by its element id; the text is the one the keys had when
     * they were made from the element ids, so that earlier posts stay matched.
     */
    @Override
    public String stepKey(VariableScope scope) {
        return website(scope) ? "serviceTask_publikasiWebsite" : "serviceTask_publikasiMedsos";
    }

    @Override
    public List<Platform> platforms(VariableScope scope) {
        String kanal = SetwanVariables.KANAL.require(scope);
        if (WEBSITE.equals(kanal)) {
            return List.of(Platform.WEBSITE);
        }
        if (MEDSOS.equals(kanal)) {
            return SetwanVariables.MEDSOS.stream()
                    .filter(platform -> SetwanVariables.PILIHAN_MEDSOS.get(platform).from(scope).orElse(false))
                    .toList();
        }
        throw new IllegalStateException("Kanal publikasi tidak dikenal: " + kanal + " (website atau medsos)");
    }

    @Override
    public Optional<String> link(VariableScope scope, Platform platform) {
        return SetwanVariables.TAUTAN.get(platform).from(scope);
    }

    @Override
    public String text(DelegateExecution execution, Platform platform) {
        return SetwanVariables.JUDUL.require(execution) + "\n\n" + SetwanVariables.NASKAH_PUBLIKASI.require(execution);
    }

    @Override
    public List<ProcessVariable<FileValue>> photoSlots() {
        return SetwanVariables.LAMPIRAN;
    }

    /** Attachments may be scanned PDFs as well; only images go with a post. */
    @Override
    public boolean isPhoto(UploadedFile file) {
        return AttachmentType.ofContent(file.content()).map(AttachmentType::image).orElse(false);
    }

    @Override
    public void record(VariableScope scope, Platform platform, String link, boolean automatic) {
        SetwanVariables.TAUTAN.get(platform).set(scope, link);
    }

    @Override
    public ProcessVariable<String> linkInput(Platform platform) {
        return SetwanVariables.TAUTAN.get(platform);
    }

    @Override
    public ProcessVariable<String> reasonVariable(VariableScope scope) {
        return website(scope) ? SetwanVariables.ALASAN_MANUAL_WEBSITE : SetwanVariables.ALASAN_MANUAL_MEDSOS;
    }

    private static boolean website(VariableScope scope) {
        return WEBSITE.equals(SetwanVariables.KANAL.require(scope));
    }
}
