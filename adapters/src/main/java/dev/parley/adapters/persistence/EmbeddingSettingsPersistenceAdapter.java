package dev.parley.adapters.persistence;

import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.EmbeddingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and stores the sites that may embed the chat and identity verification through JPA (a driven adapter).
 * Saving changes the origins' rows that differ, so that an origin is never deleted and inserted again.
 */
@ApplicationScoped
class EmbeddingSettingsPersistenceAdapter implements SettingsSectionPort<EmbeddingSettings> {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public EmbeddingSettings load() {
        return StoreSettingsJpaEntity.row(em, EmbeddingSettingsJpaEntity.class, LockModeType.NONE)
                .toDomain(origins());
    }

    @Override
    public EmbeddingSettings loadForUpdate() {
        return StoreSettingsJpaEntity.row(em, EmbeddingSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE)
                .toDomain(origins());
    }

    @Override
    public void save(EmbeddingSettings settings) {
        StoreSettingsJpaEntity.row(em, EmbeddingSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE)
                .copyStateOf(settings);
        Set<String> missing = new HashSet<>(settings.allowedOrigins().values());
        for (AllowedOriginJpaEntity row : originRows()) {
            if (!missing.remove(row.origin)) {
                em.remove(row);
            }
        }
        missing.forEach(origin -> em.persist(AllowedOriginJpaEntity.from(origin)));
    }

    private List<String> origins() {
        return originRows().stream().map(origin -> origin.origin).toList();
    }

    private List<AllowedOriginJpaEntity> originRows() {
        return em.createQuery("SELECT o FROM AllowedOrigin o", AllowedOriginJpaEntity.class)
                .getResultList();
    }
}
