package dev.parley.application.visitor.port.in;

/** Driven by the visitor REST API when a client asks for a visitor token. */
public interface StartVisitorSessionUseCase {

    /**
     * Issues a visitor token: to a new anonymous visitor, or, with a valid signed user id, to the store user of that
     * id (found or created). The rules for user ids are those of {@link IdentifyVisitorUseCase#identify}. A store
     * user holds one token at a time: issuing a new one ends the one issued before.
     *
     * @return the visitor, with the token always present
     * @throws dev.parley.domain.visitor.IdentityRejectedException when the claimed identity is not proven
     * @throws dev.parley.domain.shared.RateLimitedException when the client's address has been issued too many new
     *     anonymous visitors ({@link VisitorSessionLimits}); nothing is created
     */
    VisitorIdentity startSession(StartVisitorSessionCommand command);
}
