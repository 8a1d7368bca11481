package dev.parley.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook request as Standard Webhooks 1.0 does: {@code v1,} and the base64 HMAC-SHA256, under the secret's
 * key, of {@code "<webhook-id>.<webhook-timestamp>.<body>"}, where the body is exactly the bytes sent. With several
 * secrets (during a rotation) the header lists one signature per secret, separated by spaces, newest first.
 */
public final class WebhookSignature {

    private WebhookSignature() {}

    /**
     * The {@code webhook-signature} header's value.
     *
     * @param id the {@code webhook-id}
     * @param timestamp the {@code webhook-timestamp}, in seconds since the epoch
     * @param body the bytes of the request's body
     * @param secrets the secrets to sign with, at least one
     */
    public static String header(String id, long timestamp, byte[] body, List<WebhookSecret> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("A signature needs a secret");
        }
        return secrets.stream()
                .map(secret -> "v1," + sign(id, timestamp, body, secret))
                .collect(Collectors.joining(" "));
    }

    private static String sign(String id, long timestamp, byte[] body, WebhookSecret secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException everyJavaHasIt) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", everyJavaHasIt);
        }
    }
}
