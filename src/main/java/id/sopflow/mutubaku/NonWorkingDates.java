package id.sopflow.mutubaku;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Dates on which offices are closed although the weekday has office hours: hari libur nasional, cuti bersama and
 * whatever the operator adds in configuration. Dates read from the holiday file carry their name; added dates do not.
 */
public final class NonWorkingDates {

    /** The holiday file shipped with sopflow. */
    public static final String DEFAULT_RESOURCE = "sopflow/hari-libur.yaml";

    private static final Set<String> KEYS = Set.of("tanggal", "nama", "jenis");
    private static final Set<String> KINDS = Set.of("libur-nasional", "cuti-bersama");

    private final SortedSet<LocalDate> dates;
    private final Map<LocalDate, String> names;

    private NonWorkingDates(SortedSet<LocalDate> dates, Map<LocalDate, String> names) {
        this.dates = Collections.unmodifiableSortedSet(dates);
        this.names = Collections.unmodifiableMap(names);
    }

    /**
     * Reads a holiday file from the classpath: a YAML list of {@code {tanggal, nama, jenis}} entries, {@code jenis}
     * being {@code libur-nasional} or {@code cuti-bersama}.
     *
     * @param resource path on the classpath without a leading slash, e.g. {@link #DEFAULT_RESOURCE}
     * @throws IllegalArgumentException if the file is missing or an entry is invalid
     */
    public static NonWorkingDates fromClasspath(String resource) {
        try (InputStream in = NonWorkingDates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("Berkas hari libur '" + resource + "' tidak ditemukan di classpath");
            }
            return parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas hari libur '" + resource + "' tidak dapat dibaca", e);
        }
    }

    public static NonWorkingDates of(Collection<LocalDate> dates) {
        return new NonWorkingDates(new TreeSet<>(dates), Map.of());
    }

    /** These dates and {@code extra}; a date already named here keeps its name. */
    public NonWorkingDates plus(Collection<LocalDate> extra) {
        SortedSet<LocalDate> union = new TreeSet<>(dates);
        union.addAll(extra);
        return new NonWorkingDates(union, names);
    }

    /** Sorted, unmodifiable. */
    public Set<LocalDate> dates() {
        return dates;
    }

    public Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(names.get(date));
    }

    /** Reads holiday entries from {@code reader}; {@code resource} names the source in error messages. */
    static NonWorkingDates parse(String resource, Reader reader) {
        Object root;
        try {
            root = newYaml().load(reader);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(
                    "Berkas hari libur '" + resource + "' bukan YAML yang sah: " + e.getMessage(), e);
        }
        if (root == null) {
            return of(List.of());
        }
        if (!(root instanceof List<?> entries)) {
            throw new IllegalArgumentException("Berkas hari libur '" + resource
                    + "' harus berisi daftar entri {tanggal, nama, jenis}");
        }
        SortedMap<LocalDate, String> named = new TreeMap<>();
        Map<LocalDate, Integer> entryOfDate = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            int number = i + 1;
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                throw badEntry(resource, number, "harus berupa {tanggal, nama, jenis}");
            }
            for (Object key : entry.keySet()) {
                if (!KEYS.contains(String.valueOf(key))) {
                    throw badEntry(resource, number, "kunci '" + key + "' tidak dikenal; gunakan tanggal, nama, jenis");
                }
            }
            LocalDate date = date(resource, number, entry.get("tanggal"));
            String name = text(entry.get("nama"));
            if (name.isEmpty()) {
                throw badEntry(resource, number, "nama untuk tanggal " + date + " wajib diisi");
            }
            String kind = text(entry.get("jenis"));
            if (!KINDS.contains(kind)) {
                throw badEntry(resource, number, "jenis '" + kind + "' untuk tanggal " + date
                        + " tidak dikenal; gunakan libur-nasional atau cuti-bersama");
            }
            Integer earlier = entryOfDate.putIfAbsent(date, number);
            if (earlier != null) {
                throw badEntry(resource, number, "tanggal " + date + " sudah tercantum pada entri ke-" + earlier);
            }
            named.put(date, name);
        }
        return new NonWorkingDates(new TreeSet<>(named.keySet()), named);
    }

    private static LocalDate date(String resource, int number, Object value) {
        if (value == null) {
            throw badEntry(resource, number, "tanggal wajib diisi");
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw badEntry(resource, number, "tanggal '" + value + "' tidak sah; gunakan format TTTT-BB-HH, misalnya"
                    + " 2026-08-17");
        }
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    private static IllegalArgumentException badEntry(String resource, int number, String problem) {
        return new IllegalArgumentException(
                "Berkas hari libur '" + resource + "', entri ke-" + number + ": " + problem);
    }

    private static Yaml newYaml() {
        LoaderOptions loaderOptions = new LoaderOptions();
        DumperOptions dumperOptions = new DumperOptions();
        return new Yaml(new SafeConstructor(loaderOptions), new Representer(dumperOptions), dumperOptions,
                loaderOptions, new DatesAsText());
    }

    /**
     * Leaves {@code tanggal} as text for {@link LocalDate#parse}: SnakeYAML would otherwise make it a
     * {@link java.util.Date} and silently roll an impossible date such as 2026-02-30 over into March.
     */
    private static final class DatesAsText extends Resolver {

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }
}
