package id.sopflow.sop.sipa;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * Comments on Facebook posts SIPA published, through the real webhook with signatures computed here as Facebook
 * computes them: the handshake; a valid comment becoming a question of its report; invalid, missing and foreign
 * signatures refused with nothing stored; a replayed delivery and a redelivered comment taken in once; comments on
 * unknown posts and the Page's own comments ignored; the answer replied to the comment, once, through a local
 * stand-in of the Graph API. Posting also prints the report's public page in the post.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sopflow.publishing.facebook.webhook.app-secret=rahasia-aplikasi-uji",
        "sopflow.publishing.facebook.webhook.verify-token=token-verifikasi-uji",
        "sopflow.publishing.facebook.webhook.reply-to-comments=true",
        "sopflow.public-url=https://sipa.paringin.example"})
class SipaFacebookWebhookTest {

    private static final String SECRET = "rahasia-aplikasi-uji";
    private static final String POST_ID = "777_555";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void facebook(DynamicPropertyRegistry properties) {
        properties.add("sopflow.publishing.facebook.graph-url", graph::baseUrl);
        properties.add("sopflow.publishing.facebook.pages.desa-babayau.page-id", () -> "777");
        properties.add("sopflow.publishing.facebook.pages.desa-babayau.access-token", () -> "token-uji");
    }

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SipaQuestions questions;

    private final SipaProcessTest steps = new SipaProcessTest();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private ProcessInstance report;

    @BeforeEach
    void postedToFacebook() {
        steps.engine = engine;
        steps.setUp();
        jdbc.update("DELETE FROM SOPFLOW_FACEBOOK_COMMENT");
        jdbc.update("DELETE FROM SOPFLOW_PUBLICATION");
        graph.resetAll();
        graph.stubFor(post(urlPathEqualTo("/777/photos")).willReturn(okJson("{\"id\":\"9001\"}")));
        graph.stubFor(post(urlPathEqualTo("/777/feed")).willReturn(okJson("{\"id\":\"" + POST_ID + "\"}")));
        graph.stubFor(get(urlPathEqualTo("/" + POST_ID)).willReturn(okJson(
                "{\"permalink_url\":\"https://www.facebook.com/desababayau/posts/pfbid0sipa\"}")));
        report = steps.startAs("pemdes-babayau", SipaFixtures.completeReport());
        steps.verify(report, "admin-sipa", true, null);
        steps.executeJob(report, SipaElements.UNGGAH_MEDSOS);
        steps.executeJob(report, SipaElements.UNGGAH_MEDSOS);
    }

    @AfterEach
    void tearDown() {
        steps.tearDown();
    }

    @Test
    void thePostCarriesThePublicPageOfTheReport() {
        String code = report.getBusinessKey();
        graph.verify(1, postRequestedFor(urlPathEqualTo("/777/feed")).withRequestBody(containing(
                URLEncoder.encode("https://sipa.paringin.example/publik/sipa/" + code, StandardCharsets.UTF_8))));
        graph.verify(1, postRequestedFor(urlPathEqualTo("/777/feed")).withRequestBody(containing(
                URLEncoder.encode("(kode laporan " + code + ")", StandardCharsets.UTF_8))));
        assertThat(SipaVariables.ALAMAT_HALAMAN_PUBLIK.fromCase(engine.getRuntimeService(), report.getId()))
                .contains("https://sipa.paringin.example/publik/sipa/" + code);
    }

    @Test
    void theHandshakeEchoesTheChallengeOnlyForTheVerifyToken() throws Exception {
        HttpResponse<String> ok = httpGet("/webhook/facebook?hub.mode=subscribe&hub.verify_token=token-verifikasi-uji"
                + "&hub.challenge=1158201444");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("1158201444");

        assertThat(httpGet("/webhook/facebook?hub.mode=subscribe&hub.verify_token=salah&hub.challenge=1").statusCode())
                .isEqualTo(403);
        assertThat(httpGet("/webhook/facebook?hub.verify_token=token-verifikasi-uji&hub.challenge=1").statusCode())
                .isEqualTo(403);
        HttpResponse<String> html = httpGet("/webhook/facebook?hub.mode=subscribe&hub.verify_token=token-verifikasi-uji"
                + "&hub.challenge=%3Cscript%3E");
        assertThat(html.statusCode()).isEqualTo(403);
        assertThat(html.body()).doesNotContain("<script>");
    }

