package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.SessionTokenHash;
import java.util.Collection;

/**
 * Drops sessions that another node ended from what this node keeps of them in memory, so that the next request in
 * them reads the database and is refused at once, not only once the cached copy grows old.
 */
public interface ForgetCachedSessionsUseCase {

    /** Forgets these sessions, or every session of the agent when {@code allOfAgent}. */
    void forgetCached(AgentId agent, Collection<SessionTokenHash> sessions, boolean allOfAgent);
}
