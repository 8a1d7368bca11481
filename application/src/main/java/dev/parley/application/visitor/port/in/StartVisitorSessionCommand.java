package dev.parley.application.visitor.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * A client of the visitor REST API asks for a visitor token.
 *
 * @param userId the store's user id of a visitor logged in to the store, if any
 * @param userHash the store's signature of {@code userId}: hex HMAC-SHA256 under the identity-verification secret
 * @param clientAddress the address the request came from, which per-address limits count
 */
public record StartVisitorSessionCommand(Optional<String> userId, Optional<String> userHash, String clientAddress) {

    public StartVisitorSessionCommand {
        Objects.requireNonNull(userId, "user id");
        Objects.requireNonNull(userHash, "user hash");
        Objects.requireNonNull(clientAddress, "client address");
    }
}
