package dev.parley.adapters.persistence;

import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.BehaviourSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Reads and stores the welcome message, the links and the waiting threshold, through JPA (a driven adapter). */
@ApplicationScoped
class BehaviourSettingsPersistenceAdapter implements SettingsSectionPort<BehaviourSettings> {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public BehaviourSettings load() {
        return StoreSettingsJpaEntity.row(em, BehaviourSettingsJpaEntity.class, LockModeType.NONE)
                .toDomain();
    }

    @Override
    public BehaviourSettings loadForUpdate() {
        return StoreSettingsJpaEntity.row(em, BehaviourSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE)
                .toDomain();
    }

    @Override
    public void save(BehaviourSettings settings) {
        StoreSettingsJpaEntity.row(em, BehaviourSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE)
                .copyStateOf(settings);
    }
}
