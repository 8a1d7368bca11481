package dev.parley.adapters.persistence;

import dev.parley.application.webhook.port.out.WebhookDeliveriesPort;
import dev.parley.application.webhook.port.out.WebhookEndpointsPort;
import dev.parley.domain.webhook.WebhookDelivery;
import dev.parley.domain.webhook.WebhookDeliveryId;
import dev.parley.domain.webhook.WebhookDeliveryStatus;
import dev.parley.domain.webhook.WebhookEndpoint;
import dev.parley.domain.webhook.WebhookEndpointId;
import dev.parley.domain.webhook.WebhookEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores webhook endpoints and their outbox and delivery log with JPA. */
@ApplicationScoped
class WebhookPersistenceAdapter implements WebhookEndpointsPort, WebhookDeliveriesPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    // ---- endpoints ------------------------------------------------------------------------------------------------

    @Override
    public List<WebhookEndpoint> all() {
        return em.createQuery(
                        "SELECT e FROM WebhookEndpoint e ORDER BY e.createdAt, e.id", WebhookEndpointJpaEntity.class)
                .getResultStream()
                .map(WebhookEndpointJpaEntity::toDomain)
                .toList();
    }

    @Override
    public List<WebhookEndpoint> receiving(WebhookEventType type) {
        // At most a few dozen endpoints: the types are matched here rather than in SQL over a comma-separated list.
        return em.createQuery(
                        "SELECT e FROM WebhookEndpoint e WHERE e.disabledReason IS NULL ORDER BY e.createdAt, e.id",
                        WebhookEndpointJpaEntity.class)
                .getResultStream()
                .map(WebhookEndpointJpaEntity::toDomain)
                .filter(endpoint -> endpoint.receives(type))
                .toList();
    }

    @Override
    public Optional<WebhookEndpoint> find(WebhookEndpointId id) {
        return Optional.ofNullable(em.find(WebhookEndpointJpaEntity.class, id.toString()))
                .map(WebhookEndpointJpaEntity::toDomain);
    }

    @Override
    public Optional<WebhookEndpoint> findForUpdate(WebhookEndpointId id) {
        return Optional.ofNullable(
                        em.find(WebhookEndpointJpaEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(WebhookEndpointJpaEntity::toDomain);
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(e) FROM WebhookEndpoint e", Long.class)
                .getSingleResult();
    }

    @Override
    public void create(WebhookEndpoint endpoint) {
        em.persist(WebhookEndpointJpaEntity.from(endpoint));
    }

    @Override
    public void update(WebhookEndpoint endpoint) {
        em.find(WebhookEndpointJpaEntity.class, endpoint.id().toString()).copyStateOf(endpoint);
    }

    @Override
    public void delete(WebhookEndpointId id) {
        em.createQuery("DELETE FROM WebhookDelivery d WHERE d.endpointId = :endpoint")
                .setParameter("endpoint", id.toString())
                .executeUpdate();
        WebhookEndpointJpaEntity row = em.find(WebhookEndpointJpaEntity.class, id.toString());
        if (row != null) {
            em.remove(row);
        }
    }

    // ---- deliveries -----------------------------------------------------------------------------------------------

    @Override
    public void create(WebhookDelivery delivery) {
        em.persist(WebhookDeliveryJpaEntity.from(delivery));
    }

    @Override
    public List<WebhookDelivery> due(Instant now, int limit) {
        return em.createQuery(
                        "SELECT d FROM WebhookDelivery d WHERE d.status = :pending AND d.nextAttemptAt <= :now"
                                + " ORDER BY d.nextAttemptAt, d.id",
                        WebhookDeliveryJpaEntity.class)
                .setParameter("pending", WebhookDeliveryStatus.PENDING.name())
                .setParameter("now", UtcTimes.toColumn(now))
                .setMaxResults(limit)
                .getResultStream()
                .map(WebhookDeliveryJpaEntity::toDomain)
                .toList();
    }

    @Override
    public Optional<WebhookDelivery> find(WebhookDeliveryId id) {
        return Optional.ofNullable(em.find(WebhookDeliveryJpaEntity.class, id.toString()))
                .map(WebhookDeliveryJpaEntity::toDomain);
    }

    @Override
    public Optional<WebhookDelivery> findForUpdate(WebhookDeliveryId id) {
        return Optional.ofNullable(
                        em.find(WebhookDeliveryJpaEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(WebhookDeliveryJpaEntity::toDomain);
    }

    @Override
    public void update(WebhookDelivery delivery) {
        em.find(WebhookDeliveryJpaEntity.class, delivery.id().toString()).copyStateOf(delivery);
    }

    @Override
    public List<WebhookDelivery> recent(WebhookEndpointId endpoint, int limit) {
        return em.createQuery(
                        "SELECT d FROM WebhookDelivery d WHERE d.endpointId = :endpoint"
                                + " ORDER BY d.createdAt DESC, d.id DESC",
                        WebhookDeliveryJpaEntity.class)
                .setParameter("endpoint", endpoint.toString())
                .setMaxResults(limit)
                .getResultStream()
                .map(WebhookDeliveryJpaEntity::toDomain)
                .toList();
    }

    @Override
    public List<WebhookDelivery> pending(WebhookEndpointId endpoint) {
        return em.createQuery(
                        "SELECT d FROM WebhookDelivery d WHERE d.endpointId = :endpoint AND d.status = :pending",
                        WebhookDeliveryJpaEntity.class)
                .setParameter("endpoint", endpoint.toString())
                .setParameter("pending", WebhookDeliveryStatus.PENDING.name())
                .getResultStream()
                .map(WebhookDeliveryJpaEntity::toDomain)
                .toList();
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return em.createQuery("DELETE FROM WebhookDelivery d WHERE d.status <> :pending AND d.createdAt < :cutoff")
                .setParameter("pending", WebhookDeliveryStatus.PENDING.name())
                .setParameter("cutoff", UtcTimes.toColumn(cutoff))
                .executeUpdate();
    }
}
