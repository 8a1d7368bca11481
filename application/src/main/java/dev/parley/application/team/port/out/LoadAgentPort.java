package dev.parley.application.team.port.out;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.EmailAddress;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Reads team members; driven by the team use cases and by whoever needs agents' names. */
public interface LoadAgentPort {

    Optional<Agent> findById(AgentId id);

    Optional<Agent> findByEmail(EmailAddress email);

    /** The display names of the given agents; unknown ids are left out. */
    Map<AgentId, String> displayNames(Collection<AgentId> ids);

    /**
     * How many agents there are, present or removed, counted under a lock held until the transaction ends, so that
     * agents are counted and added one after the other: of two nodes starting at once with an empty team, the second
     * sees the first's admin.
     */
    long countForAdding();
}
