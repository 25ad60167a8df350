package id.sopflow.sop.setwan;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import id.sopflow.verification.ImageType;

/**
 * What a Staf may attach to the material (the SOP's equipment: scanner and surat kabar): a scanned document or
 * clipping as PDF, or a scan or photo as an image. Recognised by content, not by file name.
 */
enum AttachmentType {

    PDF("PDF", false),
    JPEG("JPEG", true),
    PNG("PNG", true),
    WEBP("WebP", true);

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final String label;
    private final boolean image;

    AttachmentType(String label, boolean image) {
        this.label = label;
        this.image = image;
    }

    String label() {
        return label;
    }

    /** Whether a social-media post can carry it as a photo. */
    boolean image() {
        return image;
    }

    static Optional<AttachmentType> ofContent(byte[] content) {
        if (content != null && content.length >= PDF_SIGNATURE.length
                && Arrays.equals(Arrays.copyOf(content, PDF_SIGNATURE.length), PDF_SIGNATURE)) {
            return Optional.of(PDF);
        }
        return ImageType.ofContent(content).map(type -> switch (type) {
            case JPEG -> JPEG;
            case PNG -> PNG;
            case WEBP -> WEBP;
        });
    }
}
