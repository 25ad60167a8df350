package id.sopflow.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sopflow.testkit.PlainTest;

/**
 * The Indonesian locale of Camunda's four webapps is complete (issue 15): every key of the {@code en.json} that
 * the Camunda webjar on the classpath ships has a translation in sopflow's {@code id.json}, keeps the English
 * text's placeholders and HTML tags, and is not English left behind by mistake. After a Camunda upgrade this test
 * lists exactly the keys to translate (README, "Bahasa Indonesia in the webapps").
 */
@PlainTest
class WebappTranslationTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Words that are the same in Indonesian: product names, abbreviations, the glossary's loanwords (deployment,
     * tenant, job, batch, filter), technical terms used as they are (endpoint, payload) and variable type names. A value identical to the English text passes only if
     * every word of it is here.
     */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "admin", "camunda", "cockpit", "tasklist", "optimize", "bpmn", "dmn", "cmmn", "feel", "csv", "json",
            "xml", "html", "api", "rest", "url", "id", "ok", "ldap", "utc", "filter", "batch", "job", "deployment",
            "deploy", "tenant", "boolean", "string", "integer", "long", "double", "short", "bytes", "null",
            "diagram", "label", "operator", "global", "status", "total", "minimum", "maksimum", "min", "max",
            "valid", "data", "detail", "normal", "format", "info", "endpoint", "payload", "pi", "di", "fni", "ede",
            "tu");

    /** English function words: two different ones in a value mean a sentence was left in English. */
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "and", "is", "are", "was", "were", "has", "have", "been", "could", "not", "with", "this", "that",
            "of", "to", "for", "from", "please", "you", "your", "an", "be", "will", "can", "which", "there", "no",
            "in", "on", "by", "it", "or", "all", "any");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
    private static final Pattern HTML_TAG =
            Pattern.compile("</?(?:a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_WORDS = Pattern.compile(
            "\\{\\{[^}]*}}|<[^>]*>|&[a-z]+;|https?://\\S+|\\b[YMDHhmsT]+(?:[-:.][YMDHhmsT]+)+\\b");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishTextHasAnIndonesianTranslation(String app) {
        Map<String, String> english = labels(webjarFile(app, "en"));
        Map<String, String> indonesian = labels(sopflowFile(app, "id"));

        List<String> missing = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        List<String> brokenPlaceholders = new ArrayList<>();
        english.forEach((key, en) -> {
            String id = indonesian.get(key);
            // Cockpit appends "s" to plural nouns (PLGN_MIG_S): Indonesian has no such ending, so it stays empty
            if (id == null || (id.isBlank() && !en.isBlank() && !en.equals("s"))) {
                missing.add(key);
                return;
            }
            if (leftInEnglish(en, id)) {
                untranslated.add(key + " = " + id);
            }
            if (!placeholders(en).equals(placeholders(id)) || !tags(en).equals(tags(id))) {
                brokenPlaceholders.add(key + ": " + en + "  →  " + id);
            }
        });

        assertThat(missing).as("%s: keys of en.json without a translation in id.json", app).isEmpty();
        assertThat(untranslated).as("%s: values left in English", app).isEmpty();
        assertThat(brokenPlaceholders).as("%s: placeholders or HTML tags changed", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void datesAreWrittenTheIndonesianWay(String app) {
        JsonNode dates = sopflowFile(app, "id").path("dateLocales");

        assertThat(dates.path("months").get(11).asText()).isEqualTo("Desember");
        assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("Senin");
        // "Senin, 7 Desember 2026 pukul 09.30" in the apps' long format
        assertThat(dates.path("longDateFormat").path("LLLL").asText()).startsWith("dddd, D MMMM YYYY");
        assertThat(dates.path("relativeTime").path("past").asText()).isEqualTo("%s yang lalu");
        assertThat(dates).as("the same dates in every app").isEqualTo(sopflowFile("tasklist", "id").path("dateLocales"));
    }

    @Test
    void englishLeftBehindIsRecognised() {
        assertThat(leftInEnglish("The task has been claimed.", "The task has been claimed.")).isTrue();
        assertThat(leftInEnglish("Business Key", "Business Key")).isTrue();
        assertThat(leftInEnglish("The task has been claimed.", "Tugas has been diambil.")).isTrue();
        assertThat(leftInEnglish("Cockpit", "Cockpit")).isFalse();
        assertThat(leftInEnglish("Tenant ID", "Tenant ID")).isFalse();
        assertThat(leftInEnglish("The task has been claimed.", "Tugas telah Anda ambil.")).isFalse();
        assertThat(leftInEnglish("Invalid date: yyyy-MM-ddTHH:mm:ss", "Tanggal harus berpola yyyy-MM-ddTHH:mm:ss"))
                .isFalse();
    }

    static boolean leftInEnglish(String english, String indonesian) {
        List<String> words = words(indonesian);
        if (indonesian.strip().equalsIgnoreCase(english.strip())
                && !SAME_IN_BOTH.containsAll(words)) {
            return true;
        }
        return words.stream().filter(ENGLISH_WORDS::contains).distinct().count() >= 2;
    }

    private static List<String> words(String text) {
        String plain = NOT_WORDS.matcher(text).replaceAll(" ");
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\\p{L}+").matcher(plain);
        while (word.find()) {
            words.add(word.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(match -> found.add(match.group(1)));
        return found;
    }

    private static List<String> tags(String text) {
        List<String> found = new ArrayList<>();
        // a link may point elsewhere (sopflow's welcome page is not Camunda's /camunda-welcome), but stays a link
        HTML_TAG.matcher(text).results().forEach(match -> found.add(
                match.group().toLowerCase(Locale.ROOT).replaceAll("href=\"[^\"]*\"", "href")));
        Collections.sort(found);
        return found;
    }

    private static Map<String, String> labels(JsonNode locale) {
        Map<String, String> labels = new TreeMap<>();
        locale.path("labels").fields().forEachRemaining(field -> labels.put(field.getKey(), field.getValue().asText()));
        assertThat(labels).isNotEmpty();
        return labels;
    }

    /** The file as Camunda's webjar ships it, even if sopflow ever put a file of the same name first. */
    private static JsonNode webjarFile(String app, String locale) {
        return read(resources(app, locale).stream()
                .filter(url -> url.toString().contains("camunda-webapp-webjar"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + locale + ".json of " + app + " in the Camunda webjar")));
    }

    /** The file the application serves: its own classpath comes before the webjar's. */
    private static JsonNode sopflowFile(String app, String locale) {
        return read(resources(app, locale).stream()
                .filter(url -> !url.toString().contains("camunda-webapp-webjar"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("sopflow has no " + locale + ".json for " + app)));
    }

    private static List<URL> resources(String app, String locale) {
        try {
            return Collections.list(WebappTranslationTest.class.getClassLoader()
                    .getResources(LOCALES.formatted(app, locale)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(URL url) {
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            // Camunda's locale files start with a UTF-8 byte order mark
            int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                    && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
            return JSON.readTree(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
