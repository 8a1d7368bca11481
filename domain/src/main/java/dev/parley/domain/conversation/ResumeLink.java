package dev.parley.domain.conversation;

import dev.parley.domain.shared.VisitorId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A link that takes a visitor from an email back into their conversation, on Parley's own chat page: whoever holds
 * its token may speak as that visitor in that conversation until it runs out. The token is 256 random bits, handed
 * out once in the email; only its SHA-256 is kept, so a copy of the database opens no conversation.
 *
 * @param tokenHash the SHA-256 of the token, in hex
 * @param conversation the conversation it opens
 * @param visitor whose conversation it is
 * @param expiresAt when it stops opening anything
 */
public record ResumeLink(String tokenHash, ConversationId conversation, VisitorId visitor, Instant expiresAt) {

    private static final int BYTES = 32;

    public ResumeLink {
        Objects.requireNonNull(tokenHash, "token hash");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(expiresAt, "expires at");
    }

    /** A new link and the token that opens it; the token is in the email only. */
    public record Issued(ResumeLink link, String token) {

        /** Never prints the token. */
        @Override
        public String toString() {
            return "Issued[conversation=" + link.conversation() + "]";
        }
    }

    /** Draws a new token that opens the conversation for {@code lifetime} from {@code now}. */
    public static Issued issue(
            ConversationId conversation, VisitorId visitor, Instant now, Duration lifetime, SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new ResumeLink(hash(token), conversation, visitor, now.plus(lifetime)), token);
    }

    /** Whether it still opens the conversation at {@code now}. */
    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** The SHA-256 of a token, the only form in which Parley stores it. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", everyJavaHasIt);
        }
    }
}
