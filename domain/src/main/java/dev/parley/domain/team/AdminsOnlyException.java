package dev.parley.domain.team;

/** Only an active admin may manage the team. */
public class AdminsOnlyException extends NotPermittedException {

    private static final long serialVersionUID = 1L;

    public AdminsOnlyException() {
        super("admins_only", "Only admins may do this.");
    }
}
