package id.sopflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.sopflow.sop.sipa.SipaPublicSteps;
import id.sopflow.testkit.SharedContextTest;

/**
 * Issue 13 §4 over HTTP: the Facebook webhook refuses a body larger than any Page event before reading it (413 in
 * Bahasa Indonesia), whether it declares its length or not; and no response of sopflow's pages, the REST API, the
 * webapps or the webhook carries the same header twice (nosniff and the referrer policy were sent twice).
 */
@SharedContextTest
class PublicChannelHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    private final HttpClient http = HttpClient.newHttpClient();
    private SipaPublicSteps steps;

    @BeforeEach
    void setUp() {
        steps = new SipaPublicSteps(engine);
    }

    @AfterEach
    void tearDown() {
        steps.tearDown();
    }

    @Test
    void anOversizedWebhookBodyIsRefusedBeforeItIsRead() throws Exception {
        // Declares a gigabyte and sends none of it: the answer comes at once, so the body was never waited for.
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /webhook/facebook HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + "Content-Type: application/json\r\nX-Hub-Signature-256: sha256=00\r\n"
                    + "Content-Length: 1073741824\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readHead(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("terlalu besar");
        }

        // Without a declared length (chunked), it is read only up to the limit.
        byte[] big = new byte[300 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(uri("/webhook/facebook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("Isi peristiwa terlalu besar");

        HttpResponse<String> small = http.send(HttpRequest.newBuilder(uri("/webhook/facebook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"object\":\"page\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).as("an ordinary body still meets the signature check").isEqualTo(403);
    }

    @Test
    void noResponseHeaderIsSentTwice() throws Exception {
        ProcessInstance report = steps.publishedReport("pemdes-babayau", "Jalan usaha tani", null);
        String page = "/publik/sipa/" + report.getBusinessKey();
        List<HttpResponse<String>> responses = new ArrayList<>();
        HttpResponse<String> publicPage = send(HttpRequest.newBuilder(uri(page)).GET());
        responses.add(publicPage);
        responses.add(send(HttpRequest.newBuilder(uri(page + "/foto/1")).GET()));
        responses.add(send(HttpRequest.newBuilder(uri(page + "/foto/3")).GET()));
        responses.add(send(HttpRequest.newBuilder(uri("/publik/sipa/tidakada123")).GET()));
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(publicPage.body());
        assertThat(token.find()).isTrue();
        responses.add(send(HttpRequest.newBuilder(uri(page + "/pertanyaan"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token.group(1),
                        StandardCharsets.UTF_8) + "&isi=Kapan+selesai%3F"))));
        responses.add(send(HttpRequest.newBuilder(uri(page + "/pertanyaan"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=salah&isi=x"))));
        responses.add(send(HttpRequest.newBuilder(uri("/webhook/facebook?hub.mode=subscribe")).GET()));
        responses.add(send(HttpRequest.newBuilder(uri("/webhook/facebook")).POST(HttpRequest.BodyPublishers
                .ofString("{}"))));
        responses.add(send(HttpRequest.newBuilder(uri("/engine-rest/task")).GET()));
        responses.add(StaffClient.basic(port, "pemdes-babayau", "demo").get("/engine-rest/task"));
        responses.add(StaffClient.basic(port, "pemdes-babayau", "demo").get("/engine-rest/task/tidak-ada"));
        StaffClient tasklist = StaffClient.tasklistSession(port, "pemdes-babayau", "demo");
        responses.add(tasklist.get(StaffClient.WEBAPP_ENGINE_API + "/task"));
        responses.add(tasklist.get("/camunda/app/tasklist/default/"));
        responses.add(send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/")).GET()));
        responses.add(StaffClient.basic(port, "pemdes-babayau", "demo").download("/laporan-saya"));

        for (HttpResponse<String> response : responses) {
            for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
                String name = header.getKey().toLowerCase(Locale.ROOT);
                if (name.equals("set-cookie") || name.equals("vary")) {
                    continue;
                }
                assertThat(header.getValue()).as(response.request().method() + " " + response.uri() + " → "
                        + response.statusCode() + ": header " + header.getKey()).hasSize(1);
            }
        }
        assertThat(publicPage.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(publicPage.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The status line, the headers and as much of the body as has arrived. */
    private static String readHead(InputStream in) throws Exception {
        byte[] buffer = new byte[8192];
        StringBuilder text = new StringBuilder();
        while (!text.toString().contains("\r\n\r\n") || !text.toString().contains("besar")) {
            int read = in.read(buffer);
            if (read < 0) {
                break;
            }
            text.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}
