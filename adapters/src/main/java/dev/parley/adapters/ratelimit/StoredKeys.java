package dev.parley.adapters.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a key is written in the database's key columns (200 characters): as it is when it fits, otherwise as {@code
 * sha256:} and the hex of its SHA-256. A key that itself starts with {@code sha256:} is hashed too, so that no key
 * stored as it is can stand for another one's hash.
 */
final class StoredKeys {

    /** The longest key stored as it is: the width of the key columns. */
    static final int MAX_LENGTH = 200;

    private static final String HASHED = "sha256:";

    private StoredKeys() {}

    static String of(String key) {
        if (key.length() <= MAX_LENGTH && !key.startsWith(HASHED)) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HASHED + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }
}
