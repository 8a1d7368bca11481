package dev.parley.application.visitor.port.in;

import dev.parley.domain.visitor.VisitorToken;
import java.util.Optional;

/** Driven by the visitor's transport when the widget connects. */
public interface IdentifyVisitorUseCase {

    /**
     * Recognises the visitor. With a user id and its valid signature, the visitor is the store user of that id (found
     * or created; no token is issued, the signature is proof enough each time). With a user id and a wrong signature,
     * or with a signature but no user id, nobody is recognised. With a user id but no signature, the visitor is
     * refused while the store enforces identity verification, and otherwise treated as anonymous (the user id is
     * ignored). An anonymous visitor is recognised by their token; without a token, or with one Parley does not know,
     * a new anonymous visitor is created and issued a token, unless the client's address has been issued too many
     * ({@link VisitorSessionLimits}).
     *
     * @throws dev.parley.domain.visitor.IdentityRejectedException when the claimed identity is not proven
     * @throws dev.parley.domain.shared.RateLimitedException when a new anonymous visitor is over the limit; nothing is
     *     created
     */
    VisitorIdentity identify(IdentifyVisitorCommand command);

    /** Recognises an anonymous visitor by their token, or creates a new one; see {@link #identify(IdentifyVisitorCommand)}. */
    default VisitorIdentity identify(Optional<VisitorToken> token, String clientAddress) {
        return identify(IdentifyVisitorCommand.anonymous(token, clientAddress));
    }
}
