package dev.parley.application.team.port.in;

import dev.parley.domain.team.SessionToken;

/**
 * Driven by the transports (every agent REST request, the agent WebSocket handshake) to learn whom a session cookie
 * signs in. Using a live session keeps it alive.
 */
public interface AgentSessionQuery {

    SessionCheck check(SessionToken token);
}
