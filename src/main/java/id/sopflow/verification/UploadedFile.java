package id.sopflow.verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * A file as the user sent it. The name and the MIME type are what the browser claimed (the MIME type usually
 * follows the file name's extension); only {@link #content()} says what the file really is.
 */
public record UploadedFile(String fileName, String mimeType, byte[] content) {

    public UploadedFile {
        content = content == null ? new byte[0] : content;
    }

    /** The file variable's name, type and bytes (none when it has no content). */
    public static UploadedFile of(FileValue file) {
        try (InputStream content = file.getValue()) {
            return new UploadedFile(file.getFilename(), file.getMimeType(),
                    content == null ? new byte[0] : content.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas " + file.getFilename() + " tidak dapat dibaca", e);
        }
    }

    /**
     * Whether a file was really uploaded: Tasklist submits a file input left empty as an empty file, which must not
     * count as (or replace) an upload.
     */
    public static boolean hasContent(FileValue file) {
        if (file == null || file.getValue() == null) {
            return false;
        }
        try (InputStream content = file.getValue()) {
            return content.read() != -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long size() {
        return content.length;
    }
}
