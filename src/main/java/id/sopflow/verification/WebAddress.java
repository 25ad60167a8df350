package id.sopflow.verification;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Links as staff paste them: one per line, each an absolute http(s) address with a host name. */
public final class WebAddress {

    private WebAddress() {
    }

    /** The non-blank lines of a text field, trimmed. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    /** The host name, in lower case, of an absolute http(s) address; empty for anything else. */
    public static Optional<String> host(String text) {
        try {
            URI uri = URI.create(text);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null && uri.getHost().contains(".")
                    ? Optional.of(uri.getHost().toLowerCase(Locale.ROOT)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The one wording of a link that is not a web address, for every check. */
    public static String notAWebAddress(String link) {
        return "\"" + link + "\" bukan alamat web yang sah; tautan harus diawali https:// atau http://.";
    }
}
