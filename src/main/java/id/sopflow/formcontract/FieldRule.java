package id.sopflow.formcontract;

import java.util.List;

/**
 * What a form declares about one variable: its kind and the rules the browser enforces, which the server enforces
 * again ({@link FormContract}). {@code required} is false for a field the form shows only under a condition the
 * server cannot evaluate (form-js {@code conditional}, an embedded form's {@code ng-if}/{@code ng-show}).
 */
record FieldRule(String name, String label, Kind kind, boolean required, Integer minLength, Integer maxLength,
        Double min, Double max, String pattern, List<String> options) {

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
        return label == null || label.isBlank() || label.equals(name) ? "«" + name + "»"
                : "«" + label.strip() + "» (" + name + ")";
    }
}
