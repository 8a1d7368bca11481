package dev.parley.application.assistant.port.in;

import dev.parley.domain.assistant.ArticleStatus;
import dev.parley.domain.assistant.KnowledgeArticleId;
import java.util.List;
import java.util.Optional;

/** Driven by the admins' REST API to show the store's knowledge articles. */
public interface KnowledgeArticlesQuery {

    /**
     * The articles, drafts and published ones or those of one status, ordered by title (ignoring case).
     *
     * @param status only the articles of this status; empty for all
     */
    List<KnowledgeArticleSummary> articles(Optional<ArticleStatus> status);

    /**
     * One article, whole.
     *
     * @throws dev.parley.domain.assistant.KnowledgeArticleNotFoundException when there is no such article
     */
    KnowledgeArticleView article(KnowledgeArticleId id);
}
