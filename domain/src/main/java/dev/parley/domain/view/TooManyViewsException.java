package dev.parley.domain.view;

import dev.parley.domain.shared.DomainException;

/** As many views as may be kept are saved already. */
public class TooManyViewsException extends DomainException {

    private static final long serialVersionUID = 1L;

    public TooManyViewsException(int limit) {
        super("too_many_views", "There are already " + limit + " views, as many as may be kept; delete one first.");
    }
}
