package dev.parley.adapters.persistence;

import dev.parley.application.macro.port.out.LoadVisitorNamePort;
import dev.parley.application.profile.port.out.StoreUsersPort;
import dev.parley.application.visitor.port.out.LoadVisitorPort;
import dev.parley.application.visitor.port.out.SaveVisitorPort;
import dev.parley.domain.shared.VisitorId;
import dev.parley.domain.visitor.TokenHash;
import dev.parley.domain.visitor.Visitor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Stores visitors through JPA (a driven adapter). */
@ApplicationScoped
class VisitorPersistenceAdapter implements LoadVisitorPort, SaveVisitorPort, LoadVisitorNamePort, StoreUsersPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<Visitor> findByTokenHash(TokenHash hash) {
        return em.createQuery("SELECT v FROM Visitor v WHERE v.tokenHash = :hash", VisitorJpaEntity.class)
                .setParameter("hash", hash.value())
                .getResultStream()
                .findFirst()
                .map(VisitorJpaEntity::toDomain);
    }

    @Override
    public Optional<Visitor> findByExternalId(String externalId) {
        return em.createQuery("SELECT v FROM Visitor v WHERE v.externalId = :externalId", VisitorJpaEntity.class)
                .setParameter("externalId", externalId)
                .getResultStream()
                .findFirst()
                .map(VisitorJpaEntity::toDomain);
    }

    @Override
    public Optional<Visitor> findById(VisitorId id) {
        return Optional.ofNullable(em.find(VisitorJpaEntity.class, id.toString()))
                .map(VisitorJpaEntity::toDomain);
    }

    @Override
    public Optional<Visitor> findStoreUser(String externalId) {
        return findByExternalId(externalId);
    }

    @Override
    public Optional<Visitor> findVisitor(VisitorId id) {
        return findById(id);
    }

    @Override
    public void createStoreUser(Visitor visitor) {
        create(visitor);
    }

    @Override
    public void create(Visitor visitor) {
        em.persist(VisitorJpaEntity.from(visitor));
    }

    @Override
    public void replaceToken(Visitor visitor) {
        VisitorJpaEntity stored = em.find(VisitorJpaEntity.class, visitor.id().toString());
        if (stored == null) {
            throw new IllegalStateException("No visitor " + visitor.id() + " to give a new token to");
        }
        stored.replaceToken(visitor);
    }

    /**
     * The name the store gave the visitor's profile (Events API); anonymous visitors, and store users the store has
     * not named, have none, and macros render the fallback.
     */
    @Override
    public Optional<String> nameOf(VisitorId visitor) {
        return em.createQuery(
                        "SELECT p.name FROM Profile p WHERE p.visitorId = :visitor AND p.name IS NOT NULL",
                        String.class)
                .setParameter("visitor", visitor.toString())
                .getResultStream()
                .findFirst();
    }
}
