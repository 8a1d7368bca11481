package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;
import java.util.Optional;

/** Driven by the transports to learn who a signed-in agent is. */
public interface AgentQuery {

    Optional<AgentView> find(AgentId id);
}
