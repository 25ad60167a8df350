package id.sopflow.sop.profil;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.variable.value.FileValue;

import id.sopflow.verification.AttachmentType;
import id.sopflow.verification.UploadedFile;

/**
 * The scanned documents of the activity (the signed SK, the minutes of the closing meeting): a PDF, JPEG or PNG,
 * recognised by content rather than by name, at most {@value #MAX_BYTES} bytes.
 */
final class ProfilDocuments {

    static final int MAX_BYTES = 10_000_000;

    private ProfilDocuments() {
    }

    static Optional<UploadedFile> read(FileValue file) {
        return Optional.ofNullable(file).map(UploadedFile::of);
    }

    /** The real content type: application/pdf, image/jpeg or image/png; empty for anything else. */
    static Optional<String> contentType(byte[] content) {
        return AttachmentType.ofContent(content).filter(type -> type != AttachmentType.WEBP)
                .map(AttachmentType::mimeType);
    }

    /** @param label how the form names the upload, e.g. "Berkas SK yang sudah ditandatangani" */
    static List<String> problemsOf(Optional<UploadedFile> file, String label) {
        if (file.isEmpty() || file.get().size() == 0) {
            return List.of(label + " wajib diunggah (PDF, JPEG atau PNG).");
        }
        if (file.get().size() > MAX_BYTES) {
            return List.of(label + " paling besar 10 MB.");
        }
        if (contentType(file.get().content()).isEmpty()) {
            return List.of(label + " harus berupa PDF, JPEG atau PNG (isi berkas " + file.get().fileName()
                    + " bukan salah satunya).");
        }
        return List.of();
    }
}
