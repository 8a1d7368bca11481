package dev.parley.domain.macro;

import dev.parley.domain.shared.DomainException;

/** The store has as many macros as it may keep; one must go before another comes. */
public class TooManyMacrosException extends DomainException {

    private static final long serialVersionUID = 1L;

    public TooManyMacrosException(int limit) {
        super(
                "too_many_macros",
                "The store already has " + limit + " macros, as many as it may keep; delete one"
                        + " before adding another.");
    }
}
