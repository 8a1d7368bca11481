package dev.parley.application.visitor.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * A client of the visitor REST API asks for a visitor token.
 *
 * @param userId the store's user id of a visitor logged in to the store, if any
 * @param userHash the store's signature of {@code userId}: hex HMAC-SHA256 under the identity-verification secret
 */
public record StartVisitorSessionCommand(Optional<String> userId, Optional<String> userHash) {

    public StartVisitorSessionCommand {
        Objects.requireNonNull(userId, "user id");
        Objects.requireNonNull(userHash, "user hash");
    }
}
