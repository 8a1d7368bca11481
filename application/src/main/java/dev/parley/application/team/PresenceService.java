package dev.parley.application.team;

import dev.parley.application.team.port.in.AgentInboxesUseCase;
import dev.parley.application.team.port.in.ChangeAgentStatusUseCase;
import dev.parley.application.team.port.in.TeamElsewhereUseCase;
import dev.parley.application.team.port.in.TeamPresenceQuery;
import dev.parley.application.team.port.out.AnnounceStatusChoicePort;
import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.application.team.port.out.PublishPresencePort;
import dev.parley.application.team.port.out.PublishTeamAvailabilityPort;
import dev.parley.application.team.port.out.SharePresencePort;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Knows who of the team is online, away or offline: the status each agent chose (stored with the agent) and how many
 * of their inboxes are connected to this node (in memory: a connection lives no longer than the node). In a cluster
 * the other nodes tell it their own agents' presence and whether anyone is online there; an agent is shown as
 * present as the most present node has them (an inbox on one node is enough), and the team is online for every widget
 * when an agent is online anywhere. Every change of an agent's presence as shown, and of whether anyone is online, is
 * published once; every change of an agent's presence on this node alone is shared with the other nodes once.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class PresenceService
        implements ChangeAgentStatusUseCase, TeamPresenceQuery, AgentInboxesUseCase, TeamElsewhereUseCase {

    private static final Logger LOG = Logger.getLogger(PresenceService.class.getName());

    /**
     * The most other nodes whose word is kept at once: far more than a cluster has, so that a flood of nudges under made-up
     * node names (from whoever can NOTIFY on the database) cannot grow this node's memory; a new name beyond it is not
     * heard until a silent node is forgotten.
     */
    static final int MOST_NODES = 256;

    /**
     * The most agents' presence on other nodes kept at once, for the same reason: far more than a team has online; an
     * agent beyond it is not heard of until a word about another runs out.
     */
    static final int MOST_AGENTS_ELSEWHERE = 10_000;

    /**
     * How long a status this node set is kept from the check's read: the read may have begun before the change
     * committed (a status chosen here is shown before its transaction ends), and must not put the older one back.
     */
    static final Duration STATUS_SETTLES = Duration.ofSeconds(2);

    private final Map<AgentId, Integer> inboxes = new HashMap<>();
    private final Map<AgentId, AgentStatus> statuses = new HashMap<>();
    /** When this node last set each of those statuses (guarded by this). */
    private final Map<AgentId, Instant> statusSetAt = new HashMap<>();
    /** Each agent's presence as shown, when not offline. */
    private final Map<AgentId, Presence> published = new HashMap<>();
    /** Each agent's presence by this node's inboxes alone, as the other nodes were told it, when not offline. */
    private final Map<AgentId, Presence> shared = new HashMap<>();
    /** The other nodes' word on whether anyone is online there, and until when it holds. */
    private final Map<String, Elsewhere> elsewhere = new HashMap<>();
    /** Nodes forgotten whose names {@link #forgetSilentNodes()} has not returned yet. */
    private final Set<String> goneUntold = new LinkedHashSet<>();
    /** The other nodes' word on their agents' presence, by agent and node, and until when it holds. */
    private final Map<AgentId, Map<String, Reported>> reported = new HashMap<>();

    private int reports;
    private boolean teamOnline;
    /** Whether a new node's word was refused while the nodes heard were at the most: the warning is logged once. */
    private boolean tooManyNodes;
    /** Whether word of a new agent was refused while the agents heard of were at the most: logged once. */
    private boolean tooManyAgents;

    private LoadAgentPort agents;
    private UpdateAgentPort updatedAgents;
    private PublishPresencePort publisher;
    private PublishTeamAvailabilityPort teamPublisher;
    private AnnounceStatusChoicePort statusAnnouncer;
    private SharePresencePort sharer;
    private Clock clock;

    @Inject
    public PresenceService(
            LoadAgentPort agents,
            UpdateAgentPort updatedAgents,
            PublishPresencePort publisher,
            PublishTeamAvailabilityPort teamPublisher,
            AnnounceStatusChoicePort statusAnnouncer,
            SharePresencePort sharer,
            Clock clock) {
        this.agents = agents;
        this.updatedAgents = updatedAgents;
        this.publisher = publisher;
        this.teamPublisher = teamPublisher;
        this.statusAnnouncer = statusAnnouncer;
        this.sharer = sharer;
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
                setStatus(agentId, status);
            }
            changed(agentId);
        }
        return agent.status();
    }

    @Override
    public void inboxOpened(AgentId agent) {
        AgentStatus status = agents.findById(agent).map(Agent::status).orElse(AgentStatus.AVAILABLE);
        synchronized (this) {
            setStatus(agent, status);
            inboxes.merge(agent, 1, Integer::sum);
            changed(agent);
        }
    }

    @Override
    public synchronized void inboxClosed(AgentId agent) {
        Integer left = inboxes.computeIfPresent(agent, (id, open) -> open > 1 ? open - 1 : null);
        if (left == null) {
            statuses.remove(agent);
            statusSetAt.remove(agent);
        }
        changed(agent);
    }

    @Override
    public synchronized Presence presenceOf(AgentId agent) {
        return shownNow(agent);
    }

    @Override
    public synchronized boolean anyoneOnline() {
        return teamOnline;
    }

    @Override
    public synchronized boolean anyoneOnlineHere() {
        return shared.containsValue(Presence.ONLINE);
    }

    @Override
    public void sharePresence() {
        Set<AgentId> here;
        synchronized (this) {
            here = Set.copyOf(inboxes.keySet());
        }
        // One read for all of them, outside the lock: the inboxes' frames need not wait for the database. A status set
        // here since shortly before the read began stays: the read may not see it yet.
        Instant settled = clock.instant().minus(STATUS_SETTLES);
        Map<AgentId, AgentStatus> stored = here.isEmpty() ? Map.of() : agents.statuses(here);
        synchronized (this) {
            stored.forEach((agent, status) -> {
                Instant set = statusSetAt.get(agent);
                if (inboxes.containsKey(agent)
                        && (set == null || set.isBefore(settled))
                        && statuses.put(agent, status) != status) {
                    changed(agent);
                }
            });
            sharer.presentHere(shared.containsValue(Presence.ONLINE), Map.copyOf(shared));
        }
    }

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
    @Transactional(Transactional.TxType.SUPPORTS)
    public synchronized void stillThere(String node, Duration validFor) {
        Elsewhere word = elsewhere.get(node);
        Instant now = clock.instant();
        Instant until = now.plus(validFor);
        // A word that ran out stays out: the node is taken for gone, and its next word on its team brings it back.
        if (word != null && word.until().isAfter(now) && until.isAfter(word.until())) {
            elsewhere.put(node, new Elsewhere(word.online(), until));
        }
    }

    @Override
    public synchronized void heardPresence(String node, AgentId agent, Presence presence, Duration validFor) {
        Map<String, Reported> byNode = reported.get(agent);
        boolean known = byNode != null && byNode.containsKey(node);
        if (presence == Presence.OFFLINE) {
            if (known) {
                byNode.remove(node);
                reports--;
                if (byNode.isEmpty()) {
                    reported.remove(agent);
                }
            }
        } else if (known || reports < MOST_AGENTS_ELSEWHERE) {
            if (!known) {
                reports++;
            }
            reported.computeIfAbsent(agent, id -> new HashMap<>())
                    .put(node, new Reported(presence, clock.instant().plus(validFor)));
        } else if (!tooManyAgents) {
            tooManyAgents = true;
            LOG.warning(() -> "event=cluster_presence_ignored reason=too_many_agents most=" + MOST_AGENTS_ELSEWHERE);
        }
        changed(agent);
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
                setStatus(agent, status);
                changed(agent);
            }
        }
    }

    @Override
    public synchronized void nodeLeft(String node) {
        elsewhere.remove(node);
        goneUntold.remove(node);
        List<AgentId> stale = new ArrayList<>();
        reported.forEach((agent, byNode) -> {
            if (byNode.remove(node) != null) {
                reports--;
                stale.add(agent);
            }
        });
        settle(stale);
    }

    @Override
    public synchronized List<String> forgetSilentNodes() {
        Instant now = clock.instant();
        // Kept until returned: should telling of the change fail, the next call still names them.
        elsewhere.entrySet().removeIf(node -> {
            boolean silent = !node.getValue().until().isAfter(now);
            if (silent) {
                goneUntold.add(node.getKey());
            }
            return silent;
        });
        List<AgentId> stale = new ArrayList<>();
        reported.forEach((agent, byNode) -> {
            int before = byNode.size();
            byNode.values().removeIf(word -> !word.until().isAfter(now));
            reports -= before - byNode.size();
            if (before != byNode.size()) {
                stale.add(agent);
            }
        });
        settle(stale);
        List<String> gone = List.copyOf(goneUntold);
        goneUntold.clear();
        return gone;
    }

    /** After words of other nodes were forgotten: the limits may hold again, and the agents named may show otherwise. */
    private void settle(List<AgentId> stale) {
        if (elsewhere.size() < MOST_NODES) {
            tooManyNodes = false;
        }
        reported.values().removeIf(Map::isEmpty);
        if (reports < MOST_AGENTS_ELSEWHERE) {
            tooManyAgents = false;
        }
        stale.forEach(this::changed);
        teamMayHaveChanged();
    }

    /** Whether anyone is online here, or on another node whose word still holds. */
    private boolean teamOnlineNow() {
        Instant now = clock.instant();
        return shared.containsValue(Presence.ONLINE)
                || elsewhere.values().stream()
                        .anyMatch(node -> node.online() && node.until().isAfter(now))
                || reported.values().stream()
                        .flatMap(byNode -> byNode.values().stream())
                        .anyMatch(word -> word.presence() == Presence.ONLINE
                                && word.until().isAfter(now));
    }

    private void teamMayHaveChanged() {
        boolean online = teamOnlineNow();
        if (online != teamOnline) {
            teamOnline = online;
            teamPublisher.teamAvailabilityChanged(online);
        }
    }

    /** The agent's presence by this node's inboxes alone. */
    private Presence hereNow(AgentId agent) {
        return Presence.of(statuses.getOrDefault(agent, AgentStatus.AVAILABLE), inboxes.containsKey(agent));
    }

    /** The agent's presence as shown: here, or on another node whose word still holds, whichever is more present. */
    private Presence shownNow(AgentId agent) {
        Instant now = clock.instant();
        Presence shown = hereNow(agent);
        for (Reported word : reported.getOrDefault(agent, Map.of()).values()) {
            if (word.until().isAfter(now)) {
                shown = shown.orMorePresent(word.presence());
            }
        }
        return shown;
    }

    private void setStatus(AgentId agent, AgentStatus status) {
        statuses.put(agent, status);
        statusSetAt.put(agent, clock.instant());
    }

    private void changed(AgentId agent) {
        Presence here = hereNow(agent);
        Presence toldBefore = shared.getOrDefault(agent, Presence.OFFLINE);
        remember(shared, agent, here);
        Presence now = shownNow(agent);
        Presence before = published.getOrDefault(agent, Presence.OFFLINE);
        remember(published, agent, now);
        boolean online = teamOnlineNow();
        boolean teamChanged = online != teamOnline;
        teamOnline = online;
        if (now != before) {
            publisher.presenceChanged(agent, now, online, teamChanged);
        } else if (teamChanged) {
            teamPublisher.teamAvailabilityChanged(online);
        }
        if (here != toldBefore) {
            sharer.presenceHere(agent, here, shared.containsValue(Presence.ONLINE));
        }
    }

    private static void remember(Map<AgentId, Presence> presences, AgentId agent, Presence presence) {
        if (presence == Presence.OFFLINE) {
            presences.remove(agent);
        } else {
            presences.put(agent, presence);
        }
    }

    /** Another node's word: whether anyone is online there, believed until {@code until}. */
    private record Elsewhere(boolean online, Instant until) {}

    /** Another node's word on an agent's presence there, believed until {@code until}. */
    private record Reported(Presence presence, Instant until) {}
}
