package dev.parley.domain.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The secret of an API key: {@value #PREFIX} and 256 random bits in base64url. It is shown to the admin once; Parley
 * keeps only its {@link #hash()} and its {@link #displayPrefix()}.
 */
public record ApiKeySecret(String value) {

    /** How every key starts, so that leaked keys are easy to recognise. */
    public static final String PREFIX = "pk_live_";
    /** How many characters of a key are shown to tell keys apart. */
    public static final int DISPLAY_PREFIX_LENGTH = PREFIX.length() + 4;

    private static final int BYTES = 32;

    public ApiKeySecret {
        Objects.requireNonNull(value, "api key");
    }

    /** Draws a new secret from a cryptographically strong source. */
    public static ApiKeySecret issue(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new ApiKeySecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The SHA-256 of the secret, the only form in which Parley stores it. */
    public ApiKeyHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return new ApiKeyHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", everyJavaHasIt);
        }
    }

    /** The first characters, e.g. {@code pk_live_Ab3x}, shown in lists to tell keys apart. */
    public String displayPrefix() {
        return value.substring(0, Math.min(value.length(), DISPLAY_PREFIX_LENGTH));
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "ApiKeySecret[redacted]";
    }
}
