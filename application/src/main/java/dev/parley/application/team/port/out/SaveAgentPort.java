package dev.parley.application.team.port.out;

import dev.parley.domain.team.Agent;

/** Stores team members; driven by the team use cases. */
public interface SaveAgentPort {

    void create(Agent agent);
}
