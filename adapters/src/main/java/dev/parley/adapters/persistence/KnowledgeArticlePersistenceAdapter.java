package dev.parley.adapters.persistence;

import dev.parley.application.assistant.port.in.KnowledgeArticleSummary;
import dev.parley.application.assistant.port.out.LoadKnowledgeArticlesPort;
import dev.parley.application.assistant.port.out.SaveKnowledgeArticlePort;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.KnowledgeArticle;
import dev.parley.domain.assistant.KnowledgeArticleId;
import dev.parley.domain.assistant.KnowledgeArticleNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores knowledge articles through JPA (a driven adapter). Every change advances the revision of the store's
 * knowledge in its transaction ({@link KnowledgeRevisionJpaEntity}).
 */
@ApplicationScoped
class KnowledgeArticlePersistenceAdapter implements LoadKnowledgeArticlesPort, SaveKnowledgeArticlePort {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    /** The list reads the beginning of each text only: up to 2,000 articles of 20,000 characters would be heavy. */
    @Override
    public List<KnowledgeArticleSummary> summaries(Optional<ArticleStatus> status) {
        String select = "SELECT a.id, a.title, a.language, a.link, a.status, a.updatedAt,"
                + " SUBSTRING(a.body, 1, " + (KnowledgeArticleSummary.EXCERPT_LENGTH * 2) + ")"
                + " FROM KnowledgeArticle a";
        TypedQuery<Object[]> query = status.isPresent()
                ? em.createQuery(select + " WHERE a.status = :status", Object[].class)
                        .setParameter("status", status.get().code())
                : em.createQuery(select, Object[].class);
        return query.getResultStream()
                .map(row -> new KnowledgeArticleSummary(
                        KnowledgeArticleId.of((String) row[0]),
                        (String) row[1],
                        KnowledgeArticleJpaEntity.language((String) row[2]),
                        Optional.ofNullable((String) row[3]),
                        ArticleStatus.of((String) row[4]),
                        UtcTimes.fromColumn((LocalDateTime) row[5]),
                        (String) row[6]))
                .toList();
    }

    @Override
    public Optional<KnowledgeArticle> findById(KnowledgeArticleId id) {
        return Optional.ofNullable(em.find(KnowledgeArticleJpaEntity.class, id.toString()))
                .map(KnowledgeArticleJpaEntity::toDomain);
    }

    @Override
    public List<KnowledgeArticle> withLinks(Set<String> links) {
        if (links.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT a FROM KnowledgeArticle a WHERE a.link IN :links", KnowledgeArticleJpaEntity.class)
                .setParameter("links", links)
                .getResultStream()
                .map(KnowledgeArticleJpaEntity::toDomain)
                .toList();
    }

    /**
     * Locks the store's one settings row, the same on H2 and PostgreSQL, so that additions are counted one after the
     * other (as macros are); adding advances the knowledge's revision under the same lock anyway.
     */
    @Override
    public long countForAdding() {
        StoreSettingsJpaEntity.row(em, StoreSettingsJpaEntity.class, LockModeType.PESSIMISTIC_WRITE);
        return em.createQuery("SELECT COUNT(a) FROM KnowledgeArticle a", Long.class)
                .getSingleResult();
    }

    @Override
    public void create(KnowledgeArticle article) {
        em.persist(KnowledgeArticleJpaEntity.from(article));
        KnowledgeRevisionJpaEntity.advance(em);
    }

    @Override
    public void update(KnowledgeArticle article) {
        KnowledgeArticleJpaEntity entity =
                em.find(KnowledgeArticleJpaEntity.class, article.id().toString());
        if (entity == null) {
            throw new KnowledgeArticleNotFoundException(article.id());
        }
        entity.copyStateOf(article);
        KnowledgeRevisionJpaEntity.advance(em);
    }

    @Override
    public boolean delete(KnowledgeArticleId id) {
        KnowledgeArticleJpaEntity entity = em.find(KnowledgeArticleJpaEntity.class, id.toString());
        if (entity == null) {
            return false;
        }
        em.remove(entity);
        KnowledgeRevisionJpaEntity.advance(em);
        return true;
    }
}
