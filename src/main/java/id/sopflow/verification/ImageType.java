package id.sopflow.verification;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The image formats every social-media platform we post to accepts, recognised by their content. */
public enum ImageType {

    JPEG("JPEG", Set.of("image/jpeg", "image/jpg", "image/pjpeg")),
    PNG("PNG", Set.of("image/png")),
    WEBP("WebP", Set.of("image/webp"));

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_FORM = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private final String label;
    private final Set<String> mimeTypes;

    ImageType(String label, Set<String> mimeTypes) {
        this.label = label;
        this.mimeTypes = mimeTypes;
    }

    /** The name users know, e.g. "WebP". */
    public String label() {
        return label;
    }

    /** The format the bytes are in (by their magic numbers), whatever the file is called. */
    public static Optional<ImageType> ofContent(byte[] content) {
        if (startsWith(content, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_FORM)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The format a MIME type names, ignoring case and parameters ({@code image/JPEG; q=1}). */
    public static Optional<ImageType> ofMimeType(String mimeType) {
        if (mimeType == null) {
            return Optional.empty();
        }
        String bare = mimeType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.mimeTypes.contains(bare)).findFirst();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] expected) {
        if (content == null || content.length < offset + expected.length) {
            return false;
        }
        return Arrays.equals(content, offset, offset + expected.length, expected, 0, expected.length);
    }
}
