package id.sopflow.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import id.sopflow.publishing.FacebookProperties.Page;
import id.sopflow.publishing.PostRequest.Photo;

/** The Facebook Page adapter against a WireMock stand-in of the Graph API. */
class FacebookPageChannelTest {

    private static final String TOKEN = "token-halaman-rahasia";
    private static final String PAGE = "1234";
    private static final String POST_ID = PAGE + "_987";
    private static final String PERMALINK = "https://www.facebook.com/desababayau/posts/pfbid0abc";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void aTextOnlyReportIsPostedToThePageFeedAndReturnsItsPermalink() {
        stubFeedAndPermalink();

        PublishedPost post = channel().publish(request());

        assertThat(post).isEqualTo(new PublishedPost("facebook", POST_ID, PERMALINK));
        graph.verify(1, postRequestedFor(urlPathEqualTo("/1234/feed"))
                .withFormParam("message", equalTo("Pembangunan jalan usaha tani RT 03 selesai 100%."))
                .withFormParam("access_token", equalTo(TOKEN)));
        graph.verify(1, getRequestedFor(urlPathEqualTo("/" + POST_ID))
                .withQueryParam("fields", equalTo("permalink_url"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        graph.verify(0, postRequestedFor(urlPathEqualTo("/1234/photos")));
        assertTokenNeverInAUrl();
    }

    @Test
    void photosAreUploadedUnpublishedAndAttachedToASinglePost() {
        byte[] first = "jpeg-1".getBytes(StandardCharsets.UTF_8);
        byte[] second = "png-2".getBytes(StandardCharsets.UTF_8);
        graph.stubFor(post(urlPathEqualTo("/1234/photos"))
                .withRequestBody(containing("filename=\"jalan-sebelum.jpg\""))
                .willReturn(okJson("{\"id\":\"501\"}")));
        graph.stubFor(post(urlPathEqualTo("/1234/photos"))
                .withRequestBody(containing("filename=\"jalan-sesudah.png\""))
                .willReturn(okJson("{\"id\":\"502\"}")));
        stubFeedAndPermalink();

        PublishedPost post = channel().publish(new PostRequest("pi-1:serviceTask_unggahMedsos", "desa-babayau",
                "Pembangunan jalan usaha tani RT 03 selesai 100%.", List.of(
                        new Photo("jalan-sebelum.jpg", "image/jpeg", first),
                        new Photo("jalan-sesudah.png", "image/png", second))));

        assertThat(post.url()).isEqualTo(PERMALINK);
        graph.verify(1, postRequestedFor(urlPathEqualTo("/1234/photos"))
                .withRequestBodyPart(aMultipart("source")
                        .withHeader("Content-Disposition", containing("filename=\"jalan-sebelum.jpg\""))
                        .withHeader("Content-Type", containing("image/jpeg"))
                        .withBody(binaryEqualTo(first)).build())
                .withRequestBodyPart(aMultipart("published").withBody(equalTo("false")).build())
                .withRequestBodyPart(aMultipart("access_token").withBody(equalTo(TOKEN)).build()));
        graph.verify(1, postRequestedFor(urlPathEqualTo("/1234/photos"))
                .withRequestBodyPart(aMultipart("source")
                        .withHeader("Content-Disposition", containing("filename=\"jalan-sesudah.png\""))
                        .withHeader("Content-Type", containing("image/png"))
                        .withBody(binaryEqualTo(second)).build()));
        graph.verify(1, postRequestedFor(urlPathEqualTo("/1234/feed"))
                .withFormParam("message", equalTo("Pembangunan jalan usaha tani RT 03 selesai 100%."))
                .withFormParam("attached_media[0]", equalToJson("{\"media_fbid\":\"501\"}"))
                .withFormParam("attached_media[1]", equalToJson("{\"media_fbid\":\"502\"}")));
        assertTokenNeverInAUrl();
    }

    @Test
    void anInvalidTokenIsAPermanentFailureWithTheGraphMessage() {
        graph.stubFor(post(urlPathEqualTo("/1234/feed")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Error validating access token: Session has expired\","
                        + "\"type\":\"OAuthException\",\"code\":190,\"fbtrace_id\":\"Axyz\"}}")));

        assertThatThrownBy(() -> channel().publish(request()))
                .isInstanceOf(PermanentPublishingFailure.class)
                .hasMessageContaining("HTTP 400")
                .hasMessageContaining("kode 190")
                .hasMessageContaining("Error validating access token: Session has expired")
                .message().doesNotContain(TOKEN);
    }

    @Test
    void aServerErrorIsTransient() {
        graph.stubFor(post(urlPathEqualTo("/1234/feed")).willReturn(serverError()
                .withBody("{\"error\":{\"message\":\"An unexpected error has occurred.\",\"code\":2}}")));

        assertThatThrownBy(() -> channel().publish(request()))
                .isInstanceOf(TransientPublishingFailure.class)
                .hasMessageContaining("HTTP 500")
                .message().doesNotContain(TOKEN);
    }

    @Test
    void thePagesRateLimitIsTransientAlthoughFacebookAnswers400() {
        graph.stubFor(post(urlPathEqualTo("/1234/feed")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"(#32) Page request limit reached\",\"type\":\"OAuthException\","
                        + "\"code\":32}}")));

        assertThatThrownBy(() -> channel().publish(request()))
                .isInstanceOf(TransientPublishingFailure.class)
                .hasMessageContaining("Page request limit reached");
    }

    @Test
    void aSlowAnswerIsATransientTimeout() {
        graph.stubFor(post(urlPathEqualTo("/1234/feed"))
                .willReturn(okJson("{\"id\":\"" + POST_ID + "\"}").withFixedDelay(3_000)));
        FacebookPageChannel impatient = channel(URI.create(graph.baseUrl()), Duration.ofMillis(300));

        assertThatThrownBy(() -> impatient.publish(request()))
                .isInstanceOf(TransientPublishingFailure.class)
                .hasMessageContaining("tidak dapat dihubungi");
    }

    @Test
    void aRefusedConnectionIsTransient() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        FacebookPageChannel unreachable = channel(URI.create("http://localhost:" + closedPort + "/v21.0"),
                Duration.ofSeconds(2));

        assertThatThrownBy(() -> unreachable.publish(request()))
                .isInstanceOf(TransientPublishingFailure.class)
                .hasMessageContaining("tidak dapat dihubungi")
                .message().doesNotContain(TOKEN);
    }

