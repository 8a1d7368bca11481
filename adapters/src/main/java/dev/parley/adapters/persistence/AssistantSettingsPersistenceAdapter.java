package dev.parley.adapters.persistence;

import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.AssistantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Reads and stores the AI agent's settings, through JPA (a driven adapter). */
@ApplicationScoped
class AssistantSettingsPersistenceAdapter implements SettingsSectionPort<AssistantSettings> {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public AssistantSettings load() {
        return StoreSettingsJpaEntity.row(em, AssistantSettingsJpaEntity.class, LockModeType.NONE)
                .toDomain();
    }

    @Override
    public AssistantSettings loadForUpdate() {
        return StoreSettingsJpaEntity.row(em, AssistantSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE)
                .toDomain();
    }

    @Override
    public void save(AssistantSettings settings) {
        StoreSettingsJpaEntity.row(em, AssistantSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE)
                .copyStateOf(settings);
    }
}
