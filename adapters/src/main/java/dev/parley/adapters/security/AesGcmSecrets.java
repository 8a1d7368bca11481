package dev.parley.adapters.security;

import dev.parley.application.shared.port.out.SecretsPort;
import dev.parley.domain.shared.SealedSecret;
import dev.parley.domain.shared.SecretsKeyMissingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals third parties' secrets with AES-256-GCM under the key of {@code PARLEY_SECRETS_KEY} (32 random bytes in
 * base64), with a fresh 96-bit nonce each time and the secret's context (what it belongs to) as associated data, so
 * that a sealed secret copied onto another row does not open. A sealed secret reads {@code v1:<key id>:<base64url of
 * nonce and ciphertext>}, where the key id is the first 8 hex digits of the key's SHA-256: during a key rotation,
 * secrets sealed under {@code PARLEY_SECRETS_KEY_PREVIOUS} still open, and are sealed anew under the current key.
 */
public final class AesGcmSecrets implements SecretsPort {

    private static final String VERSION = "v1";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Optional<Key> current;
    private final Optional<Key> previous;
    private final Optional<String> unavailable;

    private record Key(String id, SecretKeySpec spec) {}

    /**
     * @param currentKey the base64 of the current key, when configured
     * @param previousKey the base64 of the key before it, during a rotation
     * @throws IllegalArgumentException when a key is given but is not the base64 of 32 bytes
     */
    public AesGcmSecrets(Optional<String> currentKey, Optional<String> previousKey) {
        this.current = currentKey.filter(given -> !given.isBlank()).map(given -> key("PARLEY_SECRETS_KEY", given));
        this.previous =
                previousKey.filter(given -> !given.isBlank()).map(given -> key("PARLEY_SECRETS_KEY_PREVIOUS", given));
        this.unavailable = current.isPresent() ? Optional.empty() : Optional.of("PARLEY_SECRETS_KEY is not set.");
    }

    private AesGcmSecrets(String why) {
        this.current = Optional.empty();
        this.previous = Optional.empty();
        this.unavailable = Optional.of(why);
    }

    /** Secrets that cannot be stored or opened, for the reason given (an unusable key). */
    public static AesGcmSecrets refused(String why) {
        return new AesGcmSecrets(why);
    }

    @Override
    public Optional<String> unavailable() {
        return unavailable;
    }

    @Override
    public SealedSecret seal(String secret, String context) {
        Key key = current.orElseThrow(() -> new SecretsKeyMissingException(unavailable.orElseThrow()));
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return new SealedSecret(VERSION + ":" + key.id() + ":"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(out));
        } catch (GeneralSecurityException everyJavaHasIt) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", everyJavaHasIt);
        }
    }

    @Override
    public String open(SealedSecret sealed, String context) {
        String[] parts = sealed.value().split(":", 3);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw new IllegalStateException("A stored secret is not in a form Parley seals");
        }
        Key key = current.filter(k -> k.id().equals(parts[1]))
                .or(() -> previous.filter(k -> k.id().equals(parts[1])))
                .orElseThrow(() -> new SecretsKeyMissingException("no configured key opens a stored secret (key "
                        + parts[1] + "); was PARLEY_SECRETS_KEY changed without setting PARLEY_SECRETS_KEY_PREVIOUS?"));
        byte[] in = Base64.getUrlDecoder().decode(parts[2]);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException tampered) {
            throw new IllegalStateException(
                    "A stored secret does not open: it was changed, or belongs elsewhere", tampered);
        } catch (GeneralSecurityException everyJavaHasIt) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", everyJavaHasIt);
        }
    }

    @Override
    public boolean isCurrent(SealedSecret sealed) {
        return current.map(key -> sealed.value().startsWith(VERSION + ":" + key.id() + ":"))
                .orElse(false);
    }

    private static Key key(String name, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(name + " is not base64", notBase64);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(name + " must be " + KEY_BYTES
                    + " bytes in base64 (openssl rand -base64 32); it has " + bytes.length);
        }
        try {
            String id = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 8);
            return new Key(id, new SecretKeySpec(bytes, "AES"));
        } catch (GeneralSecurityException everyJavaHasIt) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", everyJavaHasIt);
        }
    }
}
