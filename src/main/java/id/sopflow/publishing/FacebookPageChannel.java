package id.sopflow.publishing;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.sopflow.publishing.FacebookProperties.Page;
import id.sopflow.publishing.PostRequest.Photo;

/**
 * Posts to a desa's Facebook Page through the Graph API. Text only: {@code POST /{page}/feed}. With photos: each
 * photo is uploaded unpublished ({@code POST /{page}/photos}, {@code published=false}) and attached to the feed post
 * ({@code attached_media[i]}), so the photos appear in one post rather than as separate posts. The link comes from
 * {@code GET /{post}?fields=permalink_url}.
 *
 * <p>The Page token travels in request bodies and the {@code Authorization} header, never in a URL: URLs end up in
 * exception messages, which the engine stores with failed jobs and logs.
 *
 * <p>Failures: HTTP 5xx, I/O errors, timeouts and the Graph API's rate limits and temporary errors are transient;
 * other 4xx answers (invalid token, missing permission, refused content) are permanent and carry the Graph API's
 * message. Once the feed post exists nothing fails any more: a permalink that cannot be read is replaced by the
 * post's canonical address, because failing would make the job retry and post a second time. Photos uploaded before
 * a failed feed post stay unpublished in the Page's library.
 */
@Component
public class FacebookPageChannel implements PublishingChannel {

    public static final String ID = "facebook";

    private static final Logger LOG = LoggerFactory.getLogger(FacebookPageChannel.class);

    /** Graph API error codes that mean "try again later" (temporary errors and rate limits). */
    private static final List<Integer> TRANSIENT_GRAPH_CODES = List.of(1, 2, 4, 17, 32, 341, 613);

    private final FacebookProperties properties;
    private final RestClient graph;
    private final ObjectMapper json = new ObjectMapper();

    public FacebookPageChannel(FacebookProperties properties, RestClient.Builder restClient) {
        this.properties = properties;
        // HTTP/1.1: a few calls per report gain nothing from HTTP/2, and its cleartext upgrade (a plain-http Graph
        // URL, e.g. a local stand-in) breaks multipart uploads.
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(properties.timeout()).build());
        requests.setReadTimeout(properties.timeout());
        this.graph = restClient.baseUrl(properties.graphUrl().toString()).requestFactory(requests).build();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean servesTenant(String tenantId) {
        return properties.pageOf(tenantId).isPresent();
    }

    @Override
    public PublishedPost publish(PostRequest request) {
        Page page = properties.pageOf(request.tenantId()).orElseThrow(() -> new PermanentPublishingFailure(
                "Halaman Facebook untuk " + request.tenantId() + " belum dikonfigurasi"));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("message", request.text());
        List<Photo> photos = request.photos();
        for (int i = 0; i < photos.size(); i++) {
            form.add("attached_media[" + i + "]", mediaReference(uploadUnpublished(page, photos.get(i))));
        }
        form.add("access_token", page.accessToken());
        JsonNode created = call("membuat kiriman", () -> graph.post().uri("/{page}/feed", page.pageId())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(JsonNode.class));
        String postId = idOf(created, "kiriman");
        return new PublishedPost(ID, postId, permalink(page, postId));
    }

    /**
     * Replies to a comment on the tenant's Page ({@code POST /{comment-id}/comments}). Not idempotent by itself:
     * {@link FacebookCommentReplies} records the reply under its key.
     *
     * @throws PermanentPublishingFailure no Page configured for the tenant, or Facebook refused (as for posts)
     * @throws TransientPublishingFailure as for posts
     */
    public PublishedPost replyToComment(String tenantId, String commentId, String text) {
        Page page = properties.pageOf(tenantId).orElseThrow(() -> new PermanentPublishingFailure(
                "Halaman Facebook untuk " + tenantId + " belum dikonfigurasi"));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("message", text);
        form.add("access_token", page.accessToken());
        JsonNode created = call("membalas komentar", () -> graph.post().uri("/{comment}/comments", commentId)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(JsonNode.class));
        String replyId = idOf(created, "balasan komentar");
        return new PublishedPost(ID, replyId, "https://www.facebook.com/" + replyId);
    }

