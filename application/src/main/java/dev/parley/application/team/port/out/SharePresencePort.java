package dev.parley.application.team.port.out;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Presence;

/**
 * Tells the other nodes of a cluster, once it has committed, an agent's presence on this node alone (by this node's
 * inboxes of theirs): each node shows the agent as present as the most present node has them. On one node nobody
 * needs telling.
 */
public interface SharePresencePort {

    void presenceHere(AgentId agent, Presence presence);
}
