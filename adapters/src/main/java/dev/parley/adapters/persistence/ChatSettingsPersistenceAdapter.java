package dev.parley.adapters.persistence;

import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.ChatSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Reads and stores whether the chat and its widget are on, through JPA (a driven adapter). */
@ApplicationScoped
class ChatSettingsPersistenceAdapter implements SettingsSectionPort<ChatSettings> {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public ChatSettings load() {
        return StoreSettingsJpaEntity.row(em, ChatSettingsJpaEntity.class, LockModeType.NONE)
                .toDomain();
    }

    @Override
    public ChatSettings loadForUpdate() {
        return StoreSettingsJpaEntity.row(em, ChatSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE)
                .toDomain();
    }

    @Override
    public void save(ChatSettings settings) {
        StoreSettingsJpaEntity.row(em, ChatSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE)
                .copyStateOf(settings);
    }
}
