package dev.parley.application.team.port.out;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.AgentStatus;
import dev.parley.domain.team.EmailAddress;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads team members; driven by the team use cases and by whoever needs agents' names. */
public interface LoadAgentPort {

    Optional<Agent> findById(AgentId id);

    Optional<Agent> findByEmail(EmailAddress email);

    /** The display names of the given agents; unknown ids are left out. */
    Map<AgentId, String> displayNames(Collection<AgentId> ids);

    /**
     * The statuses the given agents chose; unknown ids are left out. Reads them one by one; an adapter that can read
     * many at once overrides it.
     */
    default Map<AgentId, AgentStatus> statuses(Collection<AgentId> ids) {
        Map<AgentId, AgentStatus> found = new LinkedHashMap<>();
        for (AgentId id : ids) {
            findById(id).ifPresent(agent -> found.put(id, agent.status()));
        }
        return found;
    }

    /**
     * How many agents there are, present or removed, counted under a lock held until the transaction ends, so that
     * agents are counted and added one after the other: of two nodes starting at once with an empty team, the second
     * sees the first's admin.
     */
    long countForAdding();
}