    @Test
    void onceThePostExistsAnUnreadablePermalinkFallsBackToThePostsAddressInsteadOfFailing() {
        graph.stubFor(post(urlPathEqualTo("/1234/feed")).willReturn(okJson("{\"id\":\"" + POST_ID + "\"}")));
        graph.stubFor(get(urlPathEqualTo("/" + POST_ID)).willReturn(serverError()));

        PublishedPost post = channel().publish(request());

        assertThat(post.url()).isEqualTo("https://www.facebook.com/1234/posts/987");
        graph.verify(1, postRequestedFor(urlPathEqualTo("/1234/feed")));
    }

    @Test
    void servesOnlyTenantsWithAPageIdAndAToken() {
        FacebookPageChannel channel = new FacebookPageChannel(new FacebookProperties(URI.create(graph.baseUrl()),
                Duration.ofSeconds(5), Map.of(
                        "desa-babayau", new Page(PAGE, TOKEN),
                        "desa-tanpa-token", new Page("5678", ""),
                        "desa-tanpa-halaman", new Page(null, TOKEN))), RestClient.builder());

        assertThat(channel.servesTenant("desa-babayau")).isTrue();
        assertThat(channel.servesTenant("desa-tanpa-token")).isFalse();
        assertThat(channel.servesTenant("desa-tanpa-halaman")).isFalse();
        assertThat(channel.servesTenant("desa-lain")).isFalse();
        assertThat(new Page(PAGE, TOKEN).toString()).doesNotContain(TOKEN);
    }

    private void stubFeedAndPermalink() {
        graph.stubFor(post(urlPathEqualTo("/1234/feed")).willReturn(okJson("{\"id\":\"" + POST_ID + "\"}")));
        graph.stubFor(get(urlPathEqualTo("/" + POST_ID))
                .willReturn(okJson("{\"permalink_url\":\"" + PERMALINK + "\",\"id\":\"" + POST_ID + "\"}")));
    }

    private void assertTokenNeverInAUrl() {
        assertThat(graph.getAllServeEvents()).isNotEmpty()
                .extracting(ServeEvent::getRequest)
                .allSatisfy(request -> assertThat(request.getAbsoluteUrl()).doesNotContain(TOKEN));
    }

    private static PostRequest request() {
        return new PostRequest("pi-1:serviceTask_unggahMedsos", "desa-babayau",
                "Pembangunan jalan usaha tani RT 03 selesai 100%.", List.of());
    }

    private static FacebookPageChannel channel() {
        return channel(URI.create(graph.baseUrl()), Duration.ofSeconds(5));
    }

    private static FacebookPageChannel channel(URI graphUrl, Duration timeout) {
        return new FacebookPageChannel(new FacebookProperties(graphUrl, timeout, Map.of("desa-babayau",
                new Page(PAGE, TOKEN))), RestClient.builder());
    }
}
