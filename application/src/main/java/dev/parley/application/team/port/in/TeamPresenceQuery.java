package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Presence;

/**
 * Who of the team can answer now: an agent is online while an inbox of theirs is connected and they have not said they
 * are away. Known to the node the inboxes are connected to.
 */
public interface TeamPresenceQuery {

    /** Whether the agent is online, away or offline now. */
    Presence presenceOf(AgentId agent);

    /** Whether at least one agent is online now. */
    boolean anyoneOnline();
}
