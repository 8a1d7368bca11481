package dev.parley.adapters.persistence;

import dev.parley.application.settings.port.out.SettingsSectionPort;
import dev.parley.domain.settings.Faq;
import dev.parley.domain.settings.FaqSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and stores the FAQs through JPA (a driven adapter), one row each in their order. Saving changes the rows that
 * differ, so that an FAQ's id is never deleted and inserted again in one transaction; writers take the store's
 * settings row first, so that two admins saving at once wait for each other. Saving advances the revision of the
 * store's knowledge ({@link KnowledgeRevisionJpaEntity}): the AI agent answers from the published FAQs.
 */
@ApplicationScoped
class FaqSettingsPersistenceAdapter implements SettingsSectionPort<FaqSettings> {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public FaqSettings load() {
        return new FaqSettings(rows().stream().map(FaqJpaEntity::toDomain).toList());
    }

    @Override
    public FaqSettings loadForUpdate() {
        StoreSettingsJpaEntity.row(em, StoreSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE);
        return load();
    }

    @Override
    public void save(FaqSettings settings) {
        StoreSettingsJpaEntity.row(em, StoreSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE);
        List<Faq> faqs = settings.faqs();
        Map<String, FaqJpaEntity> stored = new HashMap<>();
        rows().forEach(row -> stored.put(row.id, row));
        for (int position = 0; position < faqs.size(); position++) {
            Faq faq = faqs.get(position);
            FaqJpaEntity row = stored.remove(faq.id().toString());
            if (row == null) {
                em.persist(FaqJpaEntity.from(faq, position));
            } else {
                row.copyStateOf(faq, position);
            }
        }
        stored.values().forEach(em::remove);
        KnowledgeRevisionJpaEntity.advance(em);
    }

    private List<FaqJpaEntity> rows() {
        return em.createQuery("SELECT f FROM Faq f ORDER BY f.position, f.id", FaqJpaEntity.class)
                .getResultList();
    }
}
