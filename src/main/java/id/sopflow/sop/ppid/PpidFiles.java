package id.sopflow.sop.ppid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.camunda.bpm.engine.variable.value.FileValue;

import id.sopflow.sop.ppid.PpidRules.Upload;

/** Uploaded files as the forms hand them in. */
final class PpidFiles {

    /** Enough to recognise every image type by its magic numbers. */
    private static final int HEAD = 16;

    private PpidFiles() {
    }

    static byte[] bytes(FileValue file) {
        try (InputStream content = file.getValue()) {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Upload upload(FileValue file) {
        byte[] content = bytes(file);
        return new Upload(file.getFilename(), content.length, Arrays.copyOf(content, Math.min(HEAD, content.length)));
    }
}
