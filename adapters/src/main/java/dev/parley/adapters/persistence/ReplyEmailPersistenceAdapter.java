package dev.parley.adapters.persistence;

import dev.parley.application.notification.port.out.LoadReplyEmailPort;
import dev.parley.application.notification.port.out.SaveReplyEmailPort;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.notification.ReplyEmailNotification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the outbox of emails that carry agents' replies to visitors through JPA (a driven adapter). A claim reads its
 * row with a row lock, so that of two workers, on one node or several, the second waits and then sees the first one's
 * claim.
 */
@ApplicationScoped
class ReplyEmailPersistenceAdapter implements LoadReplyEmailPort, SaveReplyEmailPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public List<ReplyEmailNotification> due(Instant now, int limit) {
        return em.createQuery(
                        "SELECT n FROM ReplyEmail n WHERE n.status = :pending"
                                + " AND n.nextAttemptAt <= :now ORDER BY n.nextAttemptAt, n.id",
                        ReplyEmailJpaEntity.class)
                .setParameter("pending", NotificationStatus.PENDING.name())
                .setParameter("now", UtcTimes.toColumn(now))
                .setMaxResults(limit)
                .getResultStream()
                .map(ReplyEmailJpaEntity::toDomain)
                .toList();
    }

    @Override
    public Optional<ReplyEmailNotification> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(ReplyEmailJpaEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(ReplyEmailJpaEntity::toDomain);
    }

    @Override
    public Optional<ReplyEmailNotification> pendingForUpdate(ConversationId conversation) {
        // The row is found first and locked by its key: H2 refuses FOR UPDATE with the LIMIT a first-row query needs.
        // Replies to one conversation take turns on the conversation's own lock, so it has one pending row at most.
        return em.createQuery(
                        "SELECT n.id FROM ReplyEmail n WHERE n.conversationId = :conversation AND n.status = :pending"
                                + " ORDER BY n.dueAt DESC",
                        String.class)
                .setParameter("conversation", conversation.toString())
                .setParameter("pending", NotificationStatus.PENDING.name())
                .getResultStream()
                .findFirst()
                .map(id -> em.find(ReplyEmailJpaEntity.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(row -> NotificationStatus.PENDING.name().equals(row.status))
                .map(ReplyEmailJpaEntity::toDomain);
    }

    @Override
    public void create(ReplyEmailNotification notification) {
        em.persist(ReplyEmailJpaEntity.from(notification));
    }

    @Override
    public void update(ReplyEmailNotification notification) {
        em.find(ReplyEmailJpaEntity.class, notification.id().toString()).copyStateOf(notification);
    }
}
