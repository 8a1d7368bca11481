package dev.parley.application.visitor.port.out;

import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.visitor.TokenHash;
import dev.parley.domain.visitor.Visitor;
import java.util.Optional;

/** Reads visitors; driven by the visitor use cases. */
public interface LoadVisitorPort {

    Optional<Visitor> findByTokenHash(TokenHash hash);

    /** The visitor logged in to the store as this user id, if they have been here before. */
    Optional<Visitor> findByExternalId(String externalId);

    Optional<Visitor> findById(VisitorId id);
}
