package dev.parley.application.team.port.in;

import dev.parley.domain.team.SessionToken;

/** Driven by the REST adapter when an agent signs out. */
public interface SignOutUseCase {

    /** Deletes the session, if there is one, and closes the connections it opened. */
    void signOut(SessionToken token);
}
