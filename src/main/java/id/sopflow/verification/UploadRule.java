package id.sopflow.verification;

import static id.sopflow.verification.IndonesianNumbers.megabytes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an upload slot accepts: the {@link AttachmentType}s its content may have (none listed: any file) and the
 * largest size. The one place where an uploaded file is judged, so that every SOP refuses files in the same words;
 * each SOP keeps its own types and limit as its configuration.
 *
 * <p>The type is judged by content, never by the file's name. The browser's MIME type (which follows the name) must
 * not claim a type the slot does not accept: a page disguised as an image with {@code text/html} is refused, a PNG
 * saved as {@code .jpg} is not. A missing or generic MIME type is left to the content.
 *
 * @param noun     what the user uploads here, as the messages name it ("foto", "hasil pindaian")
 * @param maxBytes the largest file accepted, in bytes
 * @param types    the types the content may have; empty accepts any file
 */
public record UploadRule(String noun, long maxBytes, Set<AttachmentType> types) {

    public UploadRule {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("Batas ukuran berkas harus lebih besar dari nol: " + maxBytes);
        }
        types = types.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(types));
    }

    public static UploadRule of(String noun, long maxBytes, AttachmentType first, AttachmentType... more) {
        return new UploadRule(noun, maxBytes, EnumSet.of(first, more));
    }

    /** The images every social-media platform we post to accepts ({@link ImageType}). */
    public static UploadRule images(String noun, long maxBytes) {
        return of(noun, maxBytes, AttachmentType.JPEG, AttachmentType.PNG, AttachmentType.WEBP);
    }

    /** Any file, only its size is limited. */
    public static UploadRule anyType(String noun, long maxBytes) {
        return new UploadRule(noun, maxBytes, Set.of());
    }

    /** The accepted type the content really has; empty when it has none of them (or the rule lists none). */
    public Optional<AttachmentType> typeOf(byte[] content) {
        return AttachmentType.ofContent(content).filter(types::contains);
    }

    /** "Foto 1 wajib diunggah (gambar JPEG, PNG atau WebP)." */
    public String missing(String label) {
        return label + " wajib diunggah" + (types.isEmpty() ? "" : " (" + formats() + ")") + ".";
    }

    public List<String> problemsOf(String label, UploadedFile file) {
        return problemsOf(label, file.fileName(), file.mimeType(), file.size(), file.content());
    }

    /**
     * Every problem of one uploaded file, in Bahasa Indonesia; empty when the slot accepts it.
     *
     * @param label    how the form names the slot, e.g. "Foto 1"
     * @param mimeType what the browser claimed; {@code null} when unknown
     * @param size     the whole file's size
     * @param content  the file's bytes, or at least their first 16 (enough for every type's magic numbers)
     */
    public List<String> problemsOf(String label, String fileName, String mimeType, long size, byte[] content) {
        List<String> problems = new ArrayList<>();
        String named = label + (fileName == null || fileName.isBlank() ? "" : " (\"" + fileName + "\")");
        if (!types.isEmpty()) {
            if (typeOf(content).isEmpty()) {
                problems.add(named + " bukan " + formats() + "; unggah " + noun + " dalam salah satu format itu.");
            } else if (!isGeneric(mimeType) && AttachmentType.ofMimeType(mimeType).filter(types::contains).isEmpty()) {
                problems.add(named + " dikirim sebagai " + mimeType.strip() + ", bukan sebagai " + formats()
                        + "; unggah ulang " + noun + "nya.");
            }
        }
        if (size > maxBytes) {
            problems.add(named + " berukuran " + megabytes(size, true) + "; paling besar " + megabytes(maxBytes, false)
                    + ".");
        }
        return problems;
    }

    /** "PDF, JPEG atau PNG"; "gambar JPEG, PNG atau WebP" when all are images. */
    private String formats() {
        String list = KelengkapanCheck.orList(types.stream().map(AttachmentType::label).toList());
        return types.stream().allMatch(AttachmentType::image) ? "gambar " + list : list;
    }

    private static boolean isGeneric(String mimeType) {
        return mimeType == null || mimeType.isBlank()
                || mimeType.strip().toLowerCase(Locale.ROOT).startsWith("application/octet-stream");
    }
}
