package dev.parley.application.team.port.out;

import dev.parley.domain.team.Agent;

/** Stores the changed state (role, password hash, deactivation) of an existing agent; driven by the team use cases. */
public interface UpdateAgentPort {

    void update(Agent agent);
}
