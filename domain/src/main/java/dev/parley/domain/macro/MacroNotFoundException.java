package dev.parley.domain.macro;

import dev.parley.domain.shared.NotFoundException;

/** No such macro. */
public class MacroNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public MacroNotFoundException(Object id) {
        super("macro_not_found", "There is no macro " + id + ".");
    }
}
