package dev.parley.application.conversation;

import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.EmailAddress;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** A team with nobody in it, for tests where agents' names do not matter. */
final class NoAgents implements LoadAgentPort {

    @Override
    public Optional<Agent> findById(AgentId id) {
        return Optional.empty();
    }

    @Override
    public Optional<Agent> findByEmail(EmailAddress email) {
        return Optional.empty();
    }

    @Override
    public Map<AgentId, String> displayNames(Collection<AgentId> ids) {
        return Map.of();
    }

    @Override
    public long countForAdding() {
        return 0;
    }
}
