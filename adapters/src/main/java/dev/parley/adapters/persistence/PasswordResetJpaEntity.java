package dev.parley.adapters.persistence;

import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.PasswordReset;
import dev.parley.domain.team.SessionTokenHash;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/** A password reset link as the {@code password_reset} table keeps it: the hash of its secret, never the secret. */
@Entity(name = "PasswordReset")
@Table(name = "password_reset")
class PasswordResetJpaEntity {

    @Id
    @Column(name = "token_hash")
    String tokenHash;

    @Column(name = "agent_id", nullable = false)
    String agentId;

    @Column(name = "expires_at", nullable = false)
    LocalDateTime expiresAt;

    @Column(name = "used_at")
    LocalDateTime usedAt;

    static PasswordResetJpaEntity from(PasswordReset reset) {
        PasswordResetJpaEntity entity = new PasswordResetJpaEntity();
        entity.tokenHash = reset.id().value();
        entity.agentId = reset.agent().toString();
        entity.expiresAt = UtcTimes.toColumn(reset.expiresAt());
        entity.usedAt = reset.usedAt().map(UtcTimes::toColumn).orElse(null);
        return entity;
    }

    PasswordReset toDomain() {
        return new PasswordReset(
                new SessionTokenHash(tokenHash),
                AgentId.of(agentId),
                UtcTimes.fromColumn(expiresAt),
                Optional.ofNullable(usedAt).map(UtcTimes::fromColumn));
    }
}
