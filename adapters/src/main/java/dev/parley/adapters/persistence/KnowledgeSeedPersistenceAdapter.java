package dev.parley.adapters.persistence;

import dev.parley.application.assistant.port.out.DemoKnowledge;
import dev.parley.application.assistant.port.out.SeedKnowledgePort;
import dev.parley.domain.assistant.KnowledgeArticle;
import dev.parley.domain.settings.Faq;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Gives an empty store its first knowledge through JPA (a driven adapter): FAQs and knowledge articles in one go,
 * under the store's settings row's lock, which FAQ and article changes take too.
 */
@ApplicationScoped
class KnowledgeSeedPersistenceAdapter implements SeedKnowledgePort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public boolean hasKnowledge() {
        StoreSettingsJpaEntity.row(em, StoreSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE);
        long faqs = em.createQuery("SELECT COUNT(f) FROM Faq f", Long.class).getSingleResult();
        long articles = em.createQuery("SELECT COUNT(a) FROM KnowledgeArticle a", Long.class)
                .getSingleResult();
        return faqs + articles > 0;
    }

    @Override
    public void seed(List<DemoKnowledge.Faq> faqs, List<KnowledgeArticle> articles) {
        Integer last = em.createQuery("SELECT MAX(f.position) FROM Faq f", Integer.class)
                .getSingleResult();
        int next = last == null ? 0 : last + 1;
        for (DemoKnowledge.Faq faq : faqs) {
            Faq published = new Faq(faq.id(), faq.question(), faq.answer(), true, faq.language(), faq.phrasings());
            em.persist(FaqJpaEntity.from(published, next++));
        }
        articles.forEach(article -> em.persist(KnowledgeArticleJpaEntity.from(article)));
        KnowledgeRevisionJpaEntity.advance(em);
    }
}
