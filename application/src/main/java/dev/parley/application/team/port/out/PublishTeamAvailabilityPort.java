package dev.parley.application.team.port.out;

/**
 * Tells this node's widgets whether anyone of the team is online, when that changed through another node's news (a
 * change on this node comes with the agent's presence, through {@link PublishPresencePort}).
 */
public interface PublishTeamAvailabilityPort {

    void teamAvailabilityChanged(boolean teamOnline);
}
