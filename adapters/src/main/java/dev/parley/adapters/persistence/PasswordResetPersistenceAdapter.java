package dev.parley.adapters.persistence;

import dev.parley.application.team.port.out.PasswordResetPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.PasswordReset;
import dev.parley.domain.team.SessionTokenHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Stores password reset links through JPA (a driven adapter). */
@ApplicationScoped
class PasswordResetPersistenceAdapter implements PasswordResetPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public void save(PasswordReset reset) {
        em.merge(PasswordResetJpaEntity.from(reset));
        em.flush();
    }

    @Override
    public Optional<PasswordReset> findForUpdate(SessionTokenHash id) {
        return Optional.ofNullable(em.find(PasswordResetJpaEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE))
                .map(PasswordResetJpaEntity::toDomain);
    }

    @Override
    public void setAsideAllOf(AgentId agent, Instant now) {
        em.createQuery("UPDATE PasswordReset r SET r.usedAt = :now WHERE r.agentId = :agent AND r.usedAt IS NULL")
                .setParameter("now", UtcTimes.toColumn(now))
                .setParameter("agent", agent.toString())
                .executeUpdate();
    }
}
