package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How Parley recognises visitors who are logged in to the store. The store signs each user id with a secret it shares
 * with Parley (HMAC-SHA256, in hex) and the widget sends both; a matching signature proves the store vouched for that
 * user. When verification is <b>enforced</b>, a user id without a valid signature is not trusted; enforcing needs a
 * secret. The secret is at least {@value #MIN_SECRET_LENGTH} characters without spaces and is never printed.
 *
 * @param secret the shared secret, if the store has set one
 * @param enforced whether user ids must carry a valid signature
 */
public record IdentityVerification(Optional<String> secret, boolean enforced) {

    /** The shortest secret, in characters. */
    public static final int MIN_SECRET_LENGTH = 32;

    /** The longest user id the store can sign, in characters. */
    public static final int MAX_USER_ID_LENGTH = 200;

    private static final int SHA256_BYTES = 32;

    public IdentityVerification {
        Objects.requireNonNull(secret, "secret");
        secret.ifPresent(IdentityVerification::checkSecret);
        if (enforced && secret.isEmpty()) {
            throw new InvalidValueException("identity_verification_needs_secret",
                    "Identity verification can only be enforced while a secret is set.");
        }
    }

    /** No secret, nothing enforced. */
    public static IdentityVerification none() {
        return new IdentityVerification(Optional.empty(), false);
    }

    /**
     * The same enforcement with a new secret.
     *
     * @throws InvalidValueException when the secret is too short or has spaces in it
     */
    public IdentityVerification withSecret(String newSecret) {
        return new IdentityVerification(Optional.of(Objects.requireNonNull(newSecret, "secret")), enforced);
    }

    /**
     * The same enforcement with a new secret of 256 random bits (in hex), for an installation that needs a secret
     * before any admin set one, such as the demo store.
     */
    public IdentityVerification withRandomSecret(SecureRandom random) {
        byte[] bits = new byte[SHA256_BYTES];
        random.nextBytes(bits);
        return withSecret(HexFormat.of().formatHex(bits));
    }

    /**
     * Forgets the secret.
     *
     * @throws InvalidValueException while verification is enforced
     */
    public IdentityVerification withoutSecret() {
        return new IdentityVerification(Optional.empty(), enforced);
    }

    /**
     * Turns enforcement on or off.
     *
     * @throws InvalidValueException when turning it on without a secret
     */
    public IdentityVerification withEnforced(boolean enforce) {
        return new IdentityVerification(secret, enforce);
    }

    /**
     * Whether {@code hexHmac} is the HMAC-SHA256 of {@code userId} under the store's secret, in hex of either case. The
     * comparison takes the same time wherever the signatures differ. Without a secret nothing verifies.
     *
     * @throws InvalidValueException when the user id is blank or longer than {@value #MAX_USER_ID_LENGTH} characters
     */
    public boolean verify(String userId, String hexHmac) {
        requireUserId(userId);
        if (secret.isEmpty() || hexHmac == null || hexHmac.length() != SHA256_BYTES * 2) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hexHmac);
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(signature(secret.get(), userId), given);
    }

    /**
     * Signs a user id as the store's server does: the HMAC-SHA256 of the user id under the secret, in lower-case hex.
     * Parley signs only for its own demo customer; real stores sign on their own servers.
     *
     * @throws InvalidValueException when the user id is blank or longer than {@value #MAX_USER_ID_LENGTH} characters
     * @throws IllegalStateException when there is no secret to sign with
     */
    public String sign(String userId) {
        requireUserId(userId);
        String key = secret.orElseThrow(() -> new IllegalStateException("There is no secret to sign with"));
        return HexFormat.of().formatHex(signature(key, userId));
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "IdentityVerification[secret=" + (secret.isPresent() ? "set" : "none") + ", enforced=" + enforced + "]";
    }

    private static byte[] signature(String key, String userId) {
        return hmacSha256(key.getBytes(StandardCharsets.UTF_8), userId.getBytes(StandardCharsets.UTF_8));
    }

    private static void requireUserId(String userId) {
        Objects.requireNonNull(userId, "user id");
        if (userId.isBlank() || userId.length() > MAX_USER_ID_LENGTH) {
            throw new InvalidValueException("invalid_user_id",
                    "A user id is 1 to " + MAX_USER_ID_LENGTH + " characters long.");
        }
    }

    /** HMAC-SHA256 from the JDK's {@link Mac}. */
    static byte[] hmacSha256(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException everyJavaHasIt) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", everyJavaHasIt);
        }
    }

    private static void checkSecret(String value) {
        Objects.requireNonNull(value, "secret");
        if (value.length() < MIN_SECRET_LENGTH || value.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidValueException("invalid_identity_secret", "The identity-verification secret must be at"
                    + " least " + MIN_SECRET_LENGTH + " characters long, without spaces.");
        }
    }
}
