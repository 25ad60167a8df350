package id.sopflow.sop.ppid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import id.sopflow.publishing.Platform;

/**
 * The output of row 9: each platform's link and how it was posted, kept per platform ({@code tautanInstagram},
 * {@code saluranInstagram}, …) so that parallel postings never write the same variable, and summed up in {@link
 * PpidVariables#DAFTAR_TAUTAN} for the forms of rows 10 and 11.
 */
final class PpidPostLinks {

    static final String AUTOMATIC = "otomatis";
    static final String MANUAL = "manual";

    private PpidPostLinks() {
    }

    static void record(VariableScope scope, Platform platform, String link, String channel) {
        PpidVariables.TAUTAN_PLATFORM.get(platform).set(scope, link);
        PpidVariables.SALURAN_PLATFORM.get(platform).set(scope, channel);
        List<String> lines = new ArrayList<>();
        of(scope).forEach((posted, url) -> lines.add("- " + posted.label() + ": " + url));
        PpidVariables.DAFTAR_TAUTAN.set(scope, String.join("\n", lines));
    }

    /** Every link recorded so far, in platform order. */
    static Map<Platform, String> of(VariableScope scope) {
        Map<Platform, String> links = new LinkedHashMap<>();
        for (Platform platform : Platform.values()) {
            PpidVariables.TAUTAN_PLATFORM.get(platform).from(scope).filter(url -> !url.isBlank())
                    .ifPresent(url -> links.put(platform, url));
        }
        return links;
    }

    static Platform platformOf(VariableScope scope) {
        String id = PpidVariables.PLATFORM_UNGGAH.require(scope);
        return Platform.byId(id).orElseThrow(() -> new IllegalStateException("Platform tidak dikenal: " + id));
    }
}
