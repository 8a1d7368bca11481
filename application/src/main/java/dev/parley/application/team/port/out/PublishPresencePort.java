package dev.parley.application.team.port.out;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Presence;

/** Tells the inboxes that an agent's presence changed, and the widgets whether anyone is online, once it is so. */
public interface PublishPresencePort {

    /**
     * An agent came online, went away or went offline.
     *
     * @param teamOnline whether anyone of the team is online after the change
     * @param teamChanged whether that changed with it
     */
    void presenceChanged(AgentId agent, Presence presence, boolean teamOnline, boolean teamChanged);
}
