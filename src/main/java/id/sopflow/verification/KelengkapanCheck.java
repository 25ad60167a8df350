package id.sopflow.verification;

import static id.sopflow.verification.IndonesianNumbers.grouped;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the problems of one form, in the order the checks run. Each check takes the field's label as the form
 * shows it and returns whether the value passed, so that a rule can skip checks that depend on it.
 */
public final class KelengkapanCheck {

    private final List<String> problems = new ArrayList<>();

    /** Records a problem in the rule's own words. */
    public void problem(String sentence) {
        problems.add(sentence);
    }

    /** Text that is not blank. */
    public boolean required(String label, String value) {
        if (isBlank(value)) {
            problems.add(label + " wajib diisi.");
            return false;
        }
        return true;
    }

    /** At most {@code max} characters (emoji and other characters outside the BMP count as one). */
    public boolean maxLength(String label, String value, int max) {
        int length = length(value);
        if (length > max) {
            problems.add(label + " terlalu panjang: " + grouped(length) + " karakter, paling banyak " + grouped(max)
                    + " karakter.");
            return false;
        }
        return true;
    }

    /** A number that is zero or more; no number passes (use {@link #requiredNumber} for that). */
    public boolean notNegative(String label, Long value) {
        if (value != null && value < 0) {
            problems.add(label + " tidak boleh negatif.");
            return false;
        }
        return true;
    }

    /** A number above zero; no number passes (use {@link #requiredNumber} for that). */
    public boolean positive(String label, Long value) {
        if (value != null && value <= 0) {
            problems.add(label + " harus lebih besar dari nol.");
            return false;
        }
        return true;
    }

    /**
     * A date field as forms send it: {@code yyyy-mm-dd}, or a timestamp whose first ten characters are that day.
     *
     * @return the day; empty (and the problem recorded) when the field is blank or not a date
     */
    public Optional<LocalDate> requiredDate(String label, String value) {
        Optional<LocalDate> date = Optional.empty();
        if (!isBlank(value)) {
            String text = value.strip();
            try {
                date = Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
            } catch (DateTimeParseException notADate) {
                date = Optional.empty();
            }
        }
        if (date.isEmpty()) {
            problems.add(label + " wajib diisi (tanggal yang sah).");
        }
        return date;
    }

    /**
     * Links pasted one per line, each a web address; a blank text passes (use {@link #required} first when the
     * links are required).
     */
    public boolean webAddresses(String text) {
        boolean passed = true;
        for (String link : WebAddress.lines(text)) {
            if (WebAddress.host(link).isEmpty()) {
                problems.add(WebAddress.notAWebAddress(link));
                passed = false;
            }
        }
        return passed;
    }

    public boolean requiredNumber(String label, Long value) {
        if (value == null) {
            problems.add(label + " wajib diisi.");
            return false;
        }
        return true;
    }

    /** An uploaded file {@code rule} accepts (see {@link UploadRule}); no file passes. */
    public boolean upload(String label, UploadedFile file, UploadRule rule) {
        if (file == null) {
            return true;
        }
        List<String> found = rule.problemsOf(label, file);
        problems.addAll(found);
        return found.isEmpty();
    }

    /**
     * An uploaded file {@code rule} accepts, which must be there: an empty file (what Tasklist submits for a file
     * input left empty) counts as none.
     */
    public boolean requiredUpload(String label, UploadedFile file, UploadRule rule) {
        if (file == null || file.size() == 0) {
            problems.add(rule.missing(label));
            return false;
        }
        return upload(label, file, rule);
    }

    public Kelengkapan result() {
        return new Kelengkapan(problems);
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }

    /** {@code [a, b, c]} → {@code a, b atau c}. */
    public static String orList(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " atau " + items.get(items.size() - 1);
    }
}
