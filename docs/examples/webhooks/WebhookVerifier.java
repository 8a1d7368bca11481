import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Verifies a webhook from Parley (Standard Webhooks 1.0) with the JDK alone. */
public final class WebhookVerifier {

    private WebhookVerifier() {}

    /**
     * @param secret the endpoint's secret, {@code whsec_...}
     * @param id the {@code webhook-id} header
     * @param timestamp the {@code webhook-timestamp} header
     * @param signatures the {@code webhook-signature} header
     * @param rawBody the request's body exactly as received: verify before parsing it as JSON
     * @param toleranceSeconds how old (or how far ahead) a request may be, e.g. 300
     * @param nowSeconds the time now, in seconds since the epoch
     */
    public static boolean verify(
            String secret,
            String id,
            String timestamp,
            String signatures,
            byte[] rawBody,
            long toleranceSeconds,
            long nowSeconds)
            throws GeneralSecurityException {
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        // Refuse old or future requests, so that a captured one cannot be replayed later.
        if (Math.abs(nowSeconds - Long.parseLong(timestamp)) > toleranceSeconds) {
            return false;
        }
        byte[] key = Base64.getDecoder().decode(secret.replaceFirst("^whsec_", ""));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        byte[] expected = mac.doFinal(rawBody);
        // During a secret rotation the header carries one signature per secret: any one of them may match.
        for (String signature : signatures.split(" ")) {
            String[] parts = signature.split(",", 2);
            if (parts.length == 2 && parts[0].equals("v1") && MessageDigest.isEqual(base64(parts[1]), expected)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] base64(String value) {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }
}
