package dev.parley.domain.webhook;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * An endpoint's signing secret, as Standard Webhooks writes it: {@value #PREFIX} and the base64 of
 * {@value #BYTES} random bytes. The HMAC key is those bytes. Shown to the admin once, when issued; kept sealed.
 */
public record WebhookSecret(String value) {

    /** How every secret starts. */
    public static final String PREFIX = "whsec_";

    static final int BYTES = 32;

    public WebhookSecret {
        Objects.requireNonNull(value, "webhook secret");
        if (!value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("A webhook secret starts with " + PREFIX);
        }
    }

    /** Draws a new secret from a cryptographically strong source. */
    public static WebhookSecret issue(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(bytes));
    }

    /** The HMAC key: the bytes after the prefix. */
    byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "WebhookSecret[redacted]";
    }
}
