package dev.parley.application.team.port.in;

/** Driven at start-up by the composition root with the configured first admin. */
public interface CreateFirstAdminUseCase {

    /** Creates the admin when the team is still empty; returns whether it did. */
    boolean createIfTeamIsEmpty(CreateFirstAdminCommand command);
}
