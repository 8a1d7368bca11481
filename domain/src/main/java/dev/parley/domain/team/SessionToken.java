package dev.parley.domain.team;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret that proves an agent's signed-in session: 256 random bits in base64url, carried by the browser's
 * session cookie. Parley keeps only its {@link #hash()}, so that a copy of the database signs nobody in.
 */
public record SessionToken(String value) {

    private static final int BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    public SessionToken {
        Objects.requireNonNull(value, "session token");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A session token is 43 base64url characters");
        }
    }

    /** Draws a new token from a cryptographically strong source. */
    public static SessionToken issue(SecureRandom random) {
        return new SessionToken(randomText(random));
    }

    /** The token a client sent, if it has a token's shape; anything else is no token at all. */
    public static Optional<SessionToken> parse(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches()
                ? Optional.of(new SessionToken(candidate))
                : Optional.empty();
    }

    /** 256 random bits in base64url (43 characters), also the shape of a session's CSRF token. */
    public static String randomText(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the token, the only form in which Parley stores it. */
    public SessionTokenHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return new SessionTokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", everyJavaHasIt);
        }
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "SessionToken[redacted]";
    }
}
