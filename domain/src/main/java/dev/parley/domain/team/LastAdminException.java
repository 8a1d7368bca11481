package dev.parley.domain.team;

import dev.parley.domain.shared.DomainException;

/** The team must keep at least one active admin, or nobody could manage it any more. */
public class LastAdminException extends DomainException {

    private static final long serialVersionUID = 1L;

    public LastAdminException(String name) {
        super("last_admin", name + " is the team's last admin; make another member an admin first.");
    }
}
