package id.sopflow.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import id.sopflow.publishing.PublicationOutcome.NoChannelConfigured;
import id.sopflow.publishing.PublicationOutcome.Published;

/** Publishing through the configured Facebook Page at most once per idempotency key, in the application. */
@SpringBootTest
class PublisherTest {

    private static final String PERMALINK = "https://www.facebook.com/desababayau/posts/pfbid0abc";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void facebook(DynamicPropertyRegistry properties) {
        properties.add("sopflow.publishing.facebook.graph-url", graph::baseUrl);
        properties.add("sopflow.publishing.facebook.pages.desa-babayau.page-id", () -> "1234");
        properties.add("sopflow.publishing.facebook.pages.desa-babayau.access-token", () -> "token-uji");
        properties.add("sopflow.publishing.facebook.pages.desa-tanpa-token.page-id", () -> "5678");
    }

    @Autowired
    Publisher publisher;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void publishingTwiceWithTheSameKeyPostsOnce() {
        stubGraph();
        PostRequest request = request();

        PublicationOutcome first = publisher.publish(FacebookPageChannel.ID, request);
        PublicationOutcome second = publisher.publish(FacebookPageChannel.ID, request);

        PublishedPost post = new PublishedPost("facebook", "1234_987", PERMALINK);
        assertThat(first).isEqualTo(new Published(post, false));
        assertThat(second).isEqualTo(new Published(post, true));
        graph.verify(1, postRequestedFor(urlPathEqualTo("/1234/feed")));
        assertThat(jdbc.queryForList("SELECT CHANNEL, EXTERNAL_ID, URL, TENANT_ID FROM SOPFLOW_PUBLICATION "
                + "WHERE IDEMPOTENCY_KEY = ?", request.idempotencyKey()))
                .singleElement().satisfies(row -> assertThat(row).containsValues("facebook", "1234_987", PERMALINK,
                        "desa-babayau"));
    }

    @Test
    void thePostIsKeptWhenTheSurroundingTransactionRollsBack() {
        stubGraph();
        PostRequest request = request();

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            publisher.publish(FacebookPageChannel.ID, request);
            throw new IllegalStateException("langkah berikutnya gagal");
        })).hasMessage("langkah berikutnya gagal");
        PublicationOutcome retried = publisher.publish(FacebookPageChannel.ID, request);

        assertThat(retried).isInstanceOfSatisfying(Published.class, published -> {
            assertThat(published.repeated()).isTrue();
            assertThat(published.post().url()).isEqualTo(PERMALINK);
        });
        graph.verify(1, postRequestedFor(urlPathEqualTo("/1234/feed")));
    }

    @Test
    void aFailedPostIsNotRecordedSoTheRetryPosts() {
        graph.stubFor(post(urlPathEqualTo("/1234/feed")).willReturn(serverError()));
        PostRequest request = request();

        assertThatThrownBy(() -> publisher.publish(FacebookPageChannel.ID, request))
                .isInstanceOf(TransientPublishingFailure.class);
        stubGraph();
        PublicationOutcome retried = publisher.publish(FacebookPageChannel.ID, request);

        assertThat(retried).isInstanceOfSatisfying(Published.class,
                published -> assertThat(published.repeated()).isFalse());
        graph.verify(2, postRequestedFor(urlPathEqualTo("/1234/feed")));
    }

    @Test
    void aDesaWithoutAPageOrWithoutATokenHasNoChannelAndNothingIsSent() {
        stubGraph();

        PublicationOutcome unknown = publisher.publish(FacebookPageChannel.ID, request("desa-lain"));
        PublicationOutcome withoutToken = publisher.publish(FacebookPageChannel.ID, request("desa-tanpa-token"));
        PublicationOutcome otherChannel = publisher.publish("webhook", request("desa-babayau"));

        assertThat(unknown).isEqualTo(new NoChannelConfigured("facebook", "desa-lain"));
        assertThat(withoutToken).isEqualTo(new NoChannelConfigured("facebook", "desa-tanpa-token"));
        assertThat(otherChannel).isEqualTo(new NoChannelConfigured("webhook", "desa-babayau"));
        graph.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void twoOverlappingExecutionsOfOneRequestPostOnce() throws Exception {
        // The platform is slow: a second execution (a job whose lock expired, the same job on another node) starts
        // while the first is still waiting for its answer.
        graph.stubFor(post(urlPathEqualTo("/1234/feed"))
                .willReturn(okJson("{\"id\":\"1234_987\"}").withFixedDelay(1500)));
        graph.stubFor(get(urlPathEqualTo("/1234_987")).willReturn(okJson("{\"permalink_url\":\"" + PERMALINK + "\"}")));
        PostRequest request = request();

        CompletableFuture<PublicationOutcome> first = CompletableFuture.supplyAsync(
                () -> publisher.publish(FacebookPageChannel.ID, request));
        Thread.sleep(300);
        assertThatThrownBy(() -> publisher.publish(FacebookPageChannel.ID, request))
                .isInstanceOf(TransientPublishingFailure.class)
                .hasMessageContaining("sedang dikirim oleh proses lain");

        assertThat(first.get()).isInstanceOfSatisfying(Published.class,
                published -> assertThat(published.repeated()).isFalse());
        assertThat(publisher.publish(FacebookPageChannel.ID, request)).as("the second execution's retry")
                .isInstanceOfSatisfying(Published.class, published -> assertThat(published.repeated()).isTrue());
        graph.verify(1, postRequestedFor(urlPathEqualTo("/1234/feed")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM SOPFLOW_PUBLICATION_CLAIM WHERE IDEMPOTENCY_KEY = ?",
                Long.class, request.idempotencyKey())).as("claim released once recorded").isZero();
    }

    @Test
    void aPostInterruptedBeforeItWasRecordedIsNeverRepeatedAutomatically() {
        stubGraph();
        PostRequest request = request();
        // What a node killed while the platform was answering leaves behind: a claim long past, no post recorded.
        jdbc.update("INSERT INTO SOPFLOW_PUBLICATION_CLAIM (IDEMPOTENCY_KEY, CLAIMED_AT) VALUES (?, ?)",
                request.idempotencyKey(), OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));

        assertThatThrownBy(() -> publisher.publish(FacebookPageChannel.ID, request))
                .isInstanceOf(PermanentPublishingFailure.class)
                .hasMessageContaining("terputus sebelum tautannya tercatat")
                .hasMessageContaining("periksa halamannya dulu");
        graph.verify(0, postRequestedFor(urlPathEqualTo("/1234/feed")));
    }

    private static void stubGraph() {
        graph.stubFor(post(urlPathEqualTo("/1234/feed")).willReturn(okJson("{\"id\":\"1234_987\"}")));
        graph.stubFor(get(urlPathEqualTo("/1234_987")).willReturn(okJson("{\"permalink_url\":\"" + PERMALINK + "\"}")));
    }

    private static PostRequest request() {
        return request("desa-babayau");
    }

    private static PostRequest request(String desaId) {
        return new PostRequest(UUID.randomUUID() + ":serviceTask_unggahMedsos", desaId,
                "Realisasi APBDes semester I telah dilaporkan.", List.of());
    }
}
