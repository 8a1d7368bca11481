package dev.parley.domain.team;

import dev.parley.domain.shared.DomainException;

/** The caller is known, but may not do what they asked. */
public abstract class NotPermittedException extends DomainException {

    private static final long serialVersionUID = 1L;

    protected NotPermittedException(String code, String message) {
        super(code, message);
    }
}
