package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Team members as the database keeps them: unique addresses, names by id, and the lock on the active admins. */
@OnArquillianServer
class TeamPersistenceIT {

    @Inject
    Fixtures fixtures;

    @Inject
    LoadAgentPort agents;

    @Inject
    SaveAgentPort saved;

    @Inject
    UpdateAgentPort updated;

    @Inject
    LoadTeamPort team;

    @Test
    void an_agent_is_found_by_id_and_by_address_and_an_address_is_taken_once() {
        EmailAddress email = new EmailAddress(Fixtures.unique("grace") + "@parley.test");
        Agent grace = Agent.create(AgentId.random(), email, "Grace", Role.AGENT, "hash-of-a-password", Instant.now());
        Tx.run(() -> saved.create(grace));

        assertThat(Tx.call(() -> agents.findByEmail(email))).map(Agent::id).contains(grace.id());
        assertThat(Tx.call(() -> agents.findById(grace.id())))
                .map(Agent::displayName)
                .contains("Grace");
        assertThat(Tx.call(() -> team.loadTeam())).extracting(Agent::id).contains(grace.id());

        Agent twin = Agent.create(AgentId.random(), email, "Twin", Role.AGENT, "another-hash", Instant.now());
        assertThatThrownBy(() -> Tx.run(() -> saved.create(twin))).isInstanceOf(EmailTakenException.class);
        assertThat(Tx.call(() -> agents.findById(twin.id()))).isEmpty();
    }

    @Test
    void display_names_are_read_for_many_agents_at_once() {
        AgentId first = fixtures.agent(Role.AGENT);
        AgentId second = fixtures.agent(Role.ADMIN);

        Map<AgentId, String> names = Tx.call(() -> agents.displayNames(List.of(first, second, AgentId.random())));

        assertThat(names)
                .containsOnlyKeys(first, second)
                .containsEntry(first, "Agent AGENT")
                .containsEntry(second, "Agent ADMIN");
    }

    @Test
    void the_statuses_of_many_agents_are_read_at_once() {
        AgentId available = fixtures.agent(Role.AGENT);
        AgentId away = fixtures.agent(Role.AGENT);
        Tx.run(() -> {
            Agent agent = agents.findById(away).orElseThrow();
            agent.changeStatus(AgentStatus.AWAY);
            updated.update(agent);
        });

        assertThat(Tx.call(() -> agents.statuses(List.of(available, away, AgentId.random()))))
                .as("the unknown one is left out")
                .containsOnly(Map.entry(available, AgentStatus.AVAILABLE), Map.entry(away, AgentStatus.AWAY));
    }

    @Test
    void a_deactivated_admin_is_no_longer_among_the_active_admins() {
        AgentId admin = fixtures.agent(Role.ADMIN);
        AgentId other = fixtures.agent(Role.ADMIN);
        assertThat(Tx.call(() -> team.lockActiveAdmins())).contains(admin, other);

        Tx.run(() -> {
            List<AgentId> active = team.lockActiveAdmins();
            Agent stored = agents.findById(admin).orElseThrow();
            stored.deactivate(other, active.size());
            updated.update(stored);
        });

        assertThat(Tx.call(() -> team.lockActiveAdmins())).contains(other).doesNotContain(admin);
        assertThat(Tx.call(() -> agents.findById(admin)).orElseThrow().isDeactivated())
                .isTrue();
    }
}
