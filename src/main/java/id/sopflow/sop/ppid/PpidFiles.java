package id.sopflow.sop.ppid;

import java.util.Arrays;

import org.camunda.bpm.engine.variable.value.FileValue;

import id.sopflow.sop.ppid.PpidRules.Upload;
import id.sopflow.verification.UploadedFile;

/** Uploaded files as the forms hand them in. */
final class PpidFiles {

    /** Enough to recognise every image type by its magic numbers. */
    private static final int HEAD = 16;

    private PpidFiles() {
    }

    static Upload upload(FileValue file) {
        byte[] content = UploadedFile.of(file).content();
        return new Upload(file.getFilename(), file.getMimeType(), content.length,
                Arrays.copyOf(content, Math.min(HEAD, content.length)));
    }
}
