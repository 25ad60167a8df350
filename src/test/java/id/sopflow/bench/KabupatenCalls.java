package id.sopflow.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The calls the kabupaten benchmark measures, made as the clients make them: Tasklist's filter list (HAL, with the
 * card variables) and count over {@code /engine-rest} with HTTP Basic, the supervisors' API with HTTP Basic, and the
 * Cockpit plug-in with a Cockpit session. Every answer must be 200; anything else stops the run with the answer.
 */
final class KabupatenCalls {

    /** What Tasklist sends with a filter's list request (its own sort comes after the filter's stored one). */
    static final String TASKLIST_LIST_BODY = """
            {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],\
            "sorting":[{"sortBy":"created","sortOrder":"desc"}]}""";
    static final String PLUGIN = "/camunda/api/cockpit/plugin/sopflow-terlambat/default";

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    KabupatenCalls(int port) {
        this.port = port;
    }

    /** One figure: {@code calls} timings after a warm-up, and the size of the last answer. */
    record Figure(String name, int calls, double p50, double p95, int bytes) {

        String line() {
            return String.format(Locale.ROOT, "%s p50=%.0fms p95=%.0fms (%d panggilan, jawaban %d byte)", name, p50,
                    p95, calls, bytes);
        }
    }

    @FunctionalInterface
    interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    /**
     * Times {@code calls} calls after up to {@code warmUp} untimed ones. A slow call shortens both: warm-up stops
     * after a quarter of {@code budget} (at least one call), timing after {@code budget} with at least 10 calls.
     */
    static Figure measure(String name, int warmUp, int calls, Duration budget, Call call)
            throws IOException, InterruptedException {
        HttpResponse<String> last = null;
        long warmUpEnd = System.nanoTime() + budget.toNanos() / 4;
        for (int i = 0; i < warmUp && (i == 0 || System.nanoTime() < warmUpEnd); i++) {
            last = ok(call.send());
        }
        List<Double> millis = new ArrayList<>();
        long deadline = System.nanoTime() + budget.toNanos();
        while (millis.size() < calls && (millis.size() < 10 || System.nanoTime() < deadline)) {
            long start = System.nanoTime();
            last = ok(call.send());
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return new Figure(name, millis.size(), percentile(millis, 50), percentile(millis, 95),
                last == null ? 0 : last.body().getBytes(StandardCharsets.UTF_8).length);
    }

    /** Nearest rank, like the compliance report's percentiles. */
    static double percentile(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static HttpResponse<String> ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.request().uri() + " → " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    /** Tasklist's list of a filter, first page of 15, HAL with the card variables. */
    HttpResponse<String> filterList(String user, String filterId) throws IOException, InterruptedException {
        return http.send(basic(user, "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15")
                .header("Accept", "application/hal+json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TASKLIST_LIST_BODY)).build(), body());
    }

    /** Tasklist's count of a filter (the number beside each filter). */
    HttpResponse<String> filterCount(String user, String filterId) throws IOException, InterruptedException {
        return http.send(basic(user, "/engine-rest/filter/" + filterId + "/count")
                .header("Accept", "application/json").GET().build(), body());
    }

    HttpResponse<String> api(String user, String path) throws IOException, InterruptedException {
        return http.send(basic(user, path).header("Accept", "application/json").GET().build(), body());
    }

    /** A browser logged into Cockpit, as its login page does it: CSRF token first, then the form post. */
    HttpClient cockpit(String user, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrfToken = browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default")).build(),
                body()).headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        ok(browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/cockpit"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfToken)
                .header("Referer", url("/camunda/app/cockpit/default/").toString())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
                .build(), body()));
        return browser;
    }

    HttpResponse<String> plugin(HttpClient browser, String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(url(PLUGIN + path)).header("Accept", "application/json").GET()
                .build(), body());
    }

    private HttpRequest.Builder basic(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + KabupatenDataSet.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(url(path)).header("Authorization", "Basic " + credentials)
                .timeout(Duration.ofMinutes(5));
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse.BodyHandler<String> body() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }
}
