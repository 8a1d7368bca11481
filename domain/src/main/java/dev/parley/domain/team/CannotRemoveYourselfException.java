package dev.parley.domain.team;

import dev.parley.domain.shared.DomainException;

/** An admin cannot remove their own account; another admin must do it. */
public class CannotRemoveYourselfException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CannotRemoveYourselfException() {
        super("cannot_remove_yourself", "You cannot remove yourself from the team; ask another admin.");
    }
}
