package dev.parley.adapters.persistence;

import dev.parley.application.notification.port.out.AdminAlertsPort;
import dev.parley.domain.notification.AdminAlert;
import dev.parley.domain.notification.AdminAlertKind;
import dev.parley.domain.notification.NotificationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores the admins' alerts. */
@ApplicationScoped
class AdminAlertPersistenceAdapter implements AdminAlertsPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public void create(AdminAlert alert) {
        em.persist(AdminAlertJpaEntity.from(alert));
        em.flush();
    }

    @Override
    public void update(AdminAlert alert) {
        AdminAlertJpaEntity row = em.find(AdminAlertJpaEntity.class, alert.id().toString());
        if (row == null) {
            throw new IllegalStateException("No stored admin alert " + alert.id());
        }
        row.copyStateOf(alert);
        em.flush();
    }

    @Override
    public Optional<AdminAlert> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(AdminAlertJpaEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(AdminAlertJpaEntity::toDomain);
    }

    /**
     * Locks the store's one settings row first, the same on H2 and PostgreSQL (as adding knowledge does), so that two
     * nodes failing their handoffs at once check and add their alerts one after the other. Whoever raises an alert
     * takes this lock last, after the rows of its handoff (and conversation) or webhook delivery (and endpoint); no
     * transaction locks the settings row first and one of those after, so the order cannot deadlock.
     */
    @Override
    public boolean raisedSinceForAdding(AdminAlertKind kind, String about, Instant since) {
        StoreSettingsJpaEntity.row(em, StoreSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE);
        return !em.createQuery(
                        "SELECT a.id FROM AdminAlert a WHERE a.kind = :kind AND a.about = :about AND a.createdAt >= :since",
                        String.class)
                .setParameter("kind", kind.name())
                .setParameter("about", about)
                .setParameter("since", UtcTimes.toColumn(since))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<AdminAlert> due(Instant now, int limit) {
        return em
                .createQuery(
                        "SELECT a FROM AdminAlert a WHERE a.status = :pending AND a.nextAttemptAt <= :now"
                                + " ORDER BY a.nextAttemptAt, a.id",
                        AdminAlertJpaEntity.class)
                .setParameter("pending", NotificationStatus.PENDING.name())
                .setParameter("now", UtcTimes.toColumn(now))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(AdminAlertJpaEntity::toDomain)
                .toList();
    }
}
