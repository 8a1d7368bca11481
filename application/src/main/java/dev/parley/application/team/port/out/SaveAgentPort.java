package dev.parley.application.team.port.out;

import dev.parley.domain.team.Agent;

/** Stores team members; driven by the team use cases. */
public interface SaveAgentPort {

    /**
     * Stores a new agent.
     *
     * @throws dev.parley.domain.team.EmailTakenException when another account got the address at the same time
     */
    void create(Agent agent);
}
