package dev.parley.adapters.websocket;

import dev.parley.application.team.port.out.EndAgentSessionsPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.SessionEnd;
import dev.parley.domain.team.SessionTokenHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;

/**
 * Closes the connections of ended agent sessions on this node, and moves those of a rotated session to its new
 * token, as CDI events that {@link ConnectionRegistry} observes after commit (a driven adapter).
 */
@ApplicationScoped
class WebSocketAgentSessions implements EndAgentSessionsPort {

    private Event<SessionsEnded> ended;
    private Event<SessionRotated> rotated;

    @Inject
    WebSocketAgentSessions(Event<SessionsEnded> ended, Event<SessionRotated> rotated) {
        this.ended = ended;
        this.rotated = rotated;
    }

    /** For CDI proxies only. */
    protected WebSocketAgentSessions() {}

    @Override
    public void ended(AgentId agent, Collection<SessionTokenHash> sessions, SessionEnd reason) {
        ended.fire(new SessionsEnded(agent, Set.copyOf(sessions), reason));
    }

    @Override
    public void rotated(SessionTokenHash from, SessionTokenHash to) {
        rotated.fire(new SessionRotated(from, to));
    }

    /**
     * "These sessions of this agent ended": the CDI event.
     *
     * @param agent whose sessions
     * @param sessions which ones (all of the agent's, when they were removed from the team)
     * @param reason why, which decides the close code
     */
    record SessionsEnded(AgentId agent, Set<SessionTokenHash> sessions, SessionEnd reason) {}

    /**
     * "This session goes on under a new token": the CDI event.
     *
     * @param from the session's old token's hash
     * @param to its new one
     */
    record SessionRotated(SessionTokenHash from, SessionTokenHash to) {}
}
