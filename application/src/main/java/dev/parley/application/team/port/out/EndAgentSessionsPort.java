package dev.parley.application.team.port.out;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.SessionEnd;
import dev.parley.domain.team.SessionTokenHash;
import java.util.Collection;

/**
 * Tells the live connections of an agent's sessions that those sessions ended or were rotated, so that they close
 * (or follow the new session) at once rather than at their next request. Driven by the team use cases inside their
 * transaction; implementations act only once it has committed, so a refused change ends nothing.
 */
public interface EndAgentSessionsPort {

    /** The sessions ended: their connections close, saying why (removal from the team is not a sign-out). */
    void ended(AgentId agent, Collection<SessionTokenHash> sessions, SessionEnd reason);

    /** The session goes on under a new token: its connections stay open and now belong to {@code to}. */
    void rotated(SessionTokenHash from, SessionTokenHash to);
}
