package dev.parley.domain.tag;

import dev.parley.domain.shared.NotFoundException;

/** No such tag. */
public class TagNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public TagNotFoundException(Object id) {
        super("tag_not_found", "There is no tag " + id + ".");
    }
}
