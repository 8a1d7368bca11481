package dev.parley.adapters.websocket;

import dev.parley.application.team.port.out.EndAgentSessionsPort;
import dev.parley.domain.shared.AgentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Ends a removed agent's HTTP sessions and closes their WebSockets on this node, as a CDI event that
 * {@link SignedInSessions} and {@link ConnectionRegistry} observe after commit (a driven adapter).
 */
@ApplicationScoped
class WebSocketAgentSessions implements EndAgentSessionsPort {

    private Event<AgentSessionsEnded> events;

    @Inject
    WebSocketAgentSessions(Event<AgentSessionsEnded> events) {
        this.events = events;
    }

    /** For CDI proxies only. */
    protected WebSocketAgentSessions() {}

    @Override
    public void endSessionsOf(AgentId agent) {
        events.fire(new AgentSessionsEnded(agent));
    }

    /**
     * "This agent's sessions end": the CDI event.
     *
     * @param agent the agent who was removed
     */
    record AgentSessionsEnded(AgentId agent) {}
}
