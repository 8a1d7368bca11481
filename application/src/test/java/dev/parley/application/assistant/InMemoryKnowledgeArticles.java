package dev.parley.application.assistant;

import dev.parley.application.assistant.port.in.KnowledgeArticleSummary;
import dev.parley.application.assistant.port.out.LoadKnowledgeArticlesPort;
import dev.parley.application.assistant.port.out.SaveKnowledgeArticlePort;
import dev.parley.domain.assistant.ArticleLink;
import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.KnowledgeArticle;
import dev.parley.domain.assistant.KnowledgeArticleId;
import dev.parley.domain.assistant.KnowledgeArticleNotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The knowledge articles in memory, kept as copies (as a database keeps rows): a change is stored only when saved.
 * Counts every write, as the fingerprint of the store's knowledge would change.
 */
final class InMemoryKnowledgeArticles implements LoadKnowledgeArticlesPort, SaveKnowledgeArticlePort {

    private final Map<KnowledgeArticleId, KnowledgeArticle> articles = new LinkedHashMap<>();
    int writes;

    @Override
    public List<KnowledgeArticleSummary> summaries(Optional<ArticleStatus> status) {
        return articles.values().stream()
                .filter(article ->
                        status.map(wanted -> article.status() == wanted).orElse(true))
                .map(article -> new KnowledgeArticleSummary(
                        article.id(),
                        article.title().value(),
                        article.language(),
                        article.link().map(ArticleLink::value),
                        article.status(),
                        article.updatedAt(),
                        article.body().value()))
                .toList();
    }

    @Override
    public Optional<KnowledgeArticle> findById(KnowledgeArticleId id) {
        return Optional.ofNullable(articles.get(id)).map(InMemoryKnowledgeArticles::copy);
    }

    @Override
    public List<KnowledgeArticle> withLinks(Set<String> links) {
        return articles.values().stream()
                .filter(article ->
                        article.link().map(link -> links.contains(link.value())).orElse(false))
                .map(InMemoryKnowledgeArticles::copy)
                .toList();
    }

    @Override
    public long countForAdding() {
        return articles.size();
    }

    @Override
    public void create(KnowledgeArticle article) {
        articles.put(article.id(), copy(article));
        writes++;
    }

    @Override
    public void update(KnowledgeArticle article) {
        if (!articles.containsKey(article.id())) {
            throw new KnowledgeArticleNotFoundException(article.id());
        }
        articles.put(article.id(), copy(article));
        writes++;
    }

    @Override
    public boolean delete(KnowledgeArticleId id) {
        boolean deleted = articles.remove(id) != null;
        if (deleted) {
            writes++;
        }
        return deleted;
    }

    int size() {
        return articles.size();
    }

    private static KnowledgeArticle copy(KnowledgeArticle article) {
        return KnowledgeArticle.reconstitute(
                article.id(),
                article.title(),
                article.body(),
                article.language(),
                article.link(),
                article.status(),
                article.createdAt(),
                article.updatedAt());
    }
}
