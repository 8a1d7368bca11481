package dev.parley.application.visitor.port.in;

import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.visitor.VisitorToken;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a connecting visitor is.
 *
 * @param visitor the visitor
 * @param issuedToken the new token, present only when one was just issued and must be handed to the visitor
 */
public record VisitorIdentity(VisitorId visitor, Optional<VisitorToken> issuedToken) {

    public VisitorIdentity {
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(issuedToken, "issued token");
    }
}
