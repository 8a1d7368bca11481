package dev.parley.adapters.persistence;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.AgentSession;
import dev.parley.domain.team.SessionEnd;
import dev.parley.domain.team.SessionTokenHash;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

@Entity(name = "AgentSession")
@Table(name = "agent_session")
class AgentSessionJpaEntity {

    @Id
    @Column(name = "token_hash")
    String tokenHash;

    @Column(name = "agent_id", nullable = false)
    String agentId;

    @Column(name = "csrf_token", nullable = false)
    String csrfToken;

    @Column(name = "started_at", nullable = false)
    LocalDateTime startedAt;

    @Column(name = "last_seen_at", nullable = false)
    LocalDateTime lastSeenAt;

    @Column(name = "ended_reason")
    String endedReason;

    static AgentSessionJpaEntity from(AgentSession session) {
        AgentSessionJpaEntity entity = new AgentSessionJpaEntity();
        entity.tokenHash = session.id().value();
        entity.agentId = session.agent().toString();
        entity.csrfToken = session.csrfToken();
        entity.startedAt = UtcTimes.toColumn(session.startedAt());
        entity.lastSeenAt = UtcTimes.toColumn(session.lastSeenAt());
        entity.endedReason = session.ended().map(AgentSessionJpaEntity::column).orElse(null);
        return entity;
    }

    static String column(SessionEnd reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }

    AgentSession toDomain() {
        return new AgentSession(
                new SessionTokenHash(tokenHash),
                AgentId.of(agentId),
                csrfToken,
                UtcTimes.fromColumn(startedAt),
                UtcTimes.fromColumn(lastSeenAt),
                Optional.ofNullable(endedReason).map(reason -> SessionEnd.valueOf(reason.toUpperCase(Locale.ROOT))));
    }
}