    @Test
    void aSignedCommentBecomesAQuestionOnceHoweverOftenItIsDelivered() throws Exception {
        String event = commentEvent("555_9001", POST_ID, "1234", "Budi Santoso", "Kapan jalannya diperbaiki?", 1);

        HttpResponse<String> first = deliver(event, signature(SECRET, event));
        assertThat(first.statusCode()).isEqualTo(200);
        List<Task> asked = questionTasks();
        assertThat(asked).hasSize(1);
        Map<String, Object> question = engine.getTaskService().getVariables(asked.get(0).getId());
        assertThat(question).containsEntry(SipaVariables.PERTANYAAN_ISI.name(), "Kapan jalannya diperbaiki?")
                .containsEntry(SipaVariables.PERTANYAAN_NAMA.name(), "Budi Santoso")
                .containsEntry(SipaVariables.PERTANYAAN_KONTAK.name(), "Facebook")
                .containsEntry(SipaVariables.PERTANYAAN_KOMENTAR_ID.name(), "555_9001");

        assertThat(deliver(event, signature(SECRET, event)).statusCode()).as("replayed delivery").isEqualTo(200);
        String redelivered = commentEvent("555_9001", POST_ID, "1234", "Budi Santoso", "Kapan jalannya diperbaiki?", 2);
        assertThat(deliver(redelivered, signature(SECRET, redelivered)).statusCode()).isEqualTo(200);
        assertThat(questionTasks()).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SOPFLOW_FACEBOOK_COMMENT WHERE COMMENT_ID = '555_9001'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void anInvalidSignatureIsRefusedAndNothingIsStored() throws Exception {
        String event = commentEvent("555_9002", POST_ID, "1234", "Budi", "Halo?", 1);

        assertThat(deliver(event, null).statusCode()).isEqualTo(403);
        assertThat(deliver(event, "sha256=" + "0".repeat(64)).statusCode()).isEqualTo(403);
        assertThat(deliver(event, signature("rahasia-lain", event)).statusCode()).isEqualTo(403);
        assertThat(deliver(event, "sha256=bukan-hex").statusCode()).isEqualTo(403);
        String tampered = event.replace("Halo?", "Halo, diubah di jalan?");
        assertThat(deliver(tampered, signature(SECRET, event)).statusCode()).isEqualTo(403);

        assertThat(questionTasks()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SOPFLOW_FACEBOOK_COMMENT", Integer.class)).isZero();
    }

    @Test
    void commentsOnUnknownPostsAndThePagesOwnAreAcknowledgedAndIgnored() throws Exception {
        String unknown = commentEvent("556_1", "777_999", "1234", "Budi", "Ini unggahan lain", 1);
        assertThat(deliver(unknown, signature(SECRET, unknown)).statusCode()).isEqualTo(200);
        String own = commentEvent("555_9003", POST_ID, "777", "Desa Babayau", "Terima kasih", 1);
        assertThat(deliver(own, signature(SECRET, own)).statusCode()).isEqualTo(200);
        String notJson = "bukan json";
        assertThat(deliver(notJson, signature(SECRET, notJson)).statusCode()).isEqualTo(400);

        assertThat(questionTasks()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SOPFLOW_FACEBOOK_COMMENT", Integer.class)).isZero();
    }

    @Test
    void theAnswerIsRepliedToTheCommentOnceAndOtherAnswersAreNot() throws Exception {
        graph.stubFor(post(urlPathEqualTo("/555_9004/comments")).willReturn(okJson("{\"id\":\"555_9100\"}")));
        String event = commentEvent("555_9004", POST_ID, "1234", "Budi", "Berapa panjang jalannya?", 1);
        deliver(event, signature(SECRET, event));
        questions.submit(report.getBusinessKey(), "Ibu Sari", null, "Dari halaman publik");

        for (Task question : questionTasks()) {
            steps.completeTask(question, "admin-sipa", SipaVariables.TANGGAPAN.with("Jawaban untuk "
                    + SipaVariables.PERTANYAAN_NAMA.fromTask(engine.getTaskService(), question.getId()).orElse(null)));
        }

        List<org.camunda.bpm.engine.runtime.Job> replies = engine.getManagementService().createJobQuery()
                .processInstanceId(report.getId()).activityId("serviceTask_balasKomentarFacebook").list();
        assertThat(replies).as("only the Facebook question is replied").hasSize(1);
        engine.getManagementService().executeJob(replies.get(0).getId());

        graph.verify(1, postRequestedFor(urlPathEqualTo("/555_9004/comments"))
                .withRequestBody(containing("message=Jawaban+untuk+Budi")));
        assertThat(jdbc.queryForObject("SELECT EXTERNAL_ID FROM SOPFLOW_PUBLICATION WHERE IDEMPOTENCY_KEY = ?",
                String.class, report.getId() + ":balasan:555_9004")).isEqualTo("555_9100");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(report.getId())
                .activityId("serviceTask_balasKomentarFacebook").count()).isZero();
    }

    /**
     * Issue 13 §3: questions arriving at the same moment through every channel (the public page, the staff API and
     * the webhook) all open their own answer task. Before, the engine's optimistic locking refused all but one or two
     * of them with a 500 and the citizen's question was lost. Three rounds of four, so that a lucky schedule cannot
     * hide a lost question.
     */
    @Test
    void fourSimultaneousQuestionsThroughEveryChannelAreAllStored() throws Exception {
        String code = report.getBusinessKey();
        List<HttpResponse<String>> answers = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        int rounds = 3;
        for (int r = 1; r <= rounds; r++) {
            int round = r;
            String page = httpGet("/publik/sipa/" + code).body();
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"")
                    .matcher(page);
            assertThat(token.find()).as("the public page carries its form token").isTrue();
            String form = "token=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&nama=Warga+" + round
                    + "&isi=" + URLEncoder.encode("Pertanyaan dari halaman publik " + round, StandardCharsets.UTF_8);
            String event = commentEvent("555_8" + round, POST_ID, "1234", "Budi " + round,
                    "Komentar Facebook " + round, round);
            List<java.util.concurrent.Callable<HttpResponse<String>>> calls = List.of(
                    () -> send(HttpRequest.newBuilder(URI.create(base() + "/publik/sipa/" + code + "/pertanyaan"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))),
                    () -> send(staffQuestion(code, "admin-sipa", "Pertanyaan lewat kecamatan " + round)),
                    () -> send(staffQuestion(code, "pemdes-babayau", "Pertanyaan lewat desa " + round)),
                    () -> deliver(event, signature(SECRET, event)));
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(calls.size());
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(calls.size());
            try {
                List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
                for (java.util.concurrent.Callable<HttpResponse<String>> call : calls) {
                    sent.add(pool.submit(() -> {
                        together.await();
                        return call.call();
                    }));
                }
                for (java.util.concurrent.Future<HttpResponse<String>> response : sent) {
                    answers.add(response.get(60, java.util.concurrent.TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
        }

        assertThat(answers).hasSize(4 * rounds);
        assertThat(answers).as("no answer is a server error").allSatisfy(answer ->
                assertThat(answer.statusCode()).as(answer.body()).isLessThan(500));
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(303, 201, 200);
        List<Task> asked = questionTasks();
        assertThat(asked).as("every question opened its answer task").hasSize(4 * rounds);
        assertThat(asked.stream().map(task -> SipaVariables.PERTANYAAN_ISI.fromTask(engine.getTaskService(), task.getId())
                .orElse(null)))
                .as("each task holds its own question").doesNotHaveDuplicates()
                .contains("Pertanyaan dari halaman publik 1", "Pertanyaan lewat kecamatan 2", "Pertanyaan lewat desa 3",
                        "Komentar Facebook 3");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SOPFLOW_FACEBOOK_COMMENT", Integer.class))
                .isEqualTo(rounds);
    }

    /**
     * Issue 13 §4: a Facebook comment with a Markdown and an HTML link reaches staff exactly as typed, in the same
     * answer task and form as a question from the public page, whose form shows the citizen's words only in read-only
     * text fields — as plain text, no link to click (the browser test SipaPublicPageBrowserTest shows the form so).
     */
    @Test
    void aFacebookCommentIsShownToStaffAsPlainTextLikeAPublicQuestion() throws Exception {
        String phishing = "Cek [hadiah](https://phish.example/masuk) <a href=\\\"https://phish.example/h\\\">masuk</a>";
        String typed = "Cek [hadiah](https://phish.example/masuk) <a href=\"https://phish.example/h\">masuk</a>";
        String event = commentEvent("555_9005", POST_ID, "1234", "<b>Budi</b>", phishing, 1);
        assertThat(deliver(event, signature(SECRET, event)).statusCode()).isEqualTo(200);
        questions.submit(report.getBusinessKey(), "Ibu Sari", null, "Dari halaman publik");

        List<Task> asked = questionTasks();
        assertThat(asked).hasSize(2);
        Task fromFacebook = asked.stream().filter(task -> SipaVariables.PERTANYAAN_KOMENTAR_ID
                .fromTask(engine.getTaskService(), task.getId()).filter("555_9005"::equals).isPresent())
                .findFirst().orElseThrow();
        Task fromPage = asked.stream().filter(task -> task != fromFacebook).findFirst().orElseThrow();
        assertThat(SipaVariables.PERTANYAAN_ISI.fromTask(engine.getTaskService(), fromFacebook.getId())).contains(typed);
        assertThat(SipaVariables.PERTANYAAN_NAMA.fromTask(engine.getTaskService(), fromFacebook.getId()))
                .contains("<b>Budi</b>");
        assertThat(fromFacebook.getTaskDefinitionKey()).isEqualTo(fromPage.getTaskDefinitionKey());
        assertThat(engine.getFormService().getTaskFormKey(fromFacebook.getProcessDefinitionId(),
                fromFacebook.getTaskDefinitionKey())).isEqualTo(engine.getFormService().getTaskFormKey(
                fromPage.getProcessDefinitionId(), fromPage.getTaskDefinitionKey()));

        com.fasterxml.jackson.databind.JsonNode form;
        try (java.io.InputStream deployed = engine.getFormService().getDeployedTaskForm(fromFacebook.getId())) {
            form = new com.fasterxml.jackson.databind.ObjectMapper().readTree(deployed);
        }
        List<String> citizenFields = List.of(SipaVariables.PERTANYAAN_ISI.name(), SipaVariables.PERTANYAAN_NAMA.name(),
                SipaVariables.PERTANYAAN_KONTAK.name());
        for (com.fasterxml.jackson.databind.JsonNode component : form.path("components")) {
            String key = component.path("key").asText("");
            if (citizenFields.contains(key)) {
                assertThat(component.path("type").asText()).as(key).isIn("textarea", "textfield");
                assertThat(component.path("readonly").asBoolean()).as(key + " read-only").isTrue();
            }
            String text = component.path("text").asText("") + component.path("label").asText("");
            citizenFields.forEach(field -> assertThat(text).as("no markup interpolates " + field)
                    .doesNotContain(field));
        }
        assertThat(form.toString()).contains("\"key\":\"pertanyaanIsi\"");
    }

    private HttpRequest.Builder staffQuestion(String code, String user, String isi) {
        return HttpRequest.newBuilder(URI.create(base() + "/api/sipa/laporan/" + code + "/pertanyaan"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("{\"nama\":\"Petugas\",\"isi\":\"" + isi + "\"}"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private List<Task> questionTasks() {
        return engine.getTaskService().createTaskQuery().processInstanceId(report.getId())
                .taskDefinitionKey(SipaElements.TANGGAPI_PERTANYAAN).list();
    }

    private static String commentEvent(String commentId, String postId, String fromId, String fromName,
                                       String message, long time) {
        return "{\"object\":\"page\",\"entry\":[{\"id\":\"777\",\"time\":" + time + ",\"changes\":[{\"field\":\"feed\","
                + "\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"post_id\":\"" + postId + "\",\"comment_id\":\""
                + commentId + "\",\"parent_id\":\"" + postId + "\",\"from\":{\"id\":\"" + fromId + "\",\"name\":\""
                + fromName + "\"},\"message\":\"" + message + "\",\"created_time\":1795000000}}]}]}";
    }

    /** As Facebook signs: HMAC-SHA256 of the raw body with the app secret, hex, prefixed "sha256=". */
    private static String signature(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> deliver(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhook/facebook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> httpGet(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
