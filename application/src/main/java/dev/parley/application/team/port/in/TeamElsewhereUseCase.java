package dev.parley.application.team.port.in;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Presence;
import java.time.Duration;
import java.util.List;

/**
 * Who of the team is present on the other nodes of a cluster, as each of them tells it (driving). A widget is told the
 * team is online when an agent is online on any node, whichever node its visitor is connected to; an inbox shows an
 * agent online when any node holds an inbox of theirs, whichever node it is connected to.
 */
public interface TeamElsewhereUseCase {

    /** Whether anyone is online on this node alone: what this node tells the others. */
    boolean anyoneOnlineHere();

    /**
     * Tells the other nodes again who is present here, after reading again the status of every agent with an inbox
     * here (a status chosen through another node whose news was lost shows within one check).
     */
    void sharePresence();

    /**
     * Another node tells an agent's presence there, by its own inboxes: believed until {@code validFor} has passed
     * without that node saying it again. Offline is forgotten at once.
     */
    void heardPresence(String node, AgentId agent, Presence presence, Duration validFor);

    /**
     * Another node tells whether anyone is online there; it is believed until {@code validFor} has passed without a
     * word from that node, which says it again every few seconds.
     */
    void heardFrom(String node, boolean anyoneOnline, Duration validFor);

    /**
     * Something came from another node: it is there, so its word on whether anyone is online there holds for
     * {@code validFor} more (a busy node's periodic word may come late). A node not heard of before, or whose word ran
     * out already, stays unknown until it says again whether anyone is online there; its word on each of its agents
     * runs out as it would.
     */
    void stillThere(String node, Duration validFor);

    /**
     * An agent chose a status through another node: if this node holds an inbox of theirs, it reads the status and
     * shows the agent's presence as it now is.
     */
    void statusChosenElsewhere(AgentId agent);

    /**
     * Another node said it is stopping, after its last news: its word on the team and on its agents is forgotten now,
     * and it is not taken for gone later.
     */
    void nodeLeft(String node);

    /**
     * Forgets the nodes whose word is too old: a node that died says nothing.
     *
     * @return the nodes taken for gone now (each once), whose last news may have been lost with them
     */
    List<String> forgetSilentNodes();
}
