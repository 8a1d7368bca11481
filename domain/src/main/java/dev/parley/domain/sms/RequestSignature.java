package dev.parley.domain.sms;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a Twilio-compatible provider puts on its requests ({@code X-Twilio-Signature}): the base64 of the
 * HMAC-SHA1, keyed with the auth token, of the full URL the provider called followed by each form parameter's name and
 * value, sorted by name (and a repeated name's values sorted too). Parameters are used exactly as received: nothing is
 * trimmed.
 */
public final class RequestSignature {

    private static final String HMAC = "HmacSHA1";

    private RequestSignature() {}

    /** The signature of a request to {@code url} with these form parameters. */
    public static String sign(String authToken, String url, Map<String, List<String>> parameters) {
        Objects.requireNonNull(authToken, "authToken");
        Objects.requireNonNull(url, "url");
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(parameters).forEach((name, values) -> {
            List<String> sorted = new ArrayList<>(values);
            sorted.sort(null);
            sorted.forEach(value -> signed.append(name).append(value));
        });
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), HMAC));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException unavailable) {
            throw new IllegalStateException("HMAC-SHA1 is part of every Java runtime", unavailable);
        }
    }

    /** Whether {@code signature} is this request's, under any of the tokens; compared in constant time. */
    public static boolean matches(
            List<String> authTokens, String url, Map<String, List<String>> parameters, String signature) {
        if (signature == null || signature.isEmpty()) {
            return false;
        }
        byte[] given = signature.getBytes(StandardCharsets.UTF_8);
        boolean matched = false;
        for (String token : authTokens) {
            // Every token is tried, so that the time taken does not tell which one matched.
            matched |= MessageDigest.isEqual(sign(token, url, parameters).getBytes(StandardCharsets.UTF_8), given);
        }
        return matched;
    }
}
