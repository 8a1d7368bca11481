package dev.parley.domain.settings;

import dev.parley.domain.shared.NotFoundException;

/** The store has no FAQ with the given id. */
public class FaqNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public FaqNotFoundException(Object id) {
        super("faq_not_found", "There is no FAQ " + id + ".");
    }
}
