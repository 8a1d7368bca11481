package dev.parley.application.visitor.port.in;

import dev.parley.domain.profile.FirstVisit;
import dev.parley.domain.visitor.VisitorToken;
import java.util.Objects;
import java.util.Optional;

/**
 * A visitor says who they are when the widget connects.
 *
 * @param token the token Parley issued to them earlier, if they hold one
 * @param userId the store's user id of a visitor logged in to the store, if any
 * @param userHash the store's signature of {@code userId}: hex HMAC-SHA256 under the identity-verification secret
 * @param firstVisit the visitor's locale and page, which their profile keeps if it knows none yet
 * @param clientAddress the address the connection came from, which per-address limits count
 */
public record IdentifyVisitorCommand(
        Optional<VisitorToken> token,
        Optional<String> userId,
        Optional<String> userHash,
        FirstVisit firstVisit,
        String clientAddress) {

    public IdentifyVisitorCommand {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(userId, "user id");
        Objects.requireNonNull(userHash, "user hash");
        Objects.requireNonNull(firstVisit, "first visit");
        Objects.requireNonNull(clientAddress, "client address");
    }

    /** Who the visitor says they are, without a locale or page. */
    public IdentifyVisitorCommand(
            Optional<VisitorToken> token, Optional<String> userId, Optional<String> userHash, String clientAddress) {
        this(token, userId, userHash, FirstVisit.nothing(), clientAddress);
    }

    /** An anonymous visitor, with or without a token. */
    public static IdentifyVisitorCommand anonymous(Optional<VisitorToken> token, String clientAddress) {
        return new IdentifyVisitorCommand(token, Optional.empty(), Optional.empty(), clientAddress);
    }
}
