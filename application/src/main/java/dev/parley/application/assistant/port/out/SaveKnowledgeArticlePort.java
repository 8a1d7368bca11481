package dev.parley.application.assistant.port.out;

import dev.parley.domain.assistant.KnowledgeArticle;
import dev.parley.domain.assistant.KnowledgeArticleId;

/**
 * Stores knowledge articles; driven by the knowledge use cases. Every change also changes the fingerprint of the
 * store's knowledge ({@link LoadKnowledgePort#fingerprint()}).
 */
public interface SaveKnowledgeArticlePort {

    void create(KnowledgeArticle article);

    /**
     * Stores the changed content, status and time of an existing article.
     *
     * @throws dev.parley.domain.assistant.KnowledgeArticleNotFoundException when it was deleted meanwhile
     */
    void update(KnowledgeArticle article);

    /**
     * Deletes an article.
     *
     * @return whether there was one to delete
     */
    boolean delete(KnowledgeArticleId id);
}
