package dev.parley.adapters.persistence;

import dev.parley.application.conversation.port.out.LoadUploadPort;
import dev.parley.application.conversation.port.out.StoreUploadPort;
import dev.parley.domain.conversation.Upload;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.shared.VisitorId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Stores uploaded images, bytes included, through JPA (a driven adapter). */
@ApplicationScoped
class UploadPersistenceAdapter implements StoreUploadPort, LoadUploadPort {

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

    @Override
    public boolean shownInAnyConversation(UploadId id) {
        return !em.createQuery("SELECT m.id FROM Message m WHERE m.imageId = :image", String.class)
                .setParameter("image", id.toString())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
