package id.sopflow.formcontract;

import java.util.List;

import id.sopflow.verification.UploadRule;

/**
 * What a form declares about one variable: its kind and the rules the browser enforces, which the server enforces
 * again ({@link FormContract}). {@code required} is false for a field the form shows only under a condition the
 * server cannot evaluate (form-js {@code conditional}, an embedded form's {@code ng-if}/{@code ng-show}).
 *
 * @param fileSize an embedded form's file input's size limit; {@code null} for every other field
 */
record FieldRule(String name, String label, Kind kind, boolean required, Integer minLength, Integer maxLength,
        Double min, Double max, String pattern, List<String> options, FileSize fileSize) {

    /**
     * The largest file an embedded file input takes: its {@code cam-max-filesize} in bytes, which Tasklist checks in
     * the browser and the server checks again in {@link UploadRule}'s words. An input without the attribute gets
     * Tasklist's own limit, 5,000,000 bytes: the browser never sends more, so neither may anyone else.
     *
     * @param rule       the limit as an {@link UploadRule} for any type of file; {@code null} when unreadable
     * @param unreadable the attribute as written when it is no number of bytes (the browser reads "10MB" as 10
     *                   bytes and "abc" as its default): no size is trusted then, every file is refused. A new
     *                   deployment with such a form is refused ({@link FileLimitDeploymentCheck}).
     */
    record FileSize(UploadRule rule, String unreadable) {

        /** What Tasklist 7.24's forms SDK uses when cam-max-filesize is missing or zero. */
        static final long TASKLIST_DEFAULT_BYTES = 5_000_000L;

        /** {@code cam-max-filesize} as written; {@code null} or blank when the input has none. */
        static FileSize of(String attribute) {
            String written = attribute == null ? "" : attribute.strip();
            if (written.isEmpty()) {
                return new FileSize(UploadRule.anyType("berkas", TASKLIST_DEFAULT_BYTES), null);
            }
            try {
                long bytes = written.matches("[0-9]+") ? Long.parseLong(written) : 0;
                return bytes > 0 ? new FileSize(UploadRule.anyType("berkas", bytes), null)
                        : new FileSize(null, written);
            } catch (NumberFormatException tooLong) {
                return new FileSize(null, written);
            }
        }
    }

    enum Kind {
        /** Any text: textfield, textarea, select, radio, hidden input. */
        TEXT("teks"),
        /** A whole number (an embedded form's Long/Integer/Short). */
        WHOLE_NUMBER("bilangan bulat"),
        /** Any number (form-js number, an embedded form's Double). */
        NUMBER("angka"),
        BOOLEAN("Ya/Tidak (boolean)"),
        /** form-js datetime with subtype date: text yyyy-MM-dd. */
        DATE_TEXT("tanggal dengan format TTTT-BB-HH"),
        /** form-js datetime/time: ISO text. */
        DATETIME_TEXT("tanggal dan waktu"),
        /** An embedded form's Date variable. */
        DATE("tanggal"),
        FILE("berkas"),
        /** form-js checklist/taglist: a JSON list of options. */
        LIST("daftar pilihan"),
        /** An embedded input without cam-variable-type: text, number or Ya/Tidak. */
        ANY("nilai sederhana");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    String display() {
        return display(label);
    }

    /**
     * How a message about an uploaded file names its input: the label without a trailing hint in brackets, which for
     * a file input mostly repeats the limit ("Foto 1 (wajib; JPEG, PNG atau WebP, paling besar 5 MB)" → «Foto 1»);
     * a label Angular fills in ({@code {{ … }}}) reads as the variable's name.
     */
    String fileDisplay() {
        String shortLabel = label == null ? "" : label.replaceFirst("\\s*\\([^()]*\\)\\s*$", "");
        return display(shortLabel.contains("{{") ? null : shortLabel);
    }

    private String display(String text) {
        return text == null || text.isBlank() || text.strip().equals(name) ? "«" + name + "»"
                : "«" + text.strip() + "» (" + name + ")";
    }
}
