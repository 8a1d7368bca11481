package dev.parley.adapters.persistence;

import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.DesignSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Reads and stores the chat's design and the customer hub's, through JPA (a driven adapter). */
@ApplicationScoped
class DesignSettingsPersistenceAdapter implements SettingsSectionPort<DesignSettings> {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public DesignSettings load() {
        return StoreSettingsJpaEntity.row(em, DesignSettingsJpaEntity.class, LockModeType.NONE)
                .toDomain();
    }

    @Override
    public DesignSettings loadForUpdate() {
        return StoreSettingsJpaEntity.row(em, DesignSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE)
                .toDomain();
    }

    @Override
    public void save(DesignSettings settings) {
        StoreSettingsJpaEntity.row(em, DesignSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE)
                .copyStateOf(settings);
    }
}
