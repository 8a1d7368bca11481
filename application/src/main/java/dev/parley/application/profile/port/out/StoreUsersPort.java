package dev.parley.application.profile.port.out;

import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.visitor.Visitor;
import java.util.Optional;

/** Finds and creates the visitors whose profiles the store sets; driven by the profile use cases. */
public interface StoreUsersPort {

    /** The visitor logged in to the store as this user id, if Parley knows them. */
    Optional<Visitor> findStoreUser(String externalId);

    Optional<Visitor> findVisitor(VisitorId visitor);

    /** Stores a store user who is new to Parley. */
    void createStoreUser(Visitor visitor);
}
