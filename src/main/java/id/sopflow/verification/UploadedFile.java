package id.sopflow.verification;

/**
 * A file as the user sent it. The name and the MIME type are what the browser claimed (the MIME type usually
 * follows the file name's extension); only {@link #content()} says what the file really is.
 */
public record UploadedFile(String fileName, String mimeType, byte[] content) {

    public UploadedFile {
        content = content == null ? new byte[0] : content;
    }

    public long size() {
        return content.length;
    }
}
