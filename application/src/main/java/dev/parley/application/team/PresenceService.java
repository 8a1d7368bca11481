package dev.parley.application.team;

import dev.parley.application.team.port.in.AgentInboxesUseCase;
import dev.parley.application.team.port.in.ChangeAgentStatusUseCase;
import dev.parley.application.team.port.in.TeamElsewhereUseCase;
import dev.parley.application.team.port.in.TeamPresenceQuery;
import dev.parley.application.team.port.out.AnnounceStatusChoicePort;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.application.team.port.out.PublishPresencePort;
import dev.parley.application.team.port.out.PublishTeamAvailabilityPort;
import dev.parley.application.team.port.out.UpdateAgentPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.DomainException;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.AgentNotFoundException;
import dev.parley.domain.team.AgentStatus;
import dev.parley.domain.team.Presence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Knows who of the team is online, away or offline on this node: the status each agent chose (stored with the agent)
 * and how many of their inboxes are connected (in memory: a connection lives no longer than the node). In a cluster it
 * also knows whether anyone is online on the other nodes, as they tell it, so that the team is online for every
 * widget when an agent is online anywhere. Every change of an agent's presence, and of whether anyone is online, is
 * published once.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class PresenceService
        implements ChangeAgentStatusUseCase, TeamPresenceQuery, AgentInboxesUseCase, TeamElsewhereUseCase {

    private static final Logger LOG = Logger.getLogger(PresenceService.class.getName());

    private final Map<AgentId, Integer> inboxes = new HashMap<>();
    private final Map<AgentId, AgentStatus> statuses = new HashMap<>();
    private final Map<AgentId, Presence> published = new HashMap<>();
    /** The other nodes' word on whether anyone is online there, and until when it holds. */
    private final Map<String, Elsewhere> elsewhere = new HashMap<>();

    private boolean teamOnline;
    /** Whether a new node's word was refused while the nodes heard were at the most: the warning is logged once. */
    private boolean tooManyNodes;

    private LoadAgentPort agents;
    private UpdateAgentPort updatedAgents;
    private PublishPresencePort publisher;
    private PublishTeamAvailabilityPort teamPublisher;
    private AnnounceStatusChoicePort statusAnnouncer;
    private Clock clock;

    @Inject
    public PresenceService(
            LoadAgentPort agents,
            UpdateAgentPort updatedAgents,
            PublishPresencePort publisher,
            PublishTeamAvailabilityPort teamPublisher,
            AnnounceStatusChoicePort statusAnnouncer,
            Clock clock) {
        this.agents = agents;
        this.updatedAgents = updatedAgents;
        this.publisher = publisher;
        this.teamPublisher = teamPublisher;
        this.statusAnnouncer = statusAnnouncer;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected PresenceService() {}

    @Override
    public AgentStatus changeStatus(AgentId agentId, AgentStatus status) {
        Agent agent =
                agents.findById(agentId).filter(Agent::isActive).orElseThrow(() -> new AgentNotFoundException(agentId));
        agent.changeStatus(status);
        updatedAgents.update(agent);
        statusAnnouncer.statusChosen(agentId);
        synchronized (this) {
            if (inboxes.containsKey(agentId)) {
                statuses.put(agentId, status);
            }
            changed(agentId);
        }
        return agent.status();
    }

    @Override
    public void inboxOpened(AgentId agent) {
        AgentStatus status = agents.findById(agent).map(Agent::status).orElse(AgentStatus.AVAILABLE);
        synchronized (this) {
            statuses.put(agent, status);
            inboxes.merge(agent, 1, Integer::sum);
            changed(agent);
        }
    }

    @Override
    public synchronized void inboxClosed(AgentId agent) {
        Integer left = inboxes.computeIfPresent(agent, (id, open) -> open > 1 ? open - 1 : null);
        if (left == null) {
            statuses.remove(agent);
        }
        changed(agent);
    }

    @Override
    public synchronized Presence presenceOf(AgentId agent) {
        return presenceNow(agent);
    }

    @Override
    public synchronized boolean anyoneOnline() {
        return teamOnline;
    }

    @Override
    public synchronized boolean anyoneOnlineHere() {
        return published.containsValue(Presence.ONLINE);
    }

    /**
     * The most other nodes whose word is kept at once: far more than a cluster has, so that a flood of nudges under made-up
     * node names (from whoever can NOTIFY on the database) cannot grow this node's memory; a new name beyond it is not
     * heard until a silent node is forgotten.
     */
    static final int MOST_NODES = 256;

    @Override
    public synchronized void heardFrom(String node, boolean anyoneOnline, Duration validFor) {
        if (!elsewhere.containsKey(node) && elsewhere.size() >= MOST_NODES) {
            if (!tooManyNodes) {
                tooManyNodes = true;
                LOG.warning(() -> "event=cluster_nodes_ignored reason=too_many_nodes most=" + MOST_NODES);
            }
            return;
        }
        elsewhere.put(node, new Elsewhere(anyoneOnline, clock.instant().plus(validFor)));
        teamMayHaveChanged();
    }

    @Override
    public void statusChosenElsewhere(AgentId agent) {
        synchronized (this) {
            if (!inboxes.containsKey(agent)) {
                return;
            }
        }
        AgentStatus status = agents.findById(agent).map(Agent::status).orElse(AgentStatus.AVAILABLE);
        synchronized (this) {
            if (inboxes.containsKey(agent)) {
                statuses.put(agent, status);
                changed(agent);
            }
        }
    }

    @Override
    public synchronized void forgetSilentNodes() {
        Instant now = clock.instant();
        elsewhere.values().removeIf(node -> !node.until().isAfter(now));
        if (elsewhere.size() < MOST_NODES) {
            tooManyNodes = false;
        }
        teamMayHaveChanged();
    }

    /** Whether anyone is online here, or on another node whose word still holds. */
    private boolean teamOnlineNow() {
        Instant now = clock.instant();
        return anyoneOnlineHere()
                || elsewhere.values().stream()
                        .anyMatch(node -> node.online() && node.until().isAfter(now));
    }

    private void teamMayHaveChanged() {
        boolean online = teamOnlineNow();
        if (online != teamOnline) {
            teamOnline = online;
            teamPublisher.teamAvailabilityChanged(online);
        }
    }

    private Presence presenceNow(AgentId agent) {
        return Presence.of(statuses.getOrDefault(agent, AgentStatus.AVAILABLE), inboxes.containsKey(agent));
    }

    private void changed(AgentId agent) {
        Presence now = presenceNow(agent);
        Presence before = published.getOrDefault(agent, Presence.OFFLINE);
        if (now == Presence.OFFLINE) {
            published.remove(agent);
        } else {
            published.put(agent, now);
        }
        boolean online = teamOnlineNow();
        boolean teamChanged = online != teamOnline;
        teamOnline = online;
        if (now != before) {
            publisher.presenceChanged(agent, now, online, teamChanged);
        }
    }

    /** Another node's word: whether anyone is online there, believed until {@code until}. */
    private record Elsewhere(boolean online, Instant until) {}
}
