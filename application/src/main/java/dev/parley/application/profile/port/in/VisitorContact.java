package dev.parley.application.profile.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * What the widget needs to know of the visitor's address: whether Parley can write to them, and whether the store
 * set the address (then the widget never asks for one).
 *
 * @param visitorEmail the address the visitor gave, shown back to them only
 * @param storeEmail whether the store's contact details carry an address for them
 */
public record VisitorContact(Optional<String> visitorEmail, boolean storeEmail) {

    public VisitorContact {
        Objects.requireNonNull(visitorEmail, "visitor email");
    }

    /** Whether Parley has an address to write to. */
    public boolean emailKnown() {
        return storeEmail || visitorEmail.isPresent();
    }
}
