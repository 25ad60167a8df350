package id.sopflow.sop.sipa.feedback;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens that make the public form safe against cross-site request forgery without a session: the page embeds
 * {@code <issued-at>.<HMAC(issued-at, report code)>}, and a post is accepted only with a token this server issued
 * for the same report within the validity. Another site can neither read a page's token nor forge one.
 */
final class FormTokens {

    private final Supplier<byte[]> key;
    private final Duration validity;

    /** @param secret blank: a random key of this object (its tokens die with it) */
    FormTokens(String secret, Duration validity) {
        this(secret, FormTokens::randomKey, validity);
    }

    /**
     * @param secret the configured secret; blank: {@code sharedKey}, asked for at the first token (the installation's
     *               key from the database, so that every node accepts every node's tokens, also after a restart)
     */
    FormTokens(String secret, Supplier<byte[]> sharedKey, Duration validity) {
        if (secret == null || secret.isBlank()) {
            byte[][] once = new byte[1][];
            this.key = () -> {
                synchronized (once) {
                    if (once[0] == null) {
                        once[0] = sharedKey.get();
                    }
                    return once[0];
                }
            };
        } else {
            byte[] configured = secret.getBytes(StandardCharsets.UTF_8);
            this.key = () -> configured;
        }
        this.validity = validity;
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    String issue(String kodePublik, Instant now) {
        long issuedAt = now.getEpochSecond();
        return issuedAt + "." + mac(issuedAt + ":" + kodePublik);
    }

    boolean isValid(String token, String kodePublik, Instant now) {
        if (token == null || token.length() > 100) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long issuedAt;
        try {
            issuedAt = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        String expected = mac(issuedAt + ":" + kodePublik);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        Instant issued = Instant.ofEpochSecond(issuedAt);
        // A minute of leeway for clocks of several instances behind one address.
        return !issued.isAfter(now.plusSeconds(60)) && !now.isAfter(issued.plus(validity));
    }

    private String mac(String message) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(hmac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 tidak tersedia", e);
        }
    }
}
