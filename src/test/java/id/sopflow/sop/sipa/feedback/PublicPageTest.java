package id.sopflow.sop.sipa.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.sopflow.sop.sipa.SipaPublicSteps;

/**
 * The citizens' page of a published report over real HTTP, without login: what it shows and never shows, the
 * question form with its token, origin check, input checks and rate limits, the closed window, the photos. The
 * client address comes from {@code X-Forwarded-For} as behind the production reverse proxy
 * ({@code server.forward-headers-strategy=native}), so each test asks from addresses of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        // As in prod: X-Forwarded-For counts only from the configured proxy, here the IPv4 loopback.
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
        "sopflow.feedback.rate-limit.per-address-per-report=3",
        "sopflow.feedback.rate-limit.per-address=3",
        "sopflow.feedback.rate-limit.per-report=4",
        "sopflow.public-url=https://sipa.paringin.example"})
class PublicPageTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    private SipaPublicSteps steps;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String address;
    private String host = "127.0.0.1";

    @BeforeEach
    void setUp() {
        steps = new SipaPublicSteps(engine);
        address = nextAddress();
    }

    @AfterEach
    void tearDown() {
        steps.tearDown();
    }

    @Test
    void aPublishedReportShowsItsContentEscapedAndNothingInternal() throws Exception {
        ProcessInstance report = steps.publishedReport("pemdes-babayau", "Jalan <script>alert(1)</script> & \"RT 02\"",
                "RAHASIA: foto kurang jelas");

        HttpResponse<String> page = get("/publik/sipa/" + report.getBusinessKey());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html")
                .contains("UTF-8");
        String html = page.body();
        assertThat(html).contains("<html lang=\"id\">", "Desa Babayau (contoh)",
                "Jalan &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;RT 02&quot;",
                "Rp 150.000.000", "Rp 142.500.000", "Realisasi APBDes", "RT 02 Dusun I",
                "https://www.facebook.com/desababayau/posts/1001",
                "<img src=\"/publik/sipa/" + report.getBusinessKey() + "/foto/1\"",
                "<link rel=\"stylesheet\" href=\"/publik/sipa.css\">",
                "Tanya atau sampaikan keluhan", "<form method=\"post\"");
        assertThat(html).doesNotContain("<script", "style=", "RAHASIA", "admin-sipa", "pemdes-babayau",
                report.getId(), "http://", "cdn");
        assertThat(get("/publik/sipa.css").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownAndUnpublishedReportsHaveNoPage() throws Exception {
        ProcessInstance inVerification = steps.reportInVerification("pemdes-lok-batu");

        for (String path : new String[] {"/publik/sipa/tidakadakode1", "/publik/sipa/" + inVerification.getBusinessKey(),
                "/publik/sipa/%3Cscript%3E", "/publik/sipa/" + inVerification.getId()}) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Laporan tidak ditemukan").doesNotContain("<script");
        }
        assertThat(get("/publik/sipa/" + inVerification.getBusinessKey() + "/foto/1").statusCode()).isEqualTo(404);
        HttpResponse<String> post = post("/publik/sipa/" + inVerification.getBusinessKey() + "/pertanyaan",
                Map.of("isi", "Halo"), null);
        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(steps.questions(inVerification)).isZero();
    }

    @Test
    void onlyTheReportsOwnPhotosAreServedAsImages() throws Exception {
        ProcessInstance report = steps.publishedReport("pemdes-babayau", "Jalan usaha tani", null);

        HttpResponse<byte[]> photo = http.send(request("/publik/sipa/" + report.getBusinessKey() + "/foto/1").GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(photo.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(photo.body()).isEqualTo(SipaPublicSteps.png());

        assertThat(get("/publik/sipa/" + report.getBusinessKey() + "/foto/2").statusCode()).isEqualTo(404);
        assertThat(get("/publik/sipa/" + report.getBusinessKey() + "/foto/4").statusCode()).isEqualTo(404);
        assertThat(get("/publik/sipa/" + report.getBusinessKey() + "/foto/1x").statusCode()).isEqualTo(404);
    }

    @Test
    void aQuestionOpensItsTaskAndThePageShowsTheAnswerOnceGiven() throws Exception {
        ProcessInstance report = steps.publishedReport("pemdes-babayau", "Jalan usaha tani", null);
        String page = "/publik/sipa/" + report.getBusinessKey();

        HttpResponse<String> sent = post(page + "/pertanyaan", Map.of("nama", "Ibu <b>Sari</b>",
                "kontak", "0812-0000-0001", "isi", "Kapan jalan di RT 03 dibangun? <i>segera</i>",
                "token", token(page)), null);

        assertThat(sent.statusCode()).isEqualTo(303);
        String location = sent.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(page + "?pelacakan=").endsWith("#pertanyaan-anda");
        Task answer = steps.questionTask(report);
        assertThat(engine.getTaskService().getVariable(answer.getId(), "pertanyaanIsi"))
                .isEqualTo("Kapan jalan di RT 03 dibangun? <i>segera</i>");
        assertThat(engine.getTaskService().getVariable(answer.getId(), "pertanyaanNama")).isEqualTo("Ibu <b>Sari</b>");

        String tracked = location.substring(0, location.indexOf('#'));
        String waiting = get(tracked).body();
        assertThat(waiting).contains("Pertanyaan Anda", "Kapan jalan di RT 03 dibangun? &lt;i&gt;segera&lt;/i&gt;",
                "Belum ditanggapi").doesNotContain("Sari", "0812-0000-0001");

        steps.answer(answer, "admin-sipa", "Dijadwalkan pada APBDes 2027 <b>tahap 1</b>.");
        String answered = get(tracked).body();
        assertThat(answered).contains("Tanggapan pemerintah desa", "Dijadwalkan pada APBDes 2027 &lt;b&gt;tahap 1&lt;/b&gt;.")
                .doesNotContain("Belum ditanggapi", "admin-sipa");
        assertThat(get(page + "?pelacakan=bukan-kode").body()).contains("Tidak ada pertanyaan dengan kode pelacakan");
    }

    @Test
    void aPostWithoutAValidTokenOrFromAnotherSiteStoresNothing() throws Exception {
        ProcessInstance report = steps.publishedReport("pemdes-babayau", "Jalan usaha tani", null);
        ProcessInstance other = steps.publishedReport("pemdes-lamida-atas", "Balai desa", null);
        String page = "/publik/sipa/" + report.getBusinessKey();
        String token = token(page);

        assertThat(post(page + "/pertanyaan", Map.of("isi", "Tanpa token"), null).statusCode()).isEqualTo(403);
        assertThat(post(page + "/pertanyaan", Map.of("isi", "Token palsu", "token", "1700000000.AAAA"), null)
                .statusCode()).isEqualTo(403);
        assertThat(post(page + "/pertanyaan", Map.of("isi", "Token laporan lain",
                "token", token("/publik/sipa/" + other.getBusinessKey())), null).statusCode()).isEqualTo(403);
        HttpResponse<String> crossSite = post(page + "/pertanyaan", Map.of("isi", "Dari situs lain", "token", token),
                "https://penipu.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("Formulir tidak dapat diterima", "Pertanyaan belum disimpan");

        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofHours(3).toMillis()));
        assertThat(post(page + "/pertanyaan", Map.of("isi", "Token kedaluwarsa", "token", token), null).statusCode())
                .isEqualTo(403);
        assertThat(steps.questions(report)).isZero();

        assertThat(post(page + "/pertanyaan", Map.of("isi", "Token baru", "token", token(page)),
                "http://" + host + ":" + port).statusCode()).isEqualTo(303);
        assertThat(steps.questions(report)).isEqualTo(1);
    }

    @Test
    void badInputIsExplainedAndNothingIsStored() throws Exception {
        ProcessInstance report = steps.publishedReport("pemdes-babayau", "Jalan usaha tani", null);
        String page = "/publik/sipa/" + report.getBusinessKey();

        HttpResponse<String> empty = post(page + "/pertanyaan", Map.of("nama", "Pak <Budi>", "isi", "   ",
                "token", token(page)), null);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Isi pertanyaan atau keluhan wajib diisi.", "value=\"Pak &lt;Budi&gt;\"");

        HttpResponse<String> tooLong = post(page + "/pertanyaan", Map.of("isi", "x".repeat(2001),
                "token", token(page)), null);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("paling banyak 2000 karakter");

        HttpResponse<String> longName = post(page + "/pertanyaan", Map.of("nama", "n".repeat(101), "isi", "Halo",
                "token", token(page)), null);
        assertThat(longName.statusCode()).isEqualTo(400);
        assertThat(steps.questions(report)).isZero();
    }

    @Test
    void afterTheWindowThePageSaysSoAndStoresNothing() throws Exception {
        ProcessInstance report = steps.publishedReport("pemdes-babayau", "Jalan usaha tani", null);
        String page = "/publik/sipa/" + report.getBusinessKey();
        String token = token(page);

        steps.closeFeedbackWindow(report);

        String closed = get(page).body();
        assertThat(closed).contains("Masa tanggapan untuk laporan ini sudah berakhir").doesNotContain("<form");
        HttpResponse<String> late = post(page + "/pertanyaan", Map.of("isi", "Masih bisa?", "token", token), null);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("Masa tanggapan sudah berakhir; pertanyaan tidak disimpan.");
        assertThat(steps.questions(report)).isZero();
    }

    @Test
    void oneAddressMayAskOnlySoOften() throws Exception {
        ProcessInstance report = steps.publishedReport("pemdes-babayau", "Jalan usaha tani", null);
        ProcessInstance other = steps.publishedReport("pemdes-lok-batu", "Sumur bor", null);
        String page = "/publik/sipa/" + report.getBusinessKey();

        for (int i = 1; i <= 3; i++) {
            assertThat(post(page + "/pertanyaan", Map.of("isi", "Pertanyaan " + i, "token", token(page)), null)
                    .statusCode()).isEqualTo(303);
        }
        String otherPage = "/publik/sipa/" + other.getBusinessKey();
        HttpResponse<String> fourth = post(otherPage + "/pertanyaan", Map.of("isi", "Pertanyaan 4",
                "token", token(otherPage)), null);
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.body()).contains("Terlalu banyak pertanyaan", "belum disimpan");
        assertThat(steps.questions(report)).isEqualTo(3);
        assertThat(steps.questions(other)).isZero();

        address = nextAddress();
        assertThat(post(otherPage + "/pertanyaan", Map.of("isi", "Dari alamat lain", "token", token(otherPage)), null)
                .statusCode()).isEqualTo(303);

        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofMinutes(11).toMillis()));
        address = "10.9.9.9";
        assertThat(post(page + "/pertanyaan", Map.of("isi", "Sesudah jeda", "token", token(page)), null)
                .statusCode()).isEqualTo(303);
    }

    /** After its address window one sender asks again, but it cannot use up the report's budget for others. */
    @Test
    void oneSenderCannotUseUpAReportsBudget() throws Exception {
        ProcessInstance report = steps.publishedReport("pemdes-babayau", "Jalan usaha tani", null);
        String page = "/publik/sipa/" + report.getBusinessKey();
        for (int i = 1; i <= 3; i++) {
            assertThat(post(page + "/pertanyaan", Map.of("isi", "Pertanyaan " + i, "token", token(page)), null)
                    .statusCode()).isEqualTo(303);
        }
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofMinutes(11).toMillis()));
        assertThat(post(page + "/pertanyaan", Map.of("isi", "Lagi", "token", token(page)), null).statusCode())
                .as("the same sender, past its address window").isEqualTo(429);
        address = nextAddress();
        assertThat(post(page + "/pertanyaan", Map.of("isi", "Warga lain", "token", token(page)), null).statusCode())
                .isEqualTo(303);
        assertThat(steps.questions(report)).isEqualTo(4);
    }

    /** Refused posts (invalid input) store nothing and so count against nobody. */
    @Test
    void refusedPostsDoNotCountAgainstTheCitizen() throws Exception {
        ProcessInstance report = steps.publishedReport("pemdes-babayau", "Jalan usaha tani", null);
        String page = "/publik/sipa/" + report.getBusinessKey();
        for (int i = 1; i <= 5; i++) {
            assertThat(post(page + "/pertanyaan", Map.of("isi", " ", "token", token(page)), null).statusCode())
                    .isEqualTo(400);
        }
        assertThat(post(page + "/pertanyaan", Map.of("isi", "Sekarang benar", "token", token(page)), null)
                .statusCode()).isEqualTo(303);
        assertThat(steps.questions(report)).isEqualTo(1);
    }

    /**
     * A client that is not the configured proxy (here: over IPv6 loopback) cannot pick its address with a forged
     * X-Forwarded-For: every post counts against its real address.
     */
    @Test
    void aForgedForwardedForFromAnyoneButTheProxyIsIgnored() throws Exception {
        ProcessInstance report = steps.publishedReport("pemdes-babayau", "Jalan usaha tani", null);
        String page = "/publik/sipa/" + report.getBusinessKey();
        host = "[::1]";
        for (int i = 1; i <= 3; i++) {
            address = nextAddress();
            assertThat(post(page + "/pertanyaan", Map.of("isi", "Pertanyaan " + i, "token", token(page)), null)
                    .statusCode()).isEqualTo(303);
        }
        address = nextAddress();
        assertThat(post(page + "/pertanyaan", Map.of("isi", "Pertanyaan 4", "token", token(page)), null)
                .statusCode()).isEqualTo(429);
        assertThat(steps.questions(report)).isEqualTo(3);
    }

    @Test
    void oneReportTakesOnlySoManyQuestionsFromAllAddresses() throws Exception {
        ProcessInstance report = steps.publishedReport("pemdes-babayau", "Jalan usaha tani", null);
        String page = "/publik/sipa/" + report.getBusinessKey();

        for (int i = 1; i <= 4; i++) {
            address = nextAddress();
            assertThat(post(page + "/pertanyaan", Map.of("isi", "Pertanyaan " + i, "token", token(page)), null)
                    .statusCode()).isEqualTo(303);
        }
        address = nextAddress();
        assertThat(post(page + "/pertanyaan", Map.of("isi", "Pertanyaan 5", "token", token(page)), null)
                .statusCode()).isEqualTo(429);
        assertThat(steps.questions(report)).isEqualTo(4);
    }

    // ---- HTTP as a browser sends it

    private String token(String page) throws IOException, InterruptedException {
        Matcher token = TOKEN.matcher(get(page).body());
        assertThat(token.find()).as("form token on %s", page).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String origin)
            throws IOException, InterruptedException {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
                .header("X-Forwarded-For", address)
                .timeout(Duration.ofSeconds(30));
    }

    private static String nextAddress() {
        return "10.0.0." + ADDRESSES.incrementAndGet();
    }
}
