package dev.parley.application.tag;

import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.Role;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The team, in memory, for the tests of use cases that check who is an admin. */
public final class InMemoryAgents implements LoadAgentPort {

    private final Map<AgentId, Agent> agents = new HashMap<>();

    public Agent add(String name, Role role) {
        Agent agent = Agent.create(
                AgentId.random(),
                new EmailAddress(UUID.randomUUID() + "@shop.example"),
                name,
                role,
                "hash",
                Instant.parse("2026-12-01T09:00:00Z"));
        agents.put(agent.id(), agent);
        return agent;
    }

    @Override
    public Optional<Agent> findById(AgentId id) {
        return Optional.ofNullable(agents.get(id));
    }

    @Override
    public Optional<Agent> findByEmail(EmailAddress email) {
        return agents.values().stream()
                .filter(agent -> agent.email().equals(email))
                .findFirst();
    }

    @Override
    public Map<AgentId, String> displayNames(Collection<AgentId> ids) {
        return ids.stream()
                .filter(agents::containsKey)
                .collect(Collectors.toMap(id -> id, id -> agents.get(id).displayName()));
    }

    @Override
    public long countForAdding() {
        return agents.size();
    }
}
