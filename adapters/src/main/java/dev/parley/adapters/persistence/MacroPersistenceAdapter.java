package dev.parley.adapters.persistence;

import dev.parley.application.macro.port.out.LoadMacrosPort;
import dev.parley.application.macro.port.out.SaveMacroPort;
import dev.parley.domain.macro.Macro;
import dev.parley.domain.macro.MacroId;
import dev.parley.domain.macro.MacroNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stores macros through JPA (a driven adapter). */
@ApplicationScoped
class MacroPersistenceAdapter implements LoadMacrosPort, SaveMacroPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public List<Macro> loadAll() {
        return em.createQuery("SELECT m FROM Macro m", MacroJpaEntity.class)
                .getResultStream()
                .map(MacroJpaEntity::toDomain)
                .toList();
    }

    @Override
    public Optional<Macro> findById(MacroId id) {
        return Optional.ofNullable(em.find(MacroJpaEntity.class, id.toString())).map(MacroJpaEntity::toDomain);
    }

    /**
     * Locks the store's one settings row, the same on H2 and PostgreSQL (neither a table lock nor an advisory lock
     * is), so that additions are counted one after the other. Settings changes wait for it too; both are rare.
     */
    @Override
    public long countForAdding() {
        em.find(StoreSettingsJpaEntity.class, StoreSettingsJpaEntity.THE_STORE, LockModeType.PESSIMISTIC_WRITE);
        return em.createQuery("SELECT COUNT(m) FROM Macro m", Long.class).getSingleResult();
    }

    @Override
    public void create(Macro macro) {
        em.persist(MacroJpaEntity.from(macro));
    }

    @Override
    public void update(Macro macro) {
        MacroJpaEntity entity = em.find(MacroJpaEntity.class, macro.id().toString());
        if (entity == null) {
            throw new MacroNotFoundException(macro.id());
        }
        entity.copyStateOf(macro);
    }

    @Override
    public boolean delete(MacroId id) {
        MacroJpaEntity entity = em.find(MacroJpaEntity.class, id.toString());
        if (entity == null) {
            return false;
        }
        em.remove(entity);
        return true;
    }
}
