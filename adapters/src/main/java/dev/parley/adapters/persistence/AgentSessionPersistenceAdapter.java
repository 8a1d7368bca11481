package dev.parley.adapters.persistence;

import dev.parley.application.team.port.out.AgentSessionStorePort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.team.AgentSession;
import dev.parley.domain.team.SessionEnd;
import dev.parley.domain.team.SessionTokenHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores agents' sessions through JPA, in the table every node shares (a driven adapter). */
@ApplicationScoped
class AgentSessionPersistenceAdapter implements AgentSessionStorePort {

    /** Expired sessions deleted in one transaction at most; the worker's next round takes the rest. */
    private static final int MAX_PURGED_AT_ONCE = 1_000;

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public void create(AgentSession session) {
        em.persist(AgentSessionJpaEntity.from(session));
    }

    @Override
    public Optional<AgentSession> find(SessionTokenHash id) {
        return Optional.ofNullable(em.find(AgentSessionJpaEntity.class, id.value()))
                .map(AgentSessionJpaEntity::toDomain);
    }

    @Override
    public void touch(SessionTokenHash id, Instant lastSeenAt) {
        em.createQuery("UPDATE AgentSession s SET s.lastSeenAt = :at WHERE s.tokenHash = :id AND s.lastSeenAt < :at")
                .setParameter("at", UtcTimes.toColumn(lastSeenAt))
                .setParameter("id", id.value())
                .executeUpdate();
    }

    @Override
    public void delete(SessionTokenHash id) {
        em.createQuery("DELETE FROM AgentSession s WHERE s.tokenHash = :id")
                .setParameter("id", id.value())
                .executeUpdate();
    }

    @Override
    public List<SessionTokenHash> endAllOf(AgentId agent, SessionEnd reason) {
        List<AgentSessionJpaEntity> live = em.createQuery(
                        "SELECT s FROM AgentSession s WHERE s.agentId = :agent AND s.endedReason IS NULL",
                        AgentSessionJpaEntity.class)
                .setParameter("agent", agent.toString())
                .getResultList();
        // A bulk update: the rows change in the database, whatever this persistence context holds of them.
        em.createQuery("UPDATE AgentSession s SET s.endedReason = :reason"
                        + " WHERE s.agentId = :agent AND s.endedReason IS NULL")
                .setParameter("reason", AgentSessionJpaEntity.column(reason))
                .setParameter("agent", agent.toString())
                .executeUpdate();
        return live.stream()
                .map(session -> new SessionTokenHash(session.tokenHash))
                .toList();
    }

    @Override
    public List<AgentSession> deleteExpired(Instant idleBefore, Instant startedBefore) {
        List<AgentSessionJpaEntity> expired = em.createQuery(
                        "SELECT s FROM AgentSession s WHERE s.lastSeenAt <= :idle OR s.startedAt <= :started",
                        AgentSessionJpaEntity.class)
                .setParameter("idle", UtcTimes.toColumn(idleBefore))
                .setParameter("started", UtcTimes.toColumn(startedBefore))
                .setMaxResults(MAX_PURGED_AT_ONCE)
                .getResultList();
        expired.forEach(em::remove);
        return expired.stream().map(AgentSessionJpaEntity::toDomain).toList();
    }
}
