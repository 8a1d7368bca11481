package dev.parley.domain.tag;

import dev.parley.domain.shared.DomainException;

/** The store has as many tags as it may keep; one must go before another comes. */
public class TooManyTagsException extends DomainException {

    private static final long serialVersionUID = 1L;

    public TooManyTagsException(int limit) {
        super(
                "too_many_tags",
                "The store already has " + limit + " tags, as many as it may keep; delete one before adding another.");
    }
}
