package dev.parley.adapters.persistence;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.AccountLocale;
import dev.parley.domain.team.Agent;
import dev.parley.domain.team.AgentStatus;
import dev.parley.domain.team.EmailAddress;
import dev.parley.domain.team.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity(name = "Agent")
@Table(name = "agent")
class AgentJpaEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "email", nullable = false)
    String email;

    @Column(name = "display_name", nullable = false)
    String displayName;

    @Column(name = "role", nullable = false)
    String role;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "deactivated", nullable = false)
    boolean deactivated;

    @Column(name = "locale", nullable = false)
    String locale;

    @Column(name = "status", nullable = false)
    String status;

    static AgentJpaEntity from(Agent agent) {
        AgentJpaEntity entity = new AgentJpaEntity();
        entity.id = agent.id().toString();
        entity.email = agent.email().value();
        entity.displayName = agent.displayName();
        entity.createdAt = UtcTimes.toColumn(agent.createdAt());
        entity.copyStateOf(agent);
        return entity;
    }

    /**
     * Copies what may change in an agent's life: role, password hash, deactivation, the account's language and the
     * status they chose.
     */
    void copyStateOf(Agent agent) {
        role = agent.role().name();
        passwordHash = agent.passwordHash();
        deactivated = agent.isDeactivated();
        locale = agent.locale().tag();
        status = agent.status().name();
    }

    Agent toDomain() {
        return Agent.reconstitute(
                AgentId.of(id),
                new EmailAddress(email),
                displayName,
                Role.valueOf(role),
                passwordHash,
                UtcTimes.fromColumn(createdAt),
                deactivated,
                new AccountLocale(locale),
                AgentStatus.valueOf(status));
    }
}
