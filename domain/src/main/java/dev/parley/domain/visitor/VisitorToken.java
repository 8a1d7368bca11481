package dev.parley.domain.visitor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The secret an anonymous visitor holds: 256 random bits in base64url. It is handed to the visitor once and only its
 * {@link #hash()} is kept.
 */
public record VisitorToken(String value) {

    private static final int BYTES = 32;

    public VisitorToken {
        Objects.requireNonNull(value, "visitor token");
    }

    /** Draws a new token from a cryptographically strong source. */
    public static VisitorToken issue(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new VisitorToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The SHA-256 of the token, the only form in which Parley stores it. */
    public TokenHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", everyJavaHasIt);
        }
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "VisitorToken[redacted]";
    }
}
