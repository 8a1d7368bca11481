package dev.parley.adapters.websocket;

import dev.parley.application.team.port.out.AnnounceStatusChoicePort;
import dev.parley.application.team.port.out.PublishPresencePort;
import dev.parley.application.team.port.out.PublishTeamAvailabilityPort;
import dev.parley.application.team.port.out.SharePresencePort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Presence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Announces a change of an agent's presence to this node's inboxes, and of whether anyone is online to its widgets,
 * as a CDI event that {@link ConnectionRegistry} observes as it is fired (presence lives in memory; the frames go out in
 * the order of the changes); and a change of an agent's presence on this
 * node alone, and a status chosen, as events that {@link ClusterRelay} tells the other nodes (a driven adapter).
 */
@ApplicationScoped
class WebSocketPresencePublisher
        implements PublishPresencePort, PublishTeamAvailabilityPort, AnnounceStatusChoicePort, SharePresencePort {

    private Event<PresenceNews> events;
    private Event<TeamAvailabilityNews> teamEvents;
    private Event<StatusChosen> statusEvents;
    private Event<PresenceHere> hereEvents;
    private Event<PresentHere> presentEvents;

    @Inject
    WebSocketPresencePublisher(
            Event<PresenceNews> events,
            Event<TeamAvailabilityNews> teamEvents,
            Event<StatusChosen> statusEvents,
            Event<PresenceHere> hereEvents,
            Event<PresentHere> presentEvents) {
        this.events = events;
        this.teamEvents = teamEvents;
        this.statusEvents = statusEvents;
        this.hereEvents = hereEvents;
        this.presentEvents = presentEvents;
    }

    /** For CDI proxies only. */
    protected WebSocketPresencePublisher() {}

    @Override
    public void presenceChanged(AgentId agent, Presence presence, boolean teamOnline, boolean teamChanged) {
        events.fire(new PresenceNews(agent, presence, teamOnline, teamChanged));
    }

    @Override
    public void statusChosen(AgentId agent) {
        statusEvents.fire(new StatusChosen(agent));
    }

    @Override
    public void presenceHere(AgentId agent, Presence presence, boolean anyoneOnlineHere) {
        hereEvents.fire(new PresenceHere(agent, presence, anyoneOnlineHere));
    }

    @Override
    public void presentHere(boolean anyoneOnlineHere, Map<AgentId, Presence> present) {
        presentEvents.fire(new PresentHere(anyoneOnlineHere, present));
    }

    @Override
    public void teamAvailabilityChanged(boolean teamOnline) {
        teamEvents.fire(new TeamAvailabilityNews(teamOnline));
    }

    /**
     * "An agent's presence changed": the CDI event.
     *
     * @param agent the agent
     * @param presence online, away or offline now
     * @param teamOnline whether anyone of the team is online after the change
     * @param teamChanged whether that changed with it
     */
    record PresenceNews(AgentId agent, Presence presence, boolean teamOnline, boolean teamChanged) {}

    /** "An agent chose a status": the CDI event, for the other nodes once it has committed. */
    record StatusChosen(AgentId agent) {}

    /**
     * "An agent's presence on this node alone changed": the CDI event, for the other nodes, observed as it is fired so
     * that the nudges go out in the order of the changes.
     */
    record PresenceHere(AgentId agent, Presence presence, boolean anyoneOnlineHere) {}

    /** "Who is present on this node, again": the CDI event, for the other nodes, observed as it is fired. */
    record PresentHere(boolean anyoneOnlineHere, Map<AgentId, Presence> present) {}

    /** "Whether anyone is online changed through another node's news": the CDI event. */
    record TeamAvailabilityNews(boolean teamOnline) {}
}
