package id.sopflow.sop.profil;

import java.util.Optional;

import org.camunda.bpm.engine.variable.value.FileValue;

import id.sopflow.verification.AttachmentType;
import id.sopflow.verification.KelengkapanCheck;
import id.sopflow.verification.UploadRule;
import id.sopflow.verification.UploadedFile;

/**
 * The scanned documents of the activity (the signed SK, the minutes of the closing meeting): a PDF, JPEG or PNG,
 * recognised by content rather than by name, at most {@value #MAX_BYTES} bytes.
 */
final class ProfilDocuments {

    /** 10 MB as the forms say, in the one unit every message uses (1 MB = 1,024 × 1,024 bytes). */
    private static final int MAX_BYTES = 10 * 1024 * 1024;

    static final UploadRule RULE = UploadRule.of("hasil pindaian", MAX_BYTES, AttachmentType.PDF,
            AttachmentType.JPEG, AttachmentType.PNG);

    private ProfilDocuments() {
    }

    static Optional<UploadedFile> read(FileValue file) {
        return Optional.ofNullable(file).map(UploadedFile::of);
    }

    /** The document the form names {@code label} must be uploaded and accepted by {@link #RULE}. */
    static boolean checkRequired(KelengkapanCheck check, String label, Optional<FileValue> file) {
        return check.requiredUpload(label, file.map(UploadedFile::of).orElse(null), RULE);
    }

    /** The real content type: application/pdf, image/jpeg or image/png; empty for anything else. */
    static Optional<String> contentType(byte[] content) {
        return RULE.typeOf(content).map(AttachmentType::mimeType);
    }
}
