package dev.parley.application.team.port.out;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Agent;
import java.util.List;

/** Reads the team as a whole; driven by the team use cases. */
public interface LoadTeamPort {

    /** Every agent, active or deactivated, in no particular order. */
    List<Agent> loadTeam();

    /**
     * The active admins, locked until the transaction ends, so that two admins who demote or remove each other at
     * the same time cannot leave the team without one.
     */
    List<AgentId> lockActiveAdmins();
}
