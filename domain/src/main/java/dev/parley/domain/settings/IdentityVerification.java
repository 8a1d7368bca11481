package dev.parley.domain.settings;

import dev.parley.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * <p>A secret can be <b>rotated</b>: the new one verifies at once, and the one it replaces keeps verifying for a
 * grace period of at most {@link #MAX_GRACE a week}, so that the store can deploy the new secret without its signed-in
 * visitors being refused meanwhile. Only the secret just replaced is kept; removing the secret forgets both.
 *
 * @param secret the shared secret, if the store has set one
 * @param enforced whether user ids must carry a valid signature
 * @param previous the secret this one replaced, while it still verifies (or until the next change)
 */
public record IdentityVerification(Optional<String> secret, boolean enforced, Optional<PreviousSecret> previous) {

    /** The shortest secret, in characters. */
    public static final int MIN_SECRET_LENGTH = 32;

    /** The longest user id the store can sign, in characters. */
    public static final int MAX_USER_ID_LENGTH = 200;

    /** How long a replaced secret keeps verifying when a rotation does not say. */
    public static final Duration DEFAULT_GRACE = Duration.ofHours(24);

    /** The longest a replaced secret may keep verifying. */
    @SuppressWarnings("CanonicalDuration") // in hours, as stores set it (graceHours), rather than as seven days
    public static final Duration MAX_GRACE = Duration.ofHours(168);

    private static final int SHA256_BYTES = 32;

    public IdentityVerification {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(previous, "previous secret");
        secret.ifPresent(IdentityVerification::checkSecret);
        if (enforced && secret.isEmpty()) {
            throw new InvalidValueException(
                    "identity_verification_needs_secret",
                    "Identity verification can only be enforced while a secret is set.");
        }
        if (previous.isPresent() && secret.isEmpty()) {
            throw new IllegalArgumentException("A previous secret is kept only beside a current one");
        }
    }

    /** Verification without a previous secret. */
    public IdentityVerification(Optional<String> secret, boolean enforced) {
        this(secret, enforced, Optional.empty());
    }

    /** No secret, nothing enforced. */
    public static IdentityVerification none() {
        return new IdentityVerification(Optional.empty(), false);
    }

    /**
     * The same enforcement with a new secret; the secret it replaces stops verifying at once.
     *
     * @throws InvalidValueException when the secret is too short or has spaces in it
     */
    public IdentityVerification withSecret(String newSecret) {
        return new IdentityVerification(Optional.of(Objects.requireNonNull(newSecret, "secret")), enforced);
    }

    /**
     * The same enforcement with a new secret; the secret it replaces keeps verifying until {@code now + grace} (to the
     * millisecond). A grace of zero, or no secret to replace, keeps nothing; giving the current secret again changes
     * nothing.
     *
     * @throws InvalidValueException when the secret is too short or has spaces in it ({@code invalid_identity_secret}),
     *     or the grace is negative or longer than {@link #MAX_GRACE} ({@code invalid_grace_period})
     */
    public IdentityVerification replacedBy(String newSecret, Instant now, Duration grace) {
        Objects.requireNonNull(newSecret, "secret");
        Objects.requireNonNull(now, "now");
        checkGrace(grace);
        if (secret.filter(newSecret::equals).isPresent()) {
            return this;
        }
        // To the millisecond, as every database keeps it.
        Instant until = now.plus(grace).truncatedTo(ChronoUnit.MILLIS);
        Optional<PreviousSecret> kept =
                grace.isZero() ? Optional.empty() : secret.map(old -> new PreviousSecret(old, until));
        return new IdentityVerification(Optional.of(newSecret), enforced, kept);
    }

    /**
     * Rotates the secret: a new one of 256 random bits (in hex) replaces it, and the old one keeps verifying for the
     * grace period, as {@link #replacedBy} says. The new secret is {@link #secret()} of the result.
     *
     * @throws InvalidValueException when the grace is negative or longer than {@link #MAX_GRACE}
     *     ({@code invalid_grace_period})
     */
    public IdentityVerification rotated(SecureRandom random, Instant now, Duration grace) {
        return replacedBy(randomSecret(random), now, grace);
    }

    /** Until when the previous secret verifies, while it still does at {@code now}. */
    public Optional<Instant> previousSecretUntil(Instant now) {
        return previous.filter(old -> old.verifiesAt(now)).map(PreviousSecret::until);
    }

    /**
     * The same enforcement with a new secret of 256 random bits (in hex), for an installation that needs a secret
     * before any admin set one, such as the demo store.
     */
    public IdentityVerification withRandomSecret(SecureRandom random) {
        return withSecret(randomSecret(random));
    }

    /**
     * Forgets the secret, and the previous one with it.
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
        return new IdentityVerification(secret, enforce, previous);
    }

    /**
     * Whether {@code hexHmac} is the HMAC-SHA256 of {@code userId} under the store's secret, in hex of either case, or
     * under the previous secret while its grace period lasts at {@code now}. The comparison takes the same time
     * wherever the signatures differ. Without a secret nothing verifies.
     *
     * @throws InvalidValueException when the user id is blank or longer than {@value #MAX_USER_ID_LENGTH} characters
     */
    public boolean verify(String userId, String hexHmac, Instant now) {
        requireUserId(userId);
        Objects.requireNonNull(now, "now");
        if (secret.isEmpty() || hexHmac == null || hexHmac.length() != SHA256_BYTES * 2) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(hexHmac);
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        boolean current = MessageDigest.isEqual(signature(secret.get(), userId), given);
        boolean old = previous.filter(replaced -> replaced.verifiesAt(now))
                .map(replaced -> MessageDigest.isEqual(signature(replaced.value(), userId), given))
                .orElse(false);
        return current || old;
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
        return "IdentityVerification[secret=" + (secret.isPresent() ? "set" : "none") + ", enforced=" + enforced
                + previous.map(old -> ", previous=" + old).orElse("") + "]";
    }

    /**
     * A secret that was replaced and keeps verifying until a moment; never printed.
     *
     * @param value the replaced secret
     * @param until the first moment at which it no longer verifies
     */
    public record PreviousSecret(String value, Instant until) {

        public PreviousSecret {
            checkSecret(value);
            Objects.requireNonNull(until, "until");
        }

        /** Whether it still verifies at {@code now}. */
        public boolean verifiesAt(Instant now) {
            return now.isBefore(until);
        }

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "PreviousSecret[until=" + until + "]";
        }
    }

    private static String randomSecret(SecureRandom random) {
        byte[] bits = new byte[SHA256_BYTES];
        random.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    private static void checkGrace(Duration grace) {
        Objects.requireNonNull(grace, "grace period");
        if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
            throw new InvalidValueException(
                    "invalid_grace_period",
                    "The grace period of a replaced" + " identity-verification secret is 0 to " + MAX_GRACE.toHours()
                            + " hours.");
        }
    }

    private static byte[] signature(String key, String userId) {
        return hmacSha256(key.getBytes(StandardCharsets.UTF_8), userId.getBytes(StandardCharsets.UTF_8));
    }

    private static void requireUserId(String userId) {
        Objects.requireNonNull(userId, "user id");
        if (userId.isBlank() || userId.length() > MAX_USER_ID_LENGTH) {
            throw new InvalidValueException(
                    "invalid_user_id", "A user id is 1 to " + MAX_USER_ID_LENGTH + " characters long.");
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
            throw new InvalidValueException(
                    "invalid_identity_secret",
                    "The identity-verification secret must be at" + " least " + MIN_SECRET_LENGTH
                            + " characters long, without spaces.");
        }
    }
}
