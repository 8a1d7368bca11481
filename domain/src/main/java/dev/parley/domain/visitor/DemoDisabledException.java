package dev.parley.domain.visitor;

import dev.parley.domain.shared.NotFoundException;

/**
 * The demo customer was asked for on an installation that is not a demo ({@code PARLEY_DEMO_ENABLED} is off): outside
 * a demo, Parley never signs in anybody in a store's name, and answers as if there were no such thing.
 */
public class DemoDisabledException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public DemoDisabledException() {
        super("demo_disabled", "This Parley installation is not a demo; there is no demo customer.");
    }
}
