package dev.parley.application.team;

import dev.parley.application.team.port.out.LoadAgentPort;
import dev.parley.application.team.port.out.LoadTeamPort;
import dev.parley.application.team.port.out.SaveAgentPort;
import dev.parley.application.team.port.out.UpdateAgentPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.AgentStatus;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.EmailTakenException;
import dev.parley.domain.team.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The team's driven ports in memory. It hands out copies, as a database would, so that a change counts only once it
 * is stored.
 */
public final class InMemoryTeam implements LoadAgentPort, SaveAgentPort, LoadTeamPort, UpdateAgentPort {

    private final List<Agent> agents = new ArrayList<>();
    private int locks;
    private int statusReads;
    private Runnable duringStatusRead;

    /** A team of one admin, for the tests of other contexts' use cases that an admin drives. */
    public static InMemoryTeam withAdmin(AgentId id, String name) {
        InMemoryTeam team = new InMemoryTeam();
        team.create(Agent.create(
                id,
                new EmailAddress(id + "@shop.example"),
                name,
                Role.ADMIN,
                "hashed:admin",
                Instant.parse("2026-01-01T00:00:00Z")));
        return team;
    }

    /** Adds an agent who is no admin; returns their id. */
    public AgentId addAgent(String name) {
        AgentId id = AgentId.random();
        create(Agent.create(
                id,
                new EmailAddress(id + "@shop.example"),
                name,
                Role.AGENT,
                "hashed:agent",
                Instant.parse("2026-01-01T00:00:00Z")));
        return id;
    }

    /** What is stored now, as copies. */
    List<Agent> stored() {
        return agents.stream().map(InMemoryTeam::copy).toList();
    }

    Agent stored(AgentId id) {
        return findById(id).orElseThrow();
    }

    /** How often the active admins were locked. */
    int locks() {
        return locks;
    }

    @Override
    public Optional<Agent> findById(AgentId id) {
        return agents.stream().filter(a -> a.id().equals(id)).findFirst().map(InMemoryTeam::copy);
    }

    @Override
    public Optional<Agent> findByEmail(EmailAddress email) {
        return agents.stream().filter(a -> a.email().equals(email)).findFirst().map(InMemoryTeam::copy);
    }

    /** Reads them as the database does, in one go, and counts it. */
    @Override
    public Map<AgentId, AgentStatus> statuses(Collection<AgentId> ids) {
        statusReads++;
        Map<AgentId, AgentStatus> read = LoadAgentPort.super.statuses(ids);
        Runnable meanwhile = duringStatusRead;
        duringStatusRead = null;
        if (meanwhile != null) {
            meanwhile.run();
        }
        return read;
    }

    /** Runs {@code meanwhile} once, during the next read of statuses, after it has read them. */
    void whileStatusesAreRead(Runnable meanwhile) {
        duringStatusRead = meanwhile;
    }

    /** How many times the agents' statuses were read together. */
    int statusReads() {
        return statusReads;
    }

    @Override
    public Map<AgentId, String> displayNames(Collection<AgentId> ids) {
        return agents.stream()
                .filter(a -> ids.contains(a.id()))
                .collect(Collectors.toMap(Agent::id, Agent::displayName));
    }

    @Override
    public long countForAdding() {
        return agents.size();
    }

    @Override
    public void create(Agent agent) {
        if (findByEmail(agent.email()).isPresent()) {
            throw new EmailTakenException(agent.email());
        }
        agents.add(copy(agent));
    }

    @Override
    public List<Agent> loadTeam() {
        return stored();
    }

    @Override
    public List<AgentId> lockActiveAdmins() {
        locks++;
        return agents.stream()
                .filter(a -> a.isActive() && a.role() == Role.ADMIN)
                .map(Agent::id)
                .toList();
    }

    @Override
    public void update(Agent agent) {
        agents.replaceAll(a -> a.id().equals(agent.id()) ? copy(agent) : a);
    }

    private static Agent copy(Agent agent) {
        return Agent.reconstitute(
                agent.id(),
                agent.email(),
                agent.displayName(),
                agent.role(),
                agent.passwordHash(),
                agent.createdAt(),
                agent.isDeactivated(),
                agent.locale(),
                agent.status());
    }
}
