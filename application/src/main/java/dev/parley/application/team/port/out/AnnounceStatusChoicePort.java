package dev.parley.application.team.port.out;

import dev.parley.domain.shared.AgentId;

/**
 * Tells the other nodes of a cluster, once it has committed, that an agent chose a status: a node where that agent's
 * inbox is open reads it and shows the agent's new presence (on one node nobody needs telling).
 */
public interface AnnounceStatusChoicePort {

    void statusChosen(AgentId agent);
}
