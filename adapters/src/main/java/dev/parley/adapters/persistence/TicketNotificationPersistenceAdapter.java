package dev.parley.adapters.persistence;

import dev.parley.application.notification.port.out.LoadTicketNotificationPort;
import dev.parley.application.notification.port.out.SaveTicketNotificationPort;
import dev.parley.domain.notification.NotificationStatus;
import dev.parley.domain.notification.TicketNotification;
import dev.parley.domain.ticket.TicketId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the outbox of ticket notifications through JPA (a driven adapter). A claim reads its row with a row lock
 * ({@code SELECT ... FOR UPDATE}), so that of two workers, on one node or several sharing PostgreSQL, the second
 * waits and then sees the first one's claim.
 */
@ApplicationScoped
class TicketNotificationPersistenceAdapter implements LoadTicketNotificationPort, SaveTicketNotificationPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public List<TicketNotification> due(Instant now, int limit) {
        return em.createQuery(
                        "SELECT n FROM TicketNotification n WHERE n.status = :pending"
                                + " AND n.nextAttemptAt <= :now ORDER BY n.nextAttemptAt, n.ticketId",
                        TicketNotificationJpaEntity.class)
                .setParameter("pending", NotificationStatus.PENDING.name())
                .setParameter("now", UtcTimes.toColumn(now))
                .setMaxResults(limit)
                .getResultStream()
                .map(TicketNotificationJpaEntity::toDomain)
                .toList();
    }

    @Override
    public Optional<TicketNotification> findForUpdate(TicketId ticket) {
        return Optional.ofNullable(
                        em.find(TicketNotificationJpaEntity.class, ticket.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(TicketNotificationJpaEntity::toDomain);
    }

    @Override
    public Optional<Instant> lastSentAt() {
        LocalDateTime last = em.createQuery(
                        "SELECT MAX(n.sentAt) FROM TicketNotification n WHERE n.status = :sent", LocalDateTime.class)
                .setParameter("sent", NotificationStatus.SENT.name())
                .getSingleResult();
        return Optional.ofNullable(last).map(UtcTimes::fromColumn);
    }

    @Override
    public void create(TicketNotification notification) {
        em.persist(TicketNotificationJpaEntity.from(notification));
    }

    @Override
    public void update(TicketNotification notification) {
        em.find(TicketNotificationJpaEntity.class, notification.ticket().toString())
                .copyStateOf(notification);
    }
}
