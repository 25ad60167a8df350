package id.sopflow.formcontract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.camunda.bpm.engine.variable.impl.value.FileValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The deployed form of one start event or user task read as a contract: which variables a submission may write
 * and the rules their values must meet. {@link #problems} lists, in Bahasa Indonesia, everything wrong with a
 * submission at once, so that the user fixes all of it in one go.
 */
record FormContract(String form, Map<String, FieldRule> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static FormContract none(String what) {
        return new FormContract(what, Map.of());
    }

    /**
     * @param values    the variables written, by name (a null value is a field left empty)
     * @param removed   the variables deleted
     * @param existing  the current value of a variable of the task (null for a start form)
     * @param complete  whether this is the form's submission (required fields are checked) or a partial write
     * @param computed  the variables the process computes itself: never writable, whatever the form declares
     */
    List<String> problems(Map<String, TypedValue> values, Collection<String> removed,
            Function<String, Object> existing, boolean complete, Set<String> computed) {
        List<String> problems = new ArrayList<>();
        for (String name : removed) {
            if (isInternal(name, computed)) {
                problems.add("«" + name + "» diisi oleh sistem dan tidak boleh dihapus.");
            }
        }
        Map<String, TypedValue> declared = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if ((isInternal(name, computed) || !fields.containsKey(name)) && isUnchanged(value, existing.apply(name))) {
                // Tasklist's embedded forms send back every variable their script fetched for display, unchanged:
                // writing a variable's own value is no write.
                return;
            }
            if (isInternal(name, computed)) {
                problems.add("«" + name + "» diisi oleh sistem dan tidak boleh diisi dari luar.");
            } else if (!fields.containsKey(name)) {
                problems.add("«" + name + "» tidak ada di formulir ini dan tidak boleh diisi.");
            } else {
                declared.put(name, value);
            }
        });
        for (FieldRule field : fields.values()) {
            if (declared.containsKey(field.name())) {
                check(field, declared.get(field.name()), problems);
            } else if (complete && field.required() && !removed.contains(field.name())
                    && isEmpty(existing.apply(field.name()))) {
                problems.add(field.display() + " wajib diisi.");
            }
        }
        return problems;
    }

    private static boolean isUnchanged(TypedValue submitted, Object current) {
        if (submitted instanceof FileValue || submitted != null && submitted.getType() != null
                && submitted instanceof SerializableValue) {
            return false;
        }
        Object value = submitted == null ? null : submitted.getValue();
        if (isNothing(value) && isNothing(current)) {
            // A read-only Camunda Form field shown empty comes back as "" for a variable that was never set.
            return true;
        }
        if (value instanceof Number number && current instanceof Number stored) {
            return number.doubleValue() == stored.doubleValue();
        }
        return java.util.Objects.equals(value, current);
    }

    private static boolean isNothing(Object value) {
        return value == null || "".equals(value);
    }

    static boolean isInternal(String name, Set<String> computed) {
        return name.startsWith("_") || computed.contains(name);
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> list && list.isEmpty();
    }

    private static void check(FieldRule field, TypedValue typed, List<String> problems) {
        ValueType type = typed == null ? null : typed.getType();
        if (type != null && (type.equals(ValueType.OBJECT) || typed instanceof SerializableValue
                && !(typed instanceof FileValue) && !field.kind().equals(FieldRule.Kind.LIST))) {
            problems.add(field.display() + " harus berupa " + field.kind().description
                    + ", bukan objek Java atau data berserialisasi.");
            return;
        }
        if (typed instanceof FileValue file) {
            boolean unnamed = file.getFilename() == null || file.getFilename().isBlank();
            if (field.kind() != FieldRule.Kind.FILE) {
                problems.add(field.display() + " harus berupa " + field.kind().description + ", bukan berkas.");
            } else if (unnamed && isEmptyFile(file)) {
                // What Tasklist sends for a file input left untouched: the field is empty.
                if (field.required()) {
                    problems.add(field.display() + " wajib diisi.");
                }
            } else if (unnamed) {
                problems.add(field.display() + ": berkas harus memiliki nama berkas.");
            } else {
                checkFileSize(field, file, problems);
            }
            return;
        }
        Object value = typed == null ? null : typed.getValue();
        if (isEmpty(value)) {
            if (field.required()) {
                problems.add(field.display() + " wajib diisi.");
            }
            return;
        }
        switch (field.kind()) {
            case FILE -> problems.add(field.display() + " harus berupa berkas yang diunggah.");
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) {
                    problems.add(field.display() + " harus berupa Ya/Tidak (true/false), bukan \"" + shorten(value)
                            + "\".");
                } else if (!field.options().isEmpty() && !field.options().contains(value.toString())) {
                    problems.add(field.display() + " wajib dicentang.");
                }
            }
            case WHOLE_NUMBER, NUMBER -> checkNumber(field, value, problems);
            case DATE -> {
                if (!(value instanceof Date)) {
                    problems.add(field.display() + " harus berupa tanggal, bukan \"" + shorten(value) + "\".");
                }
            }
            case DATE_TEXT, DATETIME_TEXT -> checkDateText(field, value, problems);
            case LIST -> checkList(field, value, problems);
            case TEXT, ANY -> {
                if (value instanceof String text) {
                    checkText(field, text, problems);
                } else if (field.kind() == FieldRule.Kind.TEXT || !(value instanceof Number
                        || value instanceof Boolean)) {
                    problems.add(field.display() + " harus berupa " + field.kind().description + ", bukan "
                            + describe(value) + ".");
                }
            }
        }
    }

    /**
     * The file input's {@code cam-max-filesize}, which Tasklist checks only in the browser: judged by the same
     * {@link id.sopflow.verification.UploadRule} as every SOP's own upload slots, so a refusal reads the same
     * ("… berukuran 10,1 MB; paling besar 10 MB."). The rule lists no types: only the size is judged here, the
     * content is left to the SOP's own checks.
     */
    private static void checkFileSize(FieldRule field, FileValue file, List<String> problems) {
        FieldRule.FileSize limit = field.fileSize();
        if (limit == null) {
            return;
        }
        if (limit.rule() == null) {
            problems.add(field.fileDisplay() + ": batas ukuran berkas di formulir tidak sah (cam-max-filesize=\""
                    + shorten(limit.unreadable()) + "\" bukan jumlah byte), jadi berkas tidak dapat diterima; hubungi "
                    + "pemilik proses.");
            return;
        }
        problems.addAll(limit.rule().problemsOf(field.fileDisplay(), file.getFilename(), file.getMimeType(),
                sizeOf(file), new byte[0]));
    }

    private static long sizeOf(FileValue file) {
        if (file instanceof FileValueImpl stored) {
            return stored.getByteArray() == null ? 0 : stored.getByteArray().length;
        }
        try (InputStream content = file.getValue()) {
            return content == null ? 0 : content.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmptyFile(FileValue file) {
        return !(file instanceof FileValueImpl stored) || stored.getByteArray() == null
                || stored.getByteArray().length == 0;
    }

    private static void checkNumber(FieldRule field, Object value, List<String> problems) {
        if (!(value instanceof Number number)) {
            problems.add(field.display() + " harus berupa angka, bukan \"" + shorten(value) + "\".");
            return;
        }
        double amount = number.doubleValue();
        if (Double.isNaN(amount) || Double.isInfinite(amount)) {
            problems.add(field.display() + " harus berupa angka yang sah.");
            return;
        }
        if (field.kind() == FieldRule.Kind.WHOLE_NUMBER && amount != Math.rint(amount)) {
            problems.add(field.display() + " harus berupa bilangan bulat.");
        }
        if (field.min() != null && amount < field.min()) {
            problems.add(field.display() + " paling kecil " + plain(field.min()) + ".");
        }
        if (field.max() != null && amount > field.max()) {
            problems.add(field.display() + " paling besar " + plain(field.max()) + ".");
        }
    }

    private static void checkDateText(FieldRule field, Object value, List<String> problems) {
        if (!(value instanceof String text)) {
            problems.add(field.display() + " harus berupa " + field.kind().description + ", bukan "
                    + describe(value) + ".");
            return;
        }
        try {
            if (field.kind() == FieldRule.Kind.DATE_TEXT) {
                // form-js sends yyyy-MM-dd; API clients often send the date with a time of day.
                String day = text.strip().length() > 10 && text.strip().charAt(10) == 'T'
                        ? dayOf(text.strip()) : text.strip();
                LocalDate date = LocalDate.parse(day);
                if (date.getYear() < 1900 || date.getYear() > 2999) {
                    problems.add(field.display() + ": tahun " + date.getYear() + " di luar jangkauan 1900–2999.");
                }
            } else {
                parseDateTime(text.strip());
            }
        } catch (DateTimeParseException e) {
            problems.add(field.display() + " harus berupa " + field.kind().description + ", bukan \""
                    + shorten(text) + "\".");
        }
    }

    private static String dayOf(String dateTime) {
        parseDateTime(dateTime);
        return dateTime.substring(0, 10);
    }

    private static void parseDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
        } catch (DateTimeParseException notOffset) {
            try {
                LocalDateTime.parse(text);
            } catch (DateTimeParseException notLocal) {
                LocalTime.parse(text);
            }
        }
    }

    private static void checkList(FieldRule field, Object value, List<String> problems) {
        List<String> chosen = new ArrayList<>();
        try {
            JsonNode list = value instanceof String text ? JSON.readTree(text) : JSON.valueToTree(value);
            if (!list.isArray()) {
                throw new IllegalArgumentException();
            }
            list.forEach(item -> chosen.add(item.asText()));
        } catch (Exception e) {
            problems.add(field.display() + " harus berupa daftar pilihan.");
            return;
        }
        for (String item : chosen) {
            if (!field.options().isEmpty() && !field.options().contains(item)) {
                problems.add(field.display() + ": \"" + shorten(item) + "\" bukan pilihan yang tersedia ("
                        + String.join(", ", field.options()) + ").");
            }
        }
    }

    private static void checkText(FieldRule field, String text, List<String> problems) {
        int length = text.codePointCount(0, text.length());
        if (field.maxLength() != null && length > field.maxLength()) {
            problems.add(field.display() + " paling banyak " + field.maxLength() + " karakter (terisi " + length
                    + ").");
        }
        if (field.minLength() != null && length < field.minLength()) {
            problems.add(field.display() + " paling sedikit " + field.minLength() + " karakter (terisi " + length
                    + ").");
        }
        if (!field.options().isEmpty() && !field.options().contains(text)) {
            problems.add(field.display() + ": \"" + shorten(text) + "\" bukan pilihan yang tersedia ("
                    + String.join(", ", field.options()) + ").");
        }
        if (field.pattern() != null && !field.pattern().isEmpty()) {
            try {
                // Browsers strip the surrounding whitespace of URL, e-mail and similar inputs before matching.
                if (!Pattern.compile(field.pattern()).matcher(text.strip()).find()) {
                    problems.add(field.display() + " tidak sesuai format yang diminta formulir.");
                }
            } catch (PatternSyntaxException e) {
                problems.add(field.display() + ": pola isian di formulir tidak sah; hubungi pemilik proses.");
            }
        }
    }

    private static String describe(Object value) {
        if (value instanceof Number) {
            return "angka";
        }
        if (value instanceof Boolean) {
            return "Ya/Tidak";
        }
        if (value instanceof Date) {
            return "tanggal";
        }
        return value instanceof String ? "teks" : "data jenis lain";
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
