package dev.parley.application.visitor.port.in;

import dev.parley.domain.visitor.VisitorToken;
import java.util.Optional;

/** Driven by the visitor's transport when the widget connects. */
public interface IdentifyVisitorUseCase {

    /**
     * Recognises the visitor holding {@code token}; without a token, or with one Parley does not know, creates a new
     * anonymous visitor and issues them a token.
     */
    VisitorIdentity identify(Optional<VisitorToken> token);
}
