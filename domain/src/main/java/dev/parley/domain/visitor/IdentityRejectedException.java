package dev.parley.domain.visitor;

import dev.parley.domain.shared.DomainException;

/**
 * A visitor claimed to be a store user without the store's valid signature of that user id. A forged or broken
 * identity is refused outright: it never silently becomes another visitor, anonymous or not.
 */
public class IdentityRejectedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public IdentityRejectedException(String message) {
        super("identity_rejected", message);
    }
}
