package dev.parley.application.team.port.out;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Presence;
import java.util.Map;

/**
 * Tells the other nodes of a cluster who is present on this node alone (by this node's inboxes): each node shows an
 * agent as present as the most present node has them. Called in the order the changes happened here, so that a node's
 * word never overtakes a later one of its own. On one node nobody needs telling.
 */
public interface SharePresencePort {

    /**
     * An agent's presence on this node changed.
     *
     * @param anyoneOnlineHere whether anyone is online on this node after the change
     */
    void presenceHere(AgentId agent, Presence presence, boolean anyoneOnlineHere);

    /**
     * Who is present on this node, said again every few seconds: a node from which nothing at all is heard for a few
     * seconds is taken for gone, and an agent it stops naming is forgotten.
     *
     * @param present the agents online or away here
     */
    void presentHere(boolean anyoneOnlineHere, Map<AgentId, Presence> present);
}
