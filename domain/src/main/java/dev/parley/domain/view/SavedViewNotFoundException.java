package dev.parley.domain.view;

import dev.parley.domain.shared.NotFoundException;

/** No such view, or none the caller may see: another agent's personal view is not found either. */
public class SavedViewNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public SavedViewNotFoundException(Object id) {
        super("view_not_found", "There is no view " + id + ".");
    }
}
