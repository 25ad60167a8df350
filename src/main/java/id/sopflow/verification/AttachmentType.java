package id.sopflow.verification;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A scanned document or a photo attached to a step (an SK, minutes, a newspaper clipping): a PDF or one of the
 * {@link ImageType}s, recognised by content rather than by the file's name.
 */
public enum AttachmentType {

    PDF("PDF", "application/pdf", false),
    JPEG("JPEG", "image/jpeg", true),
    PNG("PNG", "image/png", true),
    WEBP("WebP", "image/webp", true);

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final String label;
    private final String mimeType;
    private final boolean image;

    AttachmentType(String label, String mimeType, boolean image) {
        this.label = label;
        this.mimeType = mimeType;
        this.image = image;
    }

    /** The name users know, e.g. "WebP". */
    public String label() {
        return label;
    }

    /** The content type the bytes really have. */
    public String mimeType() {
        return mimeType;
    }

    /** Whether a social-media post can carry it as a photo. */
    public boolean image() {
        return image;
    }

    public static Optional<AttachmentType> ofContent(byte[] content) {
        if (content != null && content.length >= PDF_SIGNATURE.length
                && Arrays.equals(content, 0, PDF_SIGNATURE.length, PDF_SIGNATURE, 0, PDF_SIGNATURE.length)) {
            return Optional.of(PDF);
        }
        return ImageType.ofContent(content).map(AttachmentType::of);
    }

    /** The type a MIME type names, ignoring case and parameters; browsers also send {@code image/jpg} and the like. */
    public static Optional<AttachmentType> ofMimeType(String mimeType) {
        if (mimeType != null && mimeType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).equals(PDF.mimeType)) {
            return Optional.of(PDF);
        }
        return ImageType.ofMimeType(mimeType).map(AttachmentType::of);
    }

    private static AttachmentType of(ImageType type) {
        return switch (type) {
            case JPEG -> JPEG;
            case PNG -> PNG;
            case WEBP -> WEBP;
        };
    }
}
