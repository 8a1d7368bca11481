package dev.parley.adapters.persistence;

import dev.parley.application.handoff.port.out.ExternalHandoffsPort;
import dev.parley.application.handoff.port.out.HelpdeskConnectionsPort;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.handoff.ExternalHandoff;
import dev.parley.domain.handoff.HandoffId;
import dev.parley.domain.handoff.HandoffStatus;
import dev.parley.domain.handoff.HelpdeskConnection;
import dev.parley.domain.shared.Helpdesk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores the helpdesk connections and the handoff outbox. */
@ApplicationScoped
class HandoffPersistenceAdapter implements HelpdeskConnectionsPort, ExternalHandoffsPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<HelpdeskConnection> find(Helpdesk helpdesk) {
        return Optional.ofNullable(em.find(HelpdeskConnectionJpaEntity.class, helpdesk.name()))
                .map(HelpdeskConnectionJpaEntity::toDomain);
    }

    @Override
    public List<HelpdeskConnection> all() {
        return em
                .createQuery(
                        "SELECT c FROM HelpdeskConnection c ORDER BY c.helpdesk", HelpdeskConnectionJpaEntity.class)
                .getResultList()
                .stream()
                .map(HelpdeskConnectionJpaEntity::toDomain)
                .toList();
    }

    @Override
    public void save(HelpdeskConnection connection) {
        HelpdeskConnectionJpaEntity row = em.find(
                HelpdeskConnectionJpaEntity.class, connection.helpdesk().name(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            em.persist(HelpdeskConnectionJpaEntity.from(connection));
        } else {
            row.copyStateOf(connection);
        }
        em.flush();
    }

    @Override
    public boolean delete(Helpdesk helpdesk) {
        HelpdeskConnectionJpaEntity row = em.find(HelpdeskConnectionJpaEntity.class, helpdesk.name());
        if (row == null) {
            return false;
        }
        em.remove(row);
        em.flush();
        return true;
    }

    @Override
    public void create(ExternalHandoff handoff) {
        em.persist(ExternalHandoffJpaEntity.from(handoff));
        em.flush();
    }

    @Override
    public void update(ExternalHandoff handoff) {
        ExternalHandoffJpaEntity row =
                em.find(ExternalHandoffJpaEntity.class, handoff.id().toString());
        if (row == null) {
            throw new IllegalStateException("No stored handoff " + handoff.id());
        }
        row.copyStateOf(handoff);
        em.flush();
    }

    @Override
    public Optional<ExternalHandoff> findForUpdate(HandoffId id) {
        return Optional.ofNullable(
                        em.find(ExternalHandoffJpaEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(ExternalHandoffJpaEntity::toDomain);
    }

    @Override
    public Optional<ExternalHandoff> findByConversation(ConversationId conversation) {
        return em
                .createQuery(
                        "SELECT h FROM ExternalHandoff h WHERE h.conversationId = :conversation",
                        ExternalHandoffJpaEntity.class)
                .setParameter("conversation", conversation.toString())
                .getResultList()
                .stream()
                .findFirst()
                .map(ExternalHandoffJpaEntity::toDomain);
    }

    @Override
    public List<HandoffId> due(Instant now, int limit) {
        return em
                .createQuery(
                        "SELECT h.id FROM ExternalHandoff h WHERE h.status = :pending AND h.nextAttemptAt <= :now"
                                + " ORDER BY h.nextAttemptAt, h.id",
                        String.class)
                .setParameter("pending", HandoffStatus.PENDING.name())
                .setParameter("now", UtcTimes.toColumn(now))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(id -> new HandoffId(UUID.fromString(id)))
                .toList();
    }
}
