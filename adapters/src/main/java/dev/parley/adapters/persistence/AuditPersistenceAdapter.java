package dev.parley.adapters.persistence;

import dev.parley.application.audit.port.out.LoadAuditEntriesPort;
import dev.parley.application.audit.port.out.RecordAuditEntryPort;
import dev.parley.domain.audit.AuditEntry;
import dev.parley.domain.audit.AuditEntryId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the audit log through JPA (a driven adapter): entries are inserted in the transaction of the change they
 * record, and read newest first by (time, id), keyset-paged after a cursor entry.
 */
@ApplicationScoped
class AuditPersistenceAdapter implements RecordAuditEntryPort, LoadAuditEntriesPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public void record(AuditEntry entry) {
        em.persist(AuditEntryJpaEntity.from(entry));
    }

    @Override
    public Optional<List<AuditEntry>> newest(Optional<AuditEntryId> before, int limit) {
        TypedQuery<AuditEntryJpaEntity> query;
        if (before.isPresent()) {
            AuditEntryJpaEntity cursor =
                    em.find(AuditEntryJpaEntity.class, before.get().toString());
            if (cursor == null) {
                return Optional.empty();
            }
            query = em.createQuery(
                            "SELECT a FROM AuditEntry a WHERE a.recordedAt < :at"
                                    + " OR (a.recordedAt = :at AND a.id < :id) ORDER BY a.recordedAt DESC, a.id DESC",
                            AuditEntryJpaEntity.class)
                    .setParameter("at", cursor.recordedAt)
                    .setParameter("id", cursor.id);
        } else {
            query = em.createQuery(
                    "SELECT a FROM AuditEntry a ORDER BY a.recordedAt DESC, a.id DESC", AuditEntryJpaEntity.class);
        }
        return Optional.of(query.setMaxResults(limit)
                .getResultStream()
                .map(AuditEntryJpaEntity::toDomain)
                .toList());
    }
}
