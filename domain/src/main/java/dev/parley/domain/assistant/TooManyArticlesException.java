package dev.parley.domain.assistant;

import dev.parley.domain.shared.DomainException;

/** The store has as many knowledge articles as it may keep; one must go before another comes. */
public class TooManyArticlesException extends DomainException {

    private static final long serialVersionUID = 1L;

    public TooManyArticlesException(int limit) {
        super(
                "too_many_articles",
                "The store already has " + limit + " knowledge articles, as many as it may keep; delete one before"
                        + " adding another.");
    }
}
