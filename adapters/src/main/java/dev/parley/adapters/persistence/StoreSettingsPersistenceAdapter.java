package dev.parley.adapters.persistence;

import dev.parley.application.settings.port.out.LoadStoreSettingsPort;
import dev.parley.domain.settings.StoreSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads the store's settings through JPA (a driven adapter). */
@ApplicationScoped
class StoreSettingsPersistenceAdapter implements LoadStoreSettingsPort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public StoreSettings load() {
        StoreSettingsJpaEntity row = em.find(StoreSettingsJpaEntity.class, StoreSettingsJpaEntity.THE_STORE);
        if (row == null) {
            throw new IllegalStateException("The store's settings row is missing; the database migrations did not run");
        }
        return row.toDomain();
    }
}
