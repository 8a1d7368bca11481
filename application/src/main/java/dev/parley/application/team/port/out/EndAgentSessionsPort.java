package dev.parley.application.team.port.out;

import dev.parley.domain.shared.AgentId;

/**
 * Ends every signed-in session of an agent and closes the live connections they opened, so that a removed member is
 * out at once rather than at their next request. Driven by the team use cases inside their transaction;
 * implementations act only once it has committed, and a refused removal ends nothing.
 */
public interface EndAgentSessionsPort {

    void endSessionsOf(AgentId agent);
}