    private String uploadUnpublished(Page page, Photo photo) {
        HttpHeaders sourceHeaders = new HttpHeaders();
        sourceHeaders.setContentType(MediaType.parseMediaType(photo.mimeType()));
        sourceHeaders.setContentDispositionFormData("source", photo.fileName());
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("source", new HttpEntity<>(new ByteArrayResource(photo.bytes()), sourceHeaders));
        parts.add("published", "false");
        parts.add("access_token", page.accessToken());
        JsonNode uploaded = call("mengunggah foto " + photo.fileName(), () -> graph.post()
                .uri("/{page}/photos", page.pageId()).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts).retrieve().body(JsonNode.class));
        return idOf(uploaded, "foto " + photo.fileName());
    }

    private String mediaReference(String mediaId) {
        try {
            return json.writeValueAsString(Map.of("media_fbid", mediaId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String permalink(Page page, String postId) {
        try {
            JsonNode post = call("membaca tautan kiriman", () -> graph.get()
                    .uri("/{post}?fields=permalink_url", postId)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + page.accessToken())
                    .retrieve().body(JsonNode.class));
            String url = post == null ? null : post.path("permalink_url").asText(null);
            if (url != null && !url.isBlank()) {
                return url;
            }
            LOG.warn("Graph API returned no permalink for post {}; using its canonical address", postId);
        } catch (PublishingFailure e) {
            LOG.warn("Could not read the permalink of post {} ({}); using its canonical address", postId,
                    e.getMessage());
        }
        return canonicalAddress(page, postId);
    }

    /** Graph post ids are {@code <page id>_<post id>}. */
    private static String canonicalAddress(Page page, String postId) {
        int separator = postId.indexOf('_');
        String ownPart = separator < 0 ? postId : postId.substring(separator + 1);
        return "https://www.facebook.com/" + page.pageId() + "/posts/" + ownPart;
    }

    /**
     * A 200 answer without an id: the post may exist, so retrying could post twice; the admin checks the Page.
     */
    private static String idOf(JsonNode answer, String what) {
        String id = answer == null ? null : answer.path("id").asText(null);
        if (id == null || id.isBlank()) {
            throw new PermanentPublishingFailure("Jawaban Facebook untuk " + what + " tidak memuat id; periksa "
                    + "halaman Facebook sebelum mengunggah manual");
        }
        return id;
    }

    private JsonNode call(String action, Supplier<JsonNode> request) {
        try {
            return request.get();
        } catch (RestClientResponseException e) {
            throw failure(action, e);
        } catch (ResourceAccessException e) {
            throw new TransientPublishingFailure("Facebook tidak dapat dihubungi saat " + action + ": "
                    + e.getMostSpecificCause().getClass().getSimpleName()
                    + (e.getMostSpecificCause().getMessage() == null ? ""
                            : " (" + e.getMostSpecificCause().getMessage() + ")"), e);
        } catch (RestClientException unreadableAnswer) {
            // A success whose body we cannot read may still have posted: retrying could post twice.
            throw new PermanentPublishingFailure("Jawaban Facebook saat " + action + " tidak terbaca; periksa "
                    + "halaman Facebook sebelum mengunggah manual", unreadableAnswer);
        }
    }

    private PublishingFailure failure(String action, RestClientResponseException e) {
        int status = e.getStatusCode().value();
        JsonNode error = graphError(e.getResponseBodyAsString());
        String message = error.path("message").asText("");
        int code = error.path("code").asInt(-1);
        String described = "Facebook menjawab HTTP " + status + (code < 0 ? "" : " (kode " + code + ")") + " saat "
                + action + (message.isBlank() ? "" : ": " + message);
        boolean transientError = e.getStatusCode().is5xxServerError() || status == 429
                || error.path("is_transient").asBoolean(false) || TRANSIENT_GRAPH_CODES.contains(code);
        return transientError ? new TransientPublishingFailure(described, e)
                : new PermanentPublishingFailure(described, e);
    }

    private JsonNode graphError(String body) {
        try {
            return json.readTree(body).path("error");
        } catch (IOException | RuntimeException notJson) {
            return json.missingNode();
        }
    }
}
