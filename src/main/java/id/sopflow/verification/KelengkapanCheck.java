package id.sopflow.verification;

import static id.sopflow.verification.IndonesianNumbers.grouped;
import static id.sopflow.verification.IndonesianNumbers.megabytes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Collects the problems of one form, in the order the checks run. Each check takes the field's label as the form
 * shows it and returns whether the value passed, so that a rule can skip checks that depend on it.
 */
public final class KelengkapanCheck {

    private static final String PHOTO_FORMATS = Arrays.stream(ImageType.values()).map(ImageType::label)
            .collect(Collectors.collectingAndThen(Collectors.toList(), KelengkapanCheck::orList));

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

    /**
     * A photo that really is a JPEG, PNG or WebP image, judged by its content. The file name is never trusted; the
     * browser's MIME type must not claim something else (a PNG saved as {@code .jpg} arrives as {@code image/jpeg}
     * and passes, a page disguised as an image with {@code text/html} does not). A missing or generic MIME type is
     * left to the content.
     */
    public boolean photo(String label, UploadedFile file) {
        Optional<ImageType> content = ImageType.ofContent(file.content());
        if (content.isEmpty()) {
            problems.add(label + named(file) + " bukan gambar " + PHOTO_FORMATS
                    + "; unggah foto dalam salah satu format itu.");
            return false;
        }
        String mimeType = file.mimeType();
        if (!isGeneric(mimeType) && ImageType.ofMimeType(mimeType).isEmpty()) {
            problems.add(label + named(file) + " dikirim sebagai " + mimeType + ", bukan sebagai gambar "
                    + PHOTO_FORMATS + "; unggah ulang fotonya.");
            return false;
        }
        return true;
    }

    public boolean maxSize(String label, UploadedFile file, long maxBytes) {
        if (file.size() > maxBytes) {
            problems.add(label + named(file) + " berukuran " + megabytes(file.size(), true) + "; paling besar "
                    + megabytes(maxBytes, false) + ".");
            return false;
        }
        return true;
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

    private static String named(UploadedFile file) {
        return isBlank(file.fileName()) ? "" : " (\"" + file.fileName() + "\")";
    }

    private static boolean isGeneric(String mimeType) {
        return isBlank(mimeType) || mimeType.trim().toLowerCase(Locale.ROOT).startsWith("application/octet-stream");
    }
}
