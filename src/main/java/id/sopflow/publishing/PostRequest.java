package id.sopflow.publishing;

import java.util.List;
import java.util.Objects;

import id.sopflow.verification.UploadedFile;

/**
 * What to post for whom.
 *
 * @param idempotencyKey identifies the one post this request may produce, however often it is retried (e.g. process
 *                       instance id and activity id)
 * @param tenantId       the tenant (desa) whose account posts
 * @param text           the post's text
 * @param photos         photos attached to the post, in order; may be empty
 */
public record PostRequest(String idempotencyKey, String tenantId, String text, List<Photo> photos) {

    public PostRequest {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(tenantId, "tenantId");
        text = text == null ? "" : text;
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** One photo as uploaded by the desa. */
    public record Photo(String fileName, String mimeType, byte[] bytes) {

        public Photo {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(bytes, "bytes");
            mimeType = mimeType == null || mimeType.isBlank() ? "application/octet-stream" : mimeType;
        }

        /** The uploaded file as a photo of the post. */
        public static Photo of(UploadedFile file) {
            return new Photo(file.fileName(), file.mimeType(), file.content());
        }

        @Override
        public String toString() {
            return "Photo[" + fileName + ", " + mimeType + ", " + bytes.length + " bytes]";
        }
    }
}
