package dev.parley.adapters.persistence;

import dev.parley.application.conversation.port.out.DeleteUnusedUploadsPort;
import dev.parley.application.conversation.port.out.LoadUploadPort;
import dev.parley.application.conversation.port.out.StoreUploadPort;
import dev.parley.domain.conversation.Upload;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.conversation.UploadOwner;
import dev.parley.domain.shared.VisitorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores uploaded images, bytes included, through JPA (a driven adapter). */
@ApplicationScoped
class UploadPersistenceAdapter implements StoreUploadPort, LoadUploadPort, DeleteUnusedUploadsPort {

    /** Uploads no message shows; {@code u} is the upload. */
    private static final String UNUSED = "NOT EXISTS (SELECT m.id FROM Message m WHERE m.imageId = u.id)";

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public void store(Upload upload, byte[] data) {
        em.persist(UploadJpaEntity.from(upload, data));
    }

    @Override
    public Optional<Upload> find(UploadId id) {
        return Optional.ofNullable(em.find(UploadJpaEntity.class, id.toString()))
                .map(UploadJpaEntity::toDomain);
    }

    @Override
    public Optional<byte[]> data(UploadId id) {
        return em.createQuery("SELECT u.data FROM Upload u WHERE u.id = :id", byte[].class)
                .setParameter("id", id.toString())
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean shownToVisitor(UploadId id, VisitorId visitor) {
        return !em.createQuery(
                        "SELECT m.id FROM Message m, Conversation c WHERE c.id = m.conversationId"
                                + " AND m.imageId = :image AND c.visitorId = :visitor",
                        String.class)
                .setParameter("image", id.toString())
                .setParameter("visitor", visitor.toString())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The databases sum BIGINTs as NUMERIC (a BigDecimal): read as any number. */
    @Override
    public long storedBytes(UploadOwner owner) {
        return em.createQuery(
                        "SELECT COALESCE(SUM(u.sizeBytes), 0) FROM Upload u"
                                + " WHERE u.ownerKind = :kind AND u.ownerId = :owner",
                        Number.class)
                .setParameter("kind", owner.kind().name())
                .setParameter("owner", owner.id())
                .getSingleResult()
                .longValue();
    }

    /**
     * Picks the oldest unused uploads, then deletes those still unused. The message table's foreign key to the upload
     * guards the race with a message written meanwhile: such a delete fails and rolls back, and the upload stays.
     */
    @Override
    public int deleteUnusedCreatedBefore(Instant cutoff, int atMost) {
        List<String> ids = em.createQuery(
                        "SELECT u.id FROM Upload u WHERE u.createdAt < :cutoff AND " + UNUSED + " ORDER BY u.createdAt",
                        String.class)
                .setParameter("cutoff", UtcTimes.toColumn(cutoff))
                .setMaxResults(atMost)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("DELETE FROM Upload u WHERE u.id IN :ids AND " + UNUSED)
                .setParameter("ids", ids)
                .executeUpdate();
    }

    @Override
    public boolean shownInAnyConversation(UploadId id) {
        return !em.createQuery("SELECT m.id FROM Message m WHERE m.imageId = :image", String.class)
                .setParameter("image", id.toString())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
