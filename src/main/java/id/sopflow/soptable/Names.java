package id.sopflow.soptable;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Readable ids from Indonesian text (GUIDE §3): {@code "Periksa kelengkapan berkas"} becomes
 * {@code periksaKelengkapanBerkas}; a name used twice gets the row number. Ids never depend on anything but the
 * table, so the same table gives the same ids.
 */
final class Names {

    /** Words that make an id long without telling steps apart. */
    private static final Set<String> FILLER = Set.of("dan", "atau", "yang", "di", "ke", "dari", "untuk", "oleh",
            "dengan", "kepada", "pada", "serta", "para", "sebagai");
    private static final int MAX_WORDS = 4;

    private final Set<String> used = new HashSet<>();

    /** camelCase of the first words of a text, at most {@value #MAX_WORDS} meaningful words. */
    static String camel(String text) {
        List<String> words = new ArrayList<>();
        for (String word : ascii(text).split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty() && !FILLER.contains(word.toLowerCase(Locale.ROOT)) && words.size() < MAX_WORDS) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        if (words.isEmpty()) {
            return "langkah";
        }
        StringBuilder id = new StringBuilder(words.get(0));
        for (String word : words.subList(1, words.size())) {
            id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return Character.isDigit(id.charAt(0)) ? "n" + id : id.toString();
    }

    static String capitalised(String camel) {
        return Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }

    /** Kebab case for file names: {@code "Periksa berkas"} → {@code periksa-berkas}. */
    static String kebab(String text) {
        return ascii(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** The base itself when still free, else the base with the suffix, else numbered. */
    String unique(String base, String suffix) {
        String id = base;
        if (used.contains(id)) {
            id = base + suffix;
        }
        for (int i = 2; used.contains(id); i++) {
            id = base + suffix + i;
        }
        used.add(id);
        return id;
    }
}
