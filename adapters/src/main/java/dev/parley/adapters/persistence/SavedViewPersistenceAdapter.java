package dev.parley.adapters.persistence;

import dev.parley.application.view.port.out.LoadViewsPort;
import dev.parley.application.view.port.out.SaveViewPort;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.view.SavedView;
import dev.parley.domain.view.SavedViewId;
import dev.parley.domain.view.SavedViewNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stores saved views through JPA (a driven adapter). */
@ApplicationScoped
class SavedViewPersistenceAdapter implements LoadViewsPort, SaveViewPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public List<SavedView> visibleTo(AgentId agent) {
        return em.createQuery(
                        "SELECT v FROM SavedView v WHERE v.shared = 1 OR v.ownerId = :agent", SavedViewJpaEntity.class)
                .setParameter("agent", agent.toString())
                .getResultStream()
                .map(SavedViewJpaEntity::toDomain)
                .toList();
    }

    @Override
    public Optional<SavedView> findById(SavedViewId id) {
        return Optional.ofNullable(em.find(SavedViewJpaEntity.class, id.toString()))
                .map(SavedViewJpaEntity::toDomain);
    }

    /**
     * Locks the owner's agent row (or, for shared views, the store's one settings row), the same on H2 and
     * PostgreSQL, so that one agent's saves are counted one after the other.
     */
    @Override
    public long countForAdding(Optional<AgentId> owner) {
        if (owner.isPresent()) {
            em.find(AgentJpaEntity.class, owner.get().toString(), LockModeType.PESSIMISTIC_WRITE);
            return em.createQuery(
                            "SELECT COUNT(v) FROM SavedView v WHERE v.shared = 0 AND v.ownerId = :owner", Long.class)
                    .setParameter("owner", owner.get().toString())
                    .getSingleResult();
        }
        em.find(StoreSettingsJpaEntity.class, StoreSettingsJpaEntity.THE_STORE, LockModeType.PESSIMISTIC_WRITE);
        return em.createQuery("SELECT COUNT(v) FROM SavedView v WHERE v.shared = 1", Long.class)
                .getSingleResult();
    }

    @Override
    public void create(SavedView view) {
        em.persist(SavedViewJpaEntity.from(view));
    }

    @Override
    public void update(SavedView view) {
        SavedViewJpaEntity entity = em.find(SavedViewJpaEntity.class, view.id().toString());
        if (entity == null) {
            throw new SavedViewNotFoundException(view.id());
        }
        entity.copyStateOf(view);
    }

    @Override
    public boolean delete(SavedViewId id) {
        SavedViewJpaEntity entity = em.find(SavedViewJpaEntity.class, id.toString());
        if (entity == null) {
            return false;
        }
        em.remove(entity);
        return true;
    }
}
