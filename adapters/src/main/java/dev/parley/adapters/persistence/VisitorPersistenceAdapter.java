package dev.parley.adapters.persistence;

import dev.parley.application.macro.port.out.LoadVisitorNamePort;
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
class VisitorPersistenceAdapter implements LoadVisitorPort, SaveVisitorPort, LoadVisitorNamePort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<Visitor> findByTokenHash(TokenHash hash) {
        return em.createQuery("SELECT v FROM Visitor v WHERE v.tokenHash = :hash", VisitorJpaEntity.class)
                .setParameter("hash", hash.value())
                .getResultStream().findFirst().map(VisitorJpaEntity::toDomain);
    }

    @Override
    public Optional<Visitor> findByExternalId(String externalId) {
        return em.createQuery("SELECT v FROM Visitor v WHERE v.externalId = :externalId", VisitorJpaEntity.class)
                .setParameter("externalId", externalId)
                .getResultStream().findFirst().map(VisitorJpaEntity::toDomain);
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
     * Parley stores no visitor names yet (anonymous visitors have none, and the store's signed user id is no name), so
     * every visitor is nameless here and macros render the fallback. Visitor profiles will fill this in.
     */
    @Override
    public Optional<String> nameOf(VisitorId visitor) {
        return Optional.empty();
    }
}
