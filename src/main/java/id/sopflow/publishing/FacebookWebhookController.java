package id.sopflow.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.sopflow.ConcurrentUpdates;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Facebook's webhook for the desa's Pages, without login (Facebook cannot log in) and outside {@code /api/}:
 * <ul>
 * <li>{@code GET /webhook/facebook?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…}: the subscription
 * handshake; the challenge is echoed only for the configured verify token.</li>
 * <li>{@code POST /webhook/facebook}: Page feed events, accepted only with a valid {@code X-Hub-Signature-256}
 * (HMAC-SHA256 of the raw body with the app secret); anything else is answered 403 and nothing is stored. Each new
 * comment goes to the {@link FacebookCommentListener}s in its own transaction together with its record in
 * {@code SOPFLOW_FACEBOOK_COMMENT}, so a redelivered comment (Facebook retries until it gets a 200) is recognised
 * by its id and taken in once. Comments the listeners do not take (posts sopflow did not publish) and the Page's
 * own comments (its replies) are acknowledged and ignored.</li>
 * </ul>
 */
@RestController
@RequestMapping(FacebookWebhookController.PATH)
class FacebookWebhookController {

    static final String PATH = "/webhook/facebook";
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private static final Logger log = LoggerFactory.getLogger(FacebookWebhookController.class);
    /** Facebook's challenge is a number; anything else is not echoed (the answer must not carry foreign content). */
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    /** Far above a Page feed event (a few KB, batched up to some dozens of changes). */
    static final int MAX_BODY_BYTES = 256 * 1024;

    private final FacebookWebhookProperties properties;
    private final List<FacebookCommentListener> listeners;
    private final FacebookCommentRepository comments;
    private final TransactionTemplate transaction;
    private final ObjectMapper json = new ObjectMapper();

    FacebookWebhookController(FacebookWebhookProperties properties, List<FacebookCommentListener> listeners,
                              FacebookCommentRepository comments, PlatformTransactionManager transactionManager) {
        this.properties = properties;
        this.listeners = List.copyOf(listeners);
        this.comments = comments;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @GetMapping
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
                                  @RequestParam(name = "hub.verify_token", required = false) String token,
                                  @RequestParam(name = "hub.challenge", required = false) String challenge) {
        String expected = properties.verifyToken();
        if (!"subscribe".equals(mode) || expected == null || expected.isBlank() || token == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        token.getBytes(StandardCharsets.UTF_8))
                || challenge == null || !CHALLENGE.matcher(challenge).matches()) {
            log.warn("Jabat tangan webhook Facebook ditolak (mode {}, token {})", mode,
                    token == null ? "kosong" : "tidak cocok");
            return plain(HttpStatus.FORBIDDEN, "Token verifikasi tidak cocok.");
        }
        return plain(HttpStatus.OK, challenge);
    }

    @PostMapping
    ResponseEntity<String> receive(@RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
                                   HttpServletRequest request) throws IOException {
        // The endpoint is open to anyone: a body larger than any Page event is refused before it is read, by its
        // declared length, and a body without one (chunked) is read only up to the limit.
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return tooLarge();
        }
        byte[] payload;
        try (InputStream body = request.getInputStream()) {
            payload = body.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (payload.length > MAX_BODY_BYTES) {
            return tooLarge();
        }
        if (!properties.signed()) {
            log.warn("Peristiwa webhook Facebook ditolak: SOPFLOW_FACEBOOK_APP_SECRET belum diatur");
            return plain(HttpStatus.FORBIDDEN, "Tanda tangan tidak sah.");
        }
        if (!validSignature(signature, payload)) {
            log.warn("Peristiwa webhook Facebook dengan tanda tangan tidak sah ditolak");
            return plain(HttpStatus.FORBIDDEN, "Tanda tangan tidak sah.");
        }
        List<FacebookComment> newComments;
        try {
            newComments = newComments(json.readTree(payload));
        } catch (IOException e) {
            return plain(HttpStatus.BAD_REQUEST, "Isi peristiwa bukan JSON yang sah.");
        }
        for (FacebookComment comment : newComments) {
            take(comment);
        }
        return plain(HttpStatus.OK, "EVENT_RECEIVED");
    }

    private void take(FacebookComment comment) {
        try {
            // Repeated whole when a simultaneous question to the same report collided with this one (ENGINE-03005).
            String outcome = ConcurrentUpdates.retried(() -> transaction.execute(status -> {
                if (comments.exists(comment.commentId())) {
                    return "sudah diterima sebelumnya";
                }
                for (FacebookCommentListener listener : listeners) {
                    Optional<String> reference = listener.onComment(comment);
                    if (reference.isPresent()) {
                        comments.insert(comment.commentId(), comment.postId(), reference.get(),
                                ClockUtil.getCurrentTime().toInstant());
                        return "diterima sebagai " + reference.get();
                    }
                }
                return "diabaikan (bukan unggahan sopflow atau masa tanggapan tertutup)";
            }));
            log.info("Komentar Facebook {} pada {}: {}", comment.commentId(), comment.postId(), outcome);
        } catch (DuplicateKeyException concurrentDelivery) {
            log.info("Komentar Facebook {} sudah diterima oleh pengiriman lain", comment.commentId());
        }
    }

    /** New comments by others than the Page itself, from every entry and change of the event. */
    private static List<FacebookComment> newComments(JsonNode event) {
        List<FacebookComment> found = new ArrayList<>();
        if (!"page".equals(event.path("object").asText())) {
            return found;
        }
        for (JsonNode entry : event.path("entry")) {
            String pageId = entry.path("id").asText(null);
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                if (!"feed".equals(change.path("field").asText()) || !"comment".equals(value.path("item").asText())
                        || !"add".equals(value.path("verb").asText())) {
                    continue;
                }
                String commentId = value.path("comment_id").asText(null);
                String postId = value.path("post_id").asText(null);
                String fromId = value.path("from").path("id").asText(null);
                if (commentId == null || postId == null || (fromId != null && fromId.equals(pageId))) {
                    continue;
                }
                found.add(new FacebookComment(pageId, postId, commentId, fromId,
                        value.path("from").path("name").asText(null), value.path("message").asText(null)));
            }
        }
        return found;
    }

    private boolean validSignature(String header, byte[] body) {
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("sha256=")) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring("sha256=".length()).strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(hmac(properties.appSecret(), body), given);
    }

    static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 tidak tersedia", e);
        }
    }

    private static ResponseEntity<String> tooLarge() {
        log.warn("Peristiwa webhook Facebook ditolak: isinya lebih dari {} bita", MAX_BODY_BYTES);
        return plain(HttpStatus.PAYLOAD_TOO_LARGE, "Isi peristiwa terlalu besar: paling banyak "
                + MAX_BODY_BYTES / 1024 + " KB. Peristiwa tidak diproses.");
    }

    /** Security headers (nosniff among them) come from the shared filter; set here too they were sent twice. */
    private static ResponseEntity<String> plain(HttpStatus status, String text) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(text);
    }
}
