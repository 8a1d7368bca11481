package dev.parley.adapters.persistence;

import dev.parley.application.assistant.port.out.LoadKnowledgePort;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.KnowledgeEntry;
import dev.parley.domain.assistant.KnowledgeKind;
import dev.parley.domain.settings.Faq;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The store's published knowledge for the AI agent, through JPA (a driven adapter): the published FAQs, each with its
 * alternative phrasings and its language (none: for every language), in the store's order, then the published
 * knowledge articles. Drafts are never read.
 *
 * <p>The fingerprint is the revision of the store's knowledge ({@link KnowledgeRevisionJpaEntity}), one number read
 * from the store's settings row: every stored change of an FAQ or an article advances it in the change's transaction,
 * so it changes with every addition, change, publication, unpublication and deletion, and costs one primary-key read.
 */
@ApplicationScoped
class KnowledgePersistenceAdapter implements LoadKnowledgePort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public List<KnowledgeEntry> published() {
        List<KnowledgeEntry> entries = new ArrayList<>();
        em.createQuery("SELECT f FROM Faq f WHERE f.published = true ORDER BY f.position, f.id", FaqJpaEntity.class)
                .getResultStream()
                .map(FaqJpaEntity::toDomain)
                .map(KnowledgePersistenceAdapter::entry)
                .forEach(entries::add);
        em.createQuery(
                        "SELECT a FROM KnowledgeArticle a WHERE a.status = :published ORDER BY a.createdAt, a.id",
                        KnowledgeArticleJpaEntity.class)
                .setParameter("published", ArticleStatus.PUBLISHED.code())
                .getResultStream()
                .map(article -> article.toDomain().asEntry())
                .forEach(entries::add);
        return entries;
    }

    @Override
    public String fingerprint() {
        return "revision-" + KnowledgeRevisionJpaEntity.current(em);
    }

    private static KnowledgeEntry entry(Faq faq) {
        return new KnowledgeEntry(
                KnowledgeKind.FAQ,
                faq.id().toString(),
                faq.language(),
                faq.question(),
                faq.phrasings(),
                faq.answer(),
                Optional.empty());
    }
}
