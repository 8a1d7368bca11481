package dev.parley.adapters.rest;

import dev.parley.application.team.port.in.AgentView;
import java.util.Locale;

/**
 * A signed-in agent, as the inbox sees them.
 *
 * @param id the agent's id
 * @param email their address
 * @param name their display name
 * @param role {@code agent} or {@code admin}
 */
public record AgentResponse(String id, String email, String name, String role) {

    static AgentResponse of(AgentView agent) {
        return new AgentResponse(agent.id().toString(), agent.email(), agent.name(),
                agent.role().name().toLowerCase(Locale.ROOT));
    }
}
